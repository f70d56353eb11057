import { z } from "zod";
import { ORGANISATION_KIND_LABELS } from "@/lib/labels";
import type { FormDef } from "../fields";
import { localNameRows, longText, oneOf, optionalRef, optionalText, refList, requiredText, slug, webAddress } from "../schema-parts";
import { citationsField, citationsSchema, keysOf, optionsOf } from "./shared";

const CITED = ["name", "kind", "homeRegion", "parent", "website", "summary", "sectors"] as const;

export const OrganisationFormSchema = z.object({
  name: requiredText("Name"),
  slug: slug(),
  localNames: localNameRows(),
  kind: oneOf("Kind", keysOf(ORGANISATION_KIND_LABELS)),
  homeRegionId: optionalRef("Home region"),
  homeRegionInferredFrom: optionalText("Based in: inferred from", 500),
  parentId: optionalRef("Parent organisation"),
  website: webAddress("Website"),
  summary: longText("Summary", 5000),
  sectorIds: refList("Sectors"),
  citations: citationsSchema(CITED),
});

export type OrganisationFormValues = z.output<typeof OrganisationFormSchema>;

export const organisationForm: FormDef<typeof OrganisationFormSchema> = {
  schema: OrganisationFormSchema,
  groups: [
    {
      heading: "Organisation",
      fields: [
        { kind: "text", name: "name", label: "Name", required: true, wide: true, hint: "In English or as the organisation writes it in Latin script." },
        { kind: "slug", name: "slug", label: "Slug", from: "name", required: true },
        { kind: "select", name: "kind", label: "Kind", options: optionsOf(ORGANISATION_KIND_LABELS), required: true },
        { kind: "ref", name: "homeRegionId", label: "Based in", target: "region", hint: "Leave empty for a body spread over several countries." },
        { kind: "text", name: "homeRegionInferredFrom", label: "Based in: inferred from", wide: true, hint: "Leave empty when a source states where it is based; otherwise say how it is known (e.g. general knowledge)." },
        { kind: "ref", name: "parentId", label: "Part of", target: "organisation", hint: "The alliance, group or parent body it belongs to." },
        { kind: "text", name: "website", label: "Website", max: 2000, wide: true, hint: "The full address, starting with https:// or http://." },
        { kind: "rows", name: "localNames", label: "Local names", addLabel: "Add a local name", fields: [
          { kind: "text", name: "lang", label: "Language", max: 20, hint: "fr, ja…" },
          { kind: "text", name: "name", label: "Name", wide: true, langFrom: "lang" },
        ] },
        { kind: "textarea", name: "summary", label: "Summary", rows: 4 },
        { kind: "refs", name: "sectorIds", label: "Sectors", target: "sector" },
      ],
    },
    { heading: "Sources", fields: [citationsField(CITED)] },
  ],
};
