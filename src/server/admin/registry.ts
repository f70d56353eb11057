import "server-only";
import type { RecordType } from "@/lib/routes";
import type { RecordAdmin } from "./kit";
import { agreementAdmin } from "./records/agreement";
import { regionAdmin } from "./records/region";

// One module per record type under ./records; the generic layer (./records.ts) looks them up here.
export const ADMINS: Partial<Record<RecordType, RecordAdmin>> = {
  agreement: agreementAdmin as unknown as RecordAdmin,
  region: regionAdmin as unknown as RecordAdmin,
};

export function adminFor(type: RecordType): RecordAdmin | null {
  return ADMINS[type] ?? null;
}
