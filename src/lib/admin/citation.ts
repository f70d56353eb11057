// "Cite a passage" on a source's admin page: which record (and which of its
// fields) a passage of the article supports.
import { z } from "zod";
import { allFields, type FieldDef } from "./fields";
import { FORMS } from "./forms";
import type { RecordType } from "./record-types";
import { requiredRef, requiredText } from "./schema-parts";

/** The record types that carry citations: those whose form has a citations field. */
export const CITABLE_TYPES = ["agreement", "region", "organisation", "person", "mission", "event"] as const satisfies readonly RecordType[];
export type CitableType = (typeof CITABLE_TYPES)[number];

/** What a passage can support in a record of this type, from its form's citations rows. */
export function citableFields(type: CitableType): { value: string; label: string }[] {
  const rows = allFields(FORMS[type] ?? { groups: [] }).find((f): f is Extract<FieldDef, { kind: "rows" }> => f.kind === "rows" && f.name === "citations");
  const field = rows?.fields.find((f) => f.name === "field");
  return field?.kind === "select" ? field.options : [];
}

export const CiteSchema = z
  .object({
    recordType: z.enum(CITABLE_TYPES, { error: "Choose the kind of record the passage supports." }),
    recordId: requiredRef("Record"),
    field: z.string(),
    quote: requiredText("Passage", 2000),
  })
  .superRefine((value, ctx) => {
    if (!citableFields(value.recordType).some((option) => option.value === value.field)) {
      ctx.addIssue({ code: "custom", path: ["field"], message: "Choose what the passage supports from the list." });
    }
  });
