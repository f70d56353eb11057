import "server-only";
import { notFound } from "next/navigation";
import { FORMS } from "@/lib/admin/forms";
import { isRecordType, type RecordType } from "@/lib/admin/record-types";
import { getEditable } from "@/server/admin/records";

// Route parameters of the record editor, checked once: an unknown type or a
// malformed id is a 404, never an exception.
export function recordTypeParam(value: string): RecordType {
  if (!isRecordType(value) || !FORMS[value]) notFound();
  return value;
}

export function idParam(value: string): number {
  if (!/^[1-9]\d{0,9}$/.test(value) || Number(value) > 2_147_483_647) notFound();
  return Number(value);
}

export function firstParam(value: string | string[] | undefined): string {
  return (Array.isArray(value) ? value[0] : value) ?? "";
}

/** The record an admin page is about, from its route: a 404 for an unknown type, id or record. */
export async function editableFromParams(params: Promise<{ type: string; id: string }>) {
  const { type: typeParam, id: idText } = await params;
  const type = recordTypeParam(typeParam);
  const id = idParam(idText);
  const record = await getEditable(type, id);
  if (!record) notFound();
  return { type, id, record, form: FORMS[type]! };
}
