import "server-only";
import { toRaw } from "@/lib/admin/fields";
import { FORMS } from "@/lib/admin/forms";
import type { CitableType } from "@/lib/admin/citation";
import { getEditable, saveRecord, type WriteResult } from "./records";

/**
 * Adds a citation of a source passage to a record, as an edit of that record:
 * it goes through the same checks (the passage must occur in the source), gets
 * a revision in the record's history, and is refused if the record changed
 * between reading and writing (the version check of saveRecord).
 */
export async function addCitation(viewer: { id: number }, sourceId: number, input: { recordType: CitableType; recordId: number; field: string; quote: string }): Promise<WriteResult> {
  const form = FORMS[input.recordType];
  const record = await getEditable(input.recordType, input.recordId);
  if (!form || !record) return { ok: false, notFound: true, message: "The record to cite for does not exist (any more)." };
  if (record.status === "TRASHED") return { ok: false, message: "That record is in the trash. Restore it first." };
  const raw = toRaw(form, record.values);
  const citations = (raw.citations as Record<string, string>[]) ?? [];
  raw.citations = [...citations, { sourceId: String(sourceId), field: input.field, quote: input.quote }];
  const result = await saveRecord(viewer, input.recordType, input.recordId, record.version, raw);
  if (!result.ok && result.fieldErrors) {
    const index = citations.length;
    const own = result.fieldErrors[`citations.${index}.quote`] ?? result.fieldErrors[`citations.${index}.sourceId`] ?? result.fieldErrors[`citations.${index}.field`];
    return { ok: false, message: own ?? `The record cannot be saved as it is: ${Object.values(result.fieldErrors).join(" ")}` };
  }
  return result;
}
