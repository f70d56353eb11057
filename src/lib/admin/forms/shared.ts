// Pieces several admin forms share: enum options and the citations rows.
import { z } from "zod";
import { CITATION_FIELD_LABELS } from "@/lib/labels";
import type { FieldDef, Option } from "../fields";
import { optionalText, requiredRef, requiredText } from "../schema-parts";

export function optionsOf(labels: Record<string, string>): Option[] {
  return Object.entries(labels).map(([value, label]) => ({ value, label }));
}

/** The enum values a label map names, for z.enum. */
export function keysOf<K extends string>(labels: Record<K, string>): [K, ...K[]] {
  return Object.keys(labels) as [K, ...K[]];
}

/** The citations of a record: which passage of which source supports it, and which field. */
export function citationsField(fields: readonly string[]): FieldDef {
  return {
    kind: "rows",
    name: "citations",
    label: "Citations",
    hint: "The passage must be copied exactly from the source's text. Leave the field empty when it supports the record as a whole. To pick a passage from the article, open the source and use “Cite a passage”.",
    addLabel: "Add a citation",
    fields: [
      { kind: "ref", name: "sourceId", label: "Source", target: "source", required: true },
      { kind: "select", name: "field", label: "Supports", options: [{ value: "", label: "the whole record" }, ...fields.map((f) => ({ value: f, label: CITATION_FIELD_LABELS[f] ?? f }))] },
      { kind: "text", name: "quote", label: "Passage", required: true, max: 2000, wide: true },
    ],
  };
}

export const citationsSchema = (fields: readonly string[]) =>
  z
    .array(
      z.object({
        sourceId: requiredRef("Source"),
        field: optionalText("Field", 60).refine((f) => f === null || fields.includes(f), "Choose what the passage supports from the list."),
        quote: requiredText("Passage", 2000),
      }),
    )
    .max(100, "At most 100 citations.");

export type CitationValue = z.output<ReturnType<typeof citationsSchema>>[number];
