"use server";
// Server actions of the record editor. Each one checks the session itself,
// reads the form through the type's description, and leaves the work to
// src/server/admin/records.ts. Failures come back as values for the form.
import { redirect } from "next/navigation";
import { CiteSchema } from "@/lib/admin/citation";
import { fieldErrorsOf, readForm, toRaw } from "@/lib/admin/fields";
import { FORMS } from "@/lib/admin/forms";
import { isRecordType } from "@/lib/admin/record-types";
import type { FormState } from "@/components/admin/record-form";
import { authorize } from "@/server/auth/session";
import { addCitation } from "@/server/admin/citations";
import { changeStatus, revertRecord, saveRecord, type StatusAction } from "@/server/admin/records";

export type ActionState = { message?: string; usedBy?: string[]; attempt: number };

function parseVersion(value: FormDataEntryValue | null): number | null {
  return typeof value === "string" && /^\d{1,9}$/.test(value) ? Number(value) : null;
}

function adminPath(type: string, id: number, query = "") {
  return `/admin/${type}/${id}${query}`;
}

export async function saveRecordAction(type: string, id: number | null, state: FormState, data: FormData): Promise<FormState> {
  const attempt = state.attempt + 1;
  const auth = await authorize();
  if (!auth.ok) return { ...state, attempt, message: auth.message };
  const form = isRecordType(type) ? FORMS[type] : undefined;
  if (!isRecordType(type) || !form) return { ...state, attempt, message: "There is no such kind of record." };
  const raw = readForm(form, data);
  const version = parseVersion(data.get("_version"));
  if (id !== null && version === null) return { ...state, attempt, values: raw, message: "The form is missing the record's version. Reload the page." };
  const result = await saveRecord(auth.viewer, type, id, version, raw);
  if (result.ok) redirect(adminPath(type, result.id, result.unchanged ? "?saved=unchanged" : "?saved=1"));
  return {
    attempt,
    values: raw,
    message: result.message,
    fieldErrors: result.fieldErrors,
    version: result.conflict ? result.conflict.currentVersion : state.version,
    conflict: result.conflict && {
      currentVersion: result.conflict.currentVersion,
      changedBy: result.conflict.changedBy,
      changedAt: result.conflict.changedAt?.toISOString() ?? null,
      theirs: toRaw(form, result.conflict.theirs),
      fields: result.conflict.fields,
    },
  };
}

const STATUS_ACTIONS: readonly StatusAction[] = ["publish", "unpublish", "delete", "restore"];

export async function statusAction(type: string, id: number, state: ActionState, data: FormData): Promise<ActionState> {
  const attempt = state.attempt + 1;
  const auth = await authorize();
  if (!auth.ok) return { attempt, message: auth.message };
  const action = data.get("action");
  const version = parseVersion(data.get("_version"));
  if (!isRecordType(type) || !STATUS_ACTIONS.includes(action as StatusAction) || version === null) return { attempt, message: "This request is not valid. Reload the page." };
  // The editor's confirmation that an uncited record may be published (the form's checkbox).
  const confirmUncited = data.get("confirmUncited") === "yes";
  const result = await changeStatus(auth.viewer, type, id, version, action as StatusAction, { confirmUncited });
  if (result.ok) redirect(action === "delete" ? `/admin/trash?deleted=${type}` : adminPath(type, id, `?done=${action}`));
  return { attempt, message: result.message, usedBy: result.usedBy };
}

export async function revertAction(type: string, id: number, state: ActionState, data: FormData): Promise<ActionState> {
  const attempt = state.attempt + 1;
  const auth = await authorize();
  if (!auth.ok) return { attempt, message: auth.message };
  const revision = parseVersion(data.get("revision"));
  const version = parseVersion(data.get("_version"));
  if (!isRecordType(type) || revision === null || version === null) return { attempt, message: "This request is not valid. Reload the page." };
  const result = await revertRecord(auth.viewer, type, id, revision, version);
  if (result.ok) redirect(adminPath(type, id, result.unchanged ? "?saved=unchanged" : "?done=revert"));
  return { attempt, message: result.conflict ? "Someone else changed this record meanwhile. Reload the history and try again." : result.message };
}

export type CiteState = { message?: string; ok?: boolean; fieldErrors?: Record<string, string>; attempt: number; link?: string };

/** Cites a passage of a source for a record (an edit of that record, with its own revision). */
export async function citeAction(sourceId: number, state: CiteState, data: FormData): Promise<CiteState> {
  const attempt = state.attempt + 1;
  const auth = await authorize();
  if (!auth.ok) return { attempt, message: auth.message };
  // The record is posted as "agreement:12" (one list grouped by type, so the form works without JavaScript).
  // …or, when the records are too many to list, as a kind and a searched id.
  const [recordType = "", recordId = ""] = data.has("record") ? String(data.get("record")).split(":") : [String(data.get("recordType") ?? ""), String(data.get("recordId") ?? "")];
  const parsed = CiteSchema.safeParse({ recordType, recordId, field: data.get("field") ?? "", quote: data.get("quote") ?? "" });
  if (!parsed.success) return { attempt, message: "Some fields need attention.", fieldErrors: fieldErrorsOf(parsed.error) };
  const result = await addCitation(auth.viewer, sourceId, parsed.data);
  if (!result.ok) return { attempt, message: result.message };
  return { attempt, ok: true, message: "Citation added.", link: adminPath(parsed.data.recordType, parsed.data.recordId) };
}
