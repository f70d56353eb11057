// Every admin form by record type: the client form and the server action pick
// the same description (and so the same zod schema) from here.
import type { RecordType } from "@/lib/routes";
import type { FormDef } from "../fields";
import { agreementForm } from "./agreement";
import { regionForm } from "./region";

export const FORMS: Partial<Record<RecordType, FormDef>> = {
  agreement: agreementForm,
  region: regionForm,
};
