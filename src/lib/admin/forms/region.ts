import { z } from "zod";
import { REGION_KIND_LABELS, SIDE_LABELS } from "@/lib/labels";
import type { FormDef } from "../fields";
import { localNameRows, longText, oneOf, optionalRef, optionalText, requiredText, slug } from "../schema-parts";
import { citationsField, citationsSchema, keysOf, optionsOf } from "./shared";

const CITED = ["name", "summary", "parent"] as const;

const coordinate = (label: string, limit: number) =>
  z
    .string()
    .transform((s) => s.trim())
    .refine((s) => s === "" || (/^-?\d{1,3}(\.\d+)?$/.test(s) && Math.abs(Number(s)) <= limit), `${label}: a number from -${limit} to ${limit}, or empty.`)
    .transform((s) => (s === "" ? null : Number(s)));

export const RegionFormSchema = z
  .object({
    name: requiredText("Name"),
    slug: slug(),
    localNames: localNameRows(),
    kind: oneOf("Kind", keysOf(REGION_KIND_LABELS)),
    country: z.string().transform((s) => s.trim().toUpperCase()).pipe(z.string().regex(/^[A-Z]{2}$/, "Country: the two-letter ISO code, e.g. FR or JP.")),
    side: oneOf("Side", keysOf(SIDE_LABELS)),
    parentId: optionalRef("Parent region"),
    iso3166_2: optionalText("ISO 3166-2 code", 10).refine((s) => s === null || /^[A-Z]{2}-[A-Z0-9]{1,3}$/.test(s), "ISO 3166-2: e.g. JP-26 or FR-ARA."),
    nuts: optionalText("NUTS code", 10).refine((s) => s === null || /^[A-Z]{2}[A-Z0-9]{0,3}$/.test(s), "NUTS: e.g. FRK or FRK26."),
    wikidataId: optionalText("Wikidata id", 20).refine((s) => s === null || /^Q[1-9]\d*$/.test(s), "Wikidata: an id such as Q456."),
    latitude: coordinate("Latitude", 90),
    longitude: coordinate("Longitude", 180),
    summary: longText("Summary", 5000),
    citations: citationsSchema(CITED),
  });

export type RegionFormValues = z.output<typeof RegionFormSchema>;

export const regionForm: FormDef<typeof RegionFormSchema> = {
  schema: RegionFormSchema,
  groups: [
    {
      heading: "Region",
      fields: [
        { kind: "text", name: "name", label: "Name", required: true, hint: "In English, as the directory shows it." },
        { kind: "slug", name: "slug", label: "Slug", from: "name", required: true },
        { kind: "select", name: "kind", label: "Kind", options: optionsOf(REGION_KIND_LABELS), required: true },
        { kind: "select", name: "side", label: "Side", options: optionsOf(SIDE_LABELS), required: true },
        { kind: "text", name: "country", label: "Country code", max: 2, required: true, hint: "ISO 3166-1 alpha-2: FR, JP… (its own code for a country)." },
        { kind: "ref", name: "parentId", label: "Part of", target: "region", hint: "The region or country it belongs to." },
        { kind: "rows", name: "localNames", label: "Local names", addLabel: "Add a local name", fields: [
          { kind: "text", name: "lang", label: "Language", max: 20, hint: "fr, ja…" },
          { kind: "text", name: "name", label: "Name", wide: true, langFrom: "lang" },
        ] },
        { kind: "textarea", name: "summary", label: "Summary", rows: 4 },
      ],
    },
    {
      heading: "Identifiers and location",
      fields: [
        { kind: "text", name: "iso3166_2", label: "ISO 3166-2 code", max: 10 },
        { kind: "text", name: "nuts", label: "NUTS code", max: 10 },
        { kind: "text", name: "wikidataId", label: "Wikidata id", max: 20 },
        { kind: "text", name: "latitude", label: "Latitude", max: 20 },
        { kind: "text", name: "longitude", label: "Longitude", max: 20 },
      ],
    },
    { heading: "Sources", fields: [citationsField(CITED)] },
  ],
};
