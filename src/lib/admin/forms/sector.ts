import { z } from "zod";
import type { FormDef } from "../fields";
import { lines, longText, optionalRef, optionalText, requiredText, slug } from "../schema-parts";

/** Where it comes in lists (lower first); "" means 0. */
const position = () =>
  z
    .string()
    .transform((s) => s.trim())
    .refine((s) => s === "" || (/^\d{1,6}$/.test(s) && Number(s) <= 100_000), "Position: a whole number from 0 to 100000 (lower comes first).")
    .transform((s) => (s === "" ? 0 : Number(s)));

export const SectorFormSchema = z.object({
  name: requiredText("Name"),
  slug: slug(),
  nameFr: optionalText("French name"),
  synonyms: lines("Synonyms", 50, 200),
  parentId: optionalRef("Ecosystem"),
  position: position(),
  summary: longText("Summary", 5000),
});

export type SectorFormValues = z.output<typeof SectorFormSchema>;

export const sectorForm: FormDef<typeof SectorFormSchema> = {
  schema: SectorFormSchema,
  groups: [
    {
      heading: "Sector",
      fields: [
        { kind: "text", name: "name", label: "Name", required: true, hint: "In English." },
        { kind: "slug", name: "slug", label: "Slug", from: "name", required: true },
        { kind: "text", name: "nameFr", label: "French name", lang: "fr" },
        { kind: "ref", name: "parentId", label: "Ecosystem", target: "sector", hint: "The EU industrial ecosystem this theme belongs to; leave empty for an ecosystem itself. Only top-level sectors can hold themes." },
        { kind: "lines", name: "synonyms", label: "Synonyms", hint: "Other words people search with, one per line (e.g. life sciences for biotechnology)." },
        { kind: "number", name: "position", label: "Position", hint: "Order in lists: lower numbers come first." },
        { kind: "textarea", name: "summary", label: "Summary", rows: 3 },
      ],
    },
  ],
};
