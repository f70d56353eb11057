// Every admin form by record type: the client form and the server action pick
// the same description (and so the same zod schema) from here.
import type { RecordType } from "@/lib/routes";
import type { FormDef } from "../fields";
import { agreementForm } from "./agreement";
import { regionForm } from "./region";
import { organisationForm } from "./organisation";
import { personForm } from "./person";
import { sectorForm } from "./sector";
import { pairForm } from "./pair";
import { missionForm } from "./mission";
import { eventForm } from "./event";
import { sourceForm } from "./source";

export const FORMS: Partial<Record<RecordType, FormDef>> = {
  agreement: agreementForm,
  region: regionForm,
  organisation: organisationForm,
  person: personForm,
  sector: sectorForm,
  pair: pairForm,
  mission: missionForm,
  event: eventForm,
  source: sourceForm,
};
