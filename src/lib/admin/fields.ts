// How an admin form is described, read and checked. One description per record
// type (src/lib/admin/forms/<type>.ts) drives the form on the page, the reading
// of the posted FormData, and the field-by-field history. Runs in the browser
// and on the server: the same zod schema checks the form before it is sent and
// the action after it arrives.
import type { z } from "zod";

export type Option = { value: string; label: string; group?: string };

/** Lists of records a reference field chooses from; loaded by src/server/admin/options.ts. */
export type RefTarget = "region" | "organisation" | "actor" | "person" | "personRole" | "sector" | "agreement" | "mission" | "event" | "source";

type Base = {
  name: string;
  label: string;
  hint?: string;
  required?: boolean;
  /** The field (or, in rows, the row's field) that holds this text's language tag, so it is marked and drawn in that script. */
  langFrom?: string;
};
export type ScalarField =
  | (Base & { kind: "text"; max?: number; lang?: string; wide?: boolean })
  | (Base & { kind: "number" })
  | (Base & { kind: "select"; options: Option[] })
  | (Base & { kind: "ref"; target: RefTarget })
  /** Carried through the form unseen, e.g. the id of an existing row that other records point at. */
  | (Base & { kind: "hidden" });
export type FieldDef =
  | ScalarField
  | (Base & { kind: "textarea"; rows?: number })
  | (Base & { kind: "slug"; from: string })
  | (Base & { kind: "refs"; target: RefTarget })
  | (Base & { kind: "lines" })
  | (Base & { kind: "date" })
  | (Base & { kind: "rows"; fields: ScalarField[]; addLabel: string });

/** A form: its fields in order (grouped under headings) and the zod schema that checks what they post. */
export type FormDef<S extends z.ZodType = z.ZodType> = {
  groups: { heading: string; fields: FieldDef[] }[];
  schema: S;
};

export type RawRow = Record<string, string>;
export type RawValue = string | string[] | RawRow[] | { value: string; inferredFrom: string };
export type RawValues = Record<string, RawValue>;

export function allFields(form: Pick<FormDef, "groups">): FieldDef[] {
  return form.groups.flatMap((group) => group.fields);
}

function text(data: FormData, name: string): string {
  const value = data.get(name);
  return typeof value === "string" ? value : "";
}

/** Rows are posted as `parties.0.actor`, `parties.0.role`…; blank rows (every input empty) are dropped. */
function readRows(data: FormData, field: Extract<FieldDef, { kind: "rows" }>): RawRow[] {
  const indexes = new Set<number>();
  const prefix = `${field.name}.`;
  for (const key of data.keys()) {
    if (!key.startsWith(prefix)) continue;
    const index = Number(key.slice(prefix.length).split(".")[0]);
    if (Number.isSafeInteger(index) && index >= 0 && index < 1000) indexes.add(index);
  }
  return [...indexes]
    .sort((a, b) => a - b)
    .map((index) => Object.fromEntries(field.fields.map((sub) => [sub.name, text(data, `${prefix}${index}.${sub.name}`)])))
    .filter((row) => Object.values(row).some((value) => value.trim() !== ""));
}

/** What the form posted, as the plain object the schema checks. Never throws. */
export function readForm(form: Pick<FormDef, "groups">, data: FormData): RawValues {
  const raw: RawValues = {};
  for (const field of allFields(form)) {
    switch (field.kind) {
      case "refs":
        raw[field.name] = data.getAll(field.name).filter((v): v is string => typeof v === "string");
        break;
      case "lines":
        raw[field.name] = text(data, field.name).split(/\r?\n/).map((line) => line.trim()).filter(Boolean);
        break;
      case "date":
        raw[field.name] = { value: text(data, `${field.name}.value`), inferredFrom: text(data, `${field.name}.inferredFrom`) };
        break;
      case "rows":
        raw[field.name] = readRows(data, field);
        break;
      default:
        raw[field.name] = text(data, field.name);
    }
  }
  return raw;
}

export type FieldErrors = Record<string, string>;

/** zod issues keyed by input name (`parties.1.actor`), first message per input. */
export function fieldErrorsOf(error: z.ZodError): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join(".") || "_form";
    errors[key] ??= issue.message;
  }
  return errors;
}

/**
 * The inverse of readForm: a checked value (as stored in a revision) back into
 * what the inputs show. Numbers and ids become strings, null becomes "".
 */
export function toRaw(form: Pick<FormDef, "groups">, values: Record<string, unknown>): RawValues {
  const str = (v: unknown) => (v === null || v === undefined ? "" : String(v));
  const raw: RawValues = {};
  for (const field of allFields(form)) {
    const value = values[field.name];
    switch (field.kind) {
      case "refs":
      case "lines":
        raw[field.name] = Array.isArray(value) ? value.map(str) : [];
        break;
      case "date": {
        const date = (value ?? {}) as { value?: unknown; inferredFrom?: unknown };
        raw[field.name] = { value: str(date.value), inferredFrom: str(date.inferredFrom) };
        break;
      }
      case "rows":
        raw[field.name] = Array.isArray(value)
          ? value.map((row) => Object.fromEntries(field.fields.map((sub) => [sub.name, str((row as Record<string, unknown>)[sub.name])])))
          : [];
        break;
      default:
        raw[field.name] = str(value);
    }
  }
  return raw;
}
