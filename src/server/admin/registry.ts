import "server-only";
import type { RecordType } from "@/lib/routes";
import type { RecordAdmin } from "./kit";
import { agreementAdmin } from "./records/agreement";
import { regionAdmin } from "./records/region";
import { organisationAdmin } from "./records/organisation";
import { personAdmin } from "./records/person";
import { sectorAdmin } from "./records/sector";
import { pairAdmin } from "./records/pair";
import { missionAdmin } from "./records/mission";
import { eventAdmin } from "./records/event";
import { sourceAdmin } from "./records/source";

// One module per record type under ./records; the generic layer (./records.ts) looks them up here.
export const ADMINS: Partial<Record<RecordType, RecordAdmin>> = {
  agreement: agreementAdmin as unknown as RecordAdmin,
  region: regionAdmin as unknown as RecordAdmin,
  organisation: organisationAdmin as unknown as RecordAdmin,
  person: personAdmin as unknown as RecordAdmin,
  sector: sectorAdmin as unknown as RecordAdmin,
  pair: pairAdmin as unknown as RecordAdmin,
  mission: missionAdmin as unknown as RecordAdmin,
  event: eventAdmin as unknown as RecordAdmin,
  source: sourceAdmin as unknown as RecordAdmin,
};

export function adminFor(type: RecordType): RecordAdmin | null {
  return ADMINS[type] ?? null;
}
