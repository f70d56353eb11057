// The record types the admin edits, in the order the admin lists them. The
// values are the URL segments under /admin (and the RecordType enum in SQL).
import { RECORD_TYPE_LABELS } from "@/lib/labels";
import type { RecordType } from "@/lib/routes";

export type { RecordType };

export const ADMIN_TYPES: readonly RecordType[] = ["agreement", "region", "organisation", "person", "mission", "event", "sector", "pair", "source"];

/** The record types' names, defined once in src/lib/labels.ts. */
export const TYPE_LABELS = RECORD_TYPE_LABELS;

export function isRecordType(value: string): value is RecordType {
  return (ADMIN_TYPES as readonly string[]).includes(value);
}

export const STATUS_LABELS: Record<string, string> = { DRAFT: "Draft", PUBLISHED: "Published", TRASHED: "In the trash" };

export const REVISION_ACTION_LABELS: Record<string, string> = {
  import: "As imported (before any change in the admin)", create: "Created", update: "Edited", publish: "Published", unpublish: "Unpublished",
  delete: "Moved to the trash", restore: "Restored from the trash", revert: "Restored an earlier revision",
};
