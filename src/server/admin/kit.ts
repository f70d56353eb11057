import "server-only";
// What the per-type admin modules (src/server/admin/records/*.ts) share: the
// contract each one fulfils, dates, actors and citations in and out of the
// form's shape.
import type { Prisma, RecordType } from "@/generated/prisma/client";
import type { FieldErrors, FormDef } from "@/lib/admin/fields";
import type { CitationValue } from "@/lib/admin/forms/shared";
import type { PartialDateValue } from "@/lib/admin/schema-parts";
import { parsePartialDate, toPartialIso, preciseDate, type DatePrecision } from "@/lib/dates";
import { quoteOccursIn } from "@/lib/quotes";
import type { SearchRecordType } from "@/server/search/queries";

export type Tx = Prisma.TransactionClient;

/** Input the schema accepted but the database refuses (a quote not in its source, a role still in use). */
export class InvalidInput extends Error {
  constructor(readonly fieldErrors: FieldErrors, message = "Some fields need attention.") {
    super(message);
  }
}

/** Everything the generic admin layer (src/server/admin/records.ts) needs to know about one record type. */
export type RecordAdmin<V extends Record<string, unknown> = Record<string, unknown>> = {
  type: RecordType;
  /** Its table, for the version check (SELECT … FOR UPDATE) and the admin list. */
  table: string;
  /** The column the admin list shows and searches. */
  titleColumn: "name" | "title";
  form: FormDef;
  /** The record as the form's checked values, or null when there is no such record. */
  load(tx: Tx, id: number): Promise<V | null>;
  /** Creates (id null) or updates the record and replaces its relations; returns its id. Runs inside the caller's transaction. */
  write(tx: Tx, id: number | null, values: V): Promise<number>;
  /** What still points at the record ("Agreement: Lyon–Tokyo MoU"); deleting is refused while this is not empty. */
  usedBy(tx: Tx, id: number): Promise<string[]>;
  title(values: V): string;
  /** Its search documents, and those of records whose documents show it (an agreement shows its parties' names). */
  searchDocs(tx: Tx, id: number): Promise<{ type: SearchRecordType; ids: number[] }[]>;
};

// ---------------------------------------------------------------- dates

export function dateToForm(on: Date | null, precision: DatePrecision, inferredFrom: string | null): PartialDateValue {
  return { value: toPartialIso(preciseDate(on, precision, inferredFrom)) ?? "", inferredFrom };
}

/** The three columns of a date from its form value, keyed `${prefix}On`, `${prefix}Precision`, `${prefix}InferredFrom`. */
export function dateColumns<P extends string>(prefix: P, value: PartialDateValue) {
  const parsed = parsePartialDate(value.value);
  return {
    [`${prefix}On`]: parsed?.date ?? null,
    [`${prefix}Precision`]: parsed?.precision ?? "UNKNOWN",
    [`${prefix}InferredFrom`]: value.inferredFrom,
  } as Record<`${P}On`, Date | null> & Record<`${P}Precision`, DatePrecision> & Record<`${P}InferredFrom`, string | null>;
}

// ---------------------------------------------------------------- actors

export function actorToForm(row: { regionId: number | null; organisationId: number | null }): string {
  return row.regionId !== null ? `region:${row.regionId}` : `organisation:${row.organisationId}`;
}

export function actorColumns(actor: string | null): { regionId: number | null; organisationId: number | null } {
  if (!actor) return { regionId: null, organisationId: null };
  const [kind, id] = actor.split(":");
  return kind === "region" ? { regionId: Number(id), organisationId: null } : { regionId: null, organisationId: Number(id) };
}

// ---------------------------------------------------------------- citations

type CitationOwner = "regionId" | "organisationId" | "personId" | "agreementId" | "missionId" | "eventId";

export async function loadCitations(tx: Tx, owner: CitationOwner, id: number): Promise<CitationValue[]> {
  const rows = await tx.citation.findMany({
    where: { [owner]: id },
    orderBy: [{ position: "asc" }, { id: "asc" }],
    select: { sourceId: true, field: true, quote: true },
  });
  return rows;
}

/** Replaces a record's citations; refuses a passage that does not occur in its source's text. */
export async function writeCitations(tx: Tx, owner: CitationOwner, id: number, citations: CitationValue[]): Promise<void> {
  const sourceIds = [...new Set(citations.map((c) => c.sourceId))];
  const sources = new Map(
    (await tx.source.findMany({ where: { id: { in: sourceIds } }, select: { id: true, text: true, status: true } })).map((s) => [s.id, s]),
  );
  const errors: FieldErrors = {};
  citations.forEach((citation, index) => {
    const source = sources.get(citation.sourceId);
    if (!source || source.status === "TRASHED") errors[`citations.${index}.sourceId`] = "This source does not exist (any more).";
    else if (!quoteOccursIn(source.text, citation.quote)) errors[`citations.${index}.quote`] = "This passage does not occur in the source's text. Copy it exactly from the source.";
  });
  if (Object.keys(errors).length) throw new InvalidInput(errors);
  await tx.citation.deleteMany({ where: { [owner]: id } });
  if (citations.length) {
    await tx.citation.createMany({
      data: citations.map((c, position) => ({ sourceId: c.sourceId, field: c.field, quote: c.quote, position, [owner]: id })),
    });
  }
}

export function localNamesToForm(json: unknown): { lang: string; name: string }[] {
  if (!json || typeof json !== "object" || Array.isArray(json)) return [];
  return Object.entries(json as Record<string, unknown>)
    .filter((entry): entry is [string, string] => typeof entry[1] === "string")
    .map(([lang, name]) => ({ lang, name }));
}

export function localNamesJson(rows: { lang: string; name: string }[]): Record<string, string> {
  return Object.fromEntries(rows.map((row) => [row.lang, row.name]));
}

/** "Agreement: Lyon–Tokyo MoU", for the list of what uses a record. */
export function describe(kind: string, names: string[]): string[] {
  return names.map((name) => `${kind}: ${name}`);
}
