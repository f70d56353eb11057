import "server-only";
import { isSlug } from "@/lib/slugs";
import type { PreciseDate } from "@/lib/dates";
import { db, PUBLISHED, visible } from "../db";
import { dateOf, dateSelect } from "../shared";

export type SourceSummaryDTO = {
  slug: string;
  title: string;
  publisher: string | null;
  language: string;
  kind: string;
  published: PreciseDate;
  citationCount: number;
};

export type CitedRecordType = "region" | "organisation" | "person" | "agreement" | "mission" | "event";

export type SourceDTO = SourceSummaryDTO & {
  summary: string;
  url: string | null;
  fileName: string | null;
  text: string;
  citations: { quote: string; field: string | null; record: { type: CitedRecordType; slug: string; name: string } }[];
  /** Its id when it is a draft (only a preview, `{ drafts: true }`, returns one): for the link back to editing. Null when published. */
  draftId: number | null;
};

const summarySelect = {
  slug: true, title: true, publisher: true, language: true, kind: true, ...dateSelect("published"),
  _count: { select: { citations: true } },
} as const;

type SummaryRow = {
  slug: string; title: string; publisher: string | null; language: string; kind: string;
  publishedOn: Date | null; publishedPrecision: "DAY" | "MONTH" | "YEAR" | "UNKNOWN"; publishedInferredFrom: string | null;
  _count: { citations: number };
};

function toSummary(row: SummaryRow): SourceSummaryDTO {
  return {
    slug: row.slug, title: row.title, publisher: row.publisher, language: row.language, kind: row.kind,
    published: dateOf(row, "published"), citationCount: row._count.citations,
  };
}

export async function listSources(): Promise<SourceSummaryDTO[]> {
  return (await db().source.findMany({ where: PUBLISHED, select: summarySelect, orderBy: { fileName: "asc" } })).map(toSummary);
}

const named = { select: { slug: true, name: true, status: true } } as const;

export async function getSource(slug: string, { drafts = false }: { drafts?: boolean } = {}): Promise<SourceDTO | null> {
  if (!isSlug(slug)) return null; // never send a malformed slug (e.g. a NUL byte) to the database
  const row = await db().source.findFirst({
    where: { slug, ...visible(drafts) },
    select: {
      id: true, status: true, ...summarySelect, summary: true, url: true, fileName: true, text: true,
      citations: {
        orderBy: [{ id: "asc" }],
        select: {
          quote: true, field: true,
          region: named, organisation: named, person: named,
          agreement: { select: { slug: true, title: true, status: true } },
          mission: { select: { slug: true, title: true, status: true } },
          event: named,
        },
      },
    },
  });
  if (!row) return null;
  const citations = row.citations.flatMap((c) => {
    const record =
      (c.region && { type: "region" as const, ...c.region }) ||
      (c.organisation && { type: "organisation" as const, ...c.organisation }) ||
      (c.person && { type: "person" as const, ...c.person }) ||
      (c.agreement && { type: "agreement" as const, slug: c.agreement.slug, name: c.agreement.title, status: c.agreement.status }) ||
      (c.mission && { type: "mission" as const, slug: c.mission.slug, name: c.mission.title, status: c.mission.status }) ||
      (c.event && { type: "event" as const, ...c.event });
    if (record?.status !== "PUBLISHED") return [];
    return [{ quote: c.quote, field: c.field, record: { type: record.type, slug: record.slug, name: record.name } }];
  });
  return { ...toSummary(row), summary: row.summary, url: row.url, fileName: row.fileName, text: row.text, citations, draftId: row.status === "DRAFT" ? row.id : null };
}

/** The published ones of the given sources by id, in no order (the API orders them). */
export async function sourceSummariesByIds(ids: number[]): Promise<Map<number, SourceSummaryDTO>> {
  if (ids.length === 0) return new Map();
  const rows = await db().source.findMany({ where: { id: { in: ids }, ...PUBLISHED }, select: { id: true, ...summarySelect } });
  return new Map(rows.map((row) => [row.id, toSummary(row)]));
}
