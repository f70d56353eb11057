// The record types the admin edits, in the order the admin lists them. The
// values are the URL segments under /admin (and the RecordType enum in SQL).
import type { RecordType } from "@/lib/routes";

export type { RecordType };

export const ADMIN_TYPES: readonly RecordType[] = ["agreement", "region", "organisation", "person", "mission", "event", "sector", "pair", "source"];

export const TYPE_LABELS: Record<RecordType, { one: string; many: string }> = {
  agreement: { one: "Agreement", many: "Agreements" },
  region: { one: "Region", many: "Regions" },
  organisation: { one: "Organisation", many: "Organisations" },
  person: { one: "Person", many: "People" },
  mission: { one: "Mission", many: "Missions" },
  event: { one: "Event", many: "Events" },
  sector: { one: "Sector", many: "Sectors" },
  pair: { one: "Pair", many: "Pairs" },
  source: { one: "Source", many: "Sources" },
};

export function isRecordType(value: string): value is RecordType {
  return (ADMIN_TYPES as readonly string[]).includes(value);
}

export const STATUS_LABELS: Record<string, string> = { DRAFT: "Draft", PUBLISHED: "Published", TRASHED: "In the trash" };

export const REVISION_ACTION_LABELS: Record<string, string> = {
  import: "As imported (before any change in the admin)", create: "Created", update: "Edited", publish: "Published", unpublish: "Unpublished",
  delete: "Moved to the trash", restore: "Restored from the trash", revert: "Restored an earlier revision",
};
