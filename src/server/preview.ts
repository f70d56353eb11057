import "server-only";
import type { Metadata } from "next";
import { draftMode } from "next/headers";
import { currentViewer } from "./auth/session";

/**
 * Whether this request may see drafts on the public pages ("as the public
 * would see it"): Next's draft mode is on (turned on by /admin/preview) and
 * someone is signed in to the admin. Draft mode alone is not enough: its cookie
 * outlives the session. Public visitors never get past the first check, so
 * their requests do not read the session.
 */
export async function previewing(): Promise<boolean> {
  if (!(await draftMode()).isEnabled) return false;
  return (await currentViewer()) !== null;
}

/** A draft's page (seen only in a preview) must not be indexed; a published record's metadata is left as it is. */
export function noIndexDrafts(record: { draftId: number | null }, metadata: Metadata): Metadata {
  return record.draftId === null ? metadata : { ...metadata, robots: { index: false } };
}
