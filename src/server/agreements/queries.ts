import "server-only";
import { isSlug } from "@/lib/slugs";
import type { PreciseDate } from "@/lib/dates";
import type { AgreementFilters } from "@/lib/agreement-filters";
import type { Prisma } from "@/generated/prisma/client";
import { db, LIST_LIMIT, PUBLISHED, visible } from "../db";
import type { SearchParams } from "@/lib/search-params";
import { searchAgreementIds } from "../search/queries";
import {
  actorSelect, citationSelect, citedSelect, dateOf, isCited, dateSelect, PUBLISHED_ACTOR, regionRefSelect, toActor, toCitation,
  type ActorDTO, type CitationDTO,
} from "../shared";

// Where agreements are read. Public pages get DTOs of published records only.

export type AgreementSummaryDTO = {
  slug: string;
  title: string;
  kind: string;
  agreementStatus: string;
  signed: PreciseDate;
  parties: (ActorDTO & { role: string })[];
  sectors: { slug: string; name: string }[];
  /** False when no source passage supports it (shown as "no source cited"). */
  cited: boolean;
};

export type AgreementDTO = AgreementSummaryDTO & {
  titleOriginal: string | null;
  summary: string;
  commitments: string[];
  starts: PreciseDate;
  ends: PreciseDate;
  durationMonths: number | null;
  place: { slug: string; name: string } | null;
  placeDetail: string | null;
  placeInferredFrom: string | null;
  signatories: { personSlug: string; name: string; title: string; actsFor: { type: "region" | "organisation"; slug: string; name: string } | null }[];
  mission: { slug: string; title: string } | null;
  event: { slug: string; name: string } | null;
  citations: CitationDTO[];
  updatedAt: Date;
  /** Its id when it is a draft (only a preview, `{ drafts: true }`, returns one): for the link back to editing. Null when published. */
  draftId: number | null;
};

const summarySelect = {
  slug: true,
  title: true,
  kind: true,
  agreementStatus: true,
  ...dateSelect("signed"),
  parties: { select: { role: true, ...actorSelect }, where: PUBLISHED_ACTOR, orderBy: { position: "asc" } },
  sectors: { select: { sector: { select: { slug: true, name: true } } }, where: { sector: PUBLISHED } },
  ...citedSelect,
} satisfies Prisma.AgreementSelect;

type SummaryRow = Prisma.AgreementGetPayload<{ select: typeof summarySelect }>;

function toSummary(row: SummaryRow): AgreementSummaryDTO {
  return {
    slug: row.slug,
    title: row.title,
    kind: row.kind,
    agreementStatus: row.agreementStatus,
    signed: dateOf(row, "signed"),
    parties: row.parties.map((p) => ({ ...toActor(p), role: p.role })),
    sectors: row.sectors.map((s) => s.sector),
    cited: isCited(row),
  };
}

const ORDER: Prisma.AgreementOrderByWithRelationInput[] = [
  { signedOn: { sort: "desc", nulls: "last" } },
  { title: "asc" },
];

export async function getAgreement(slug: string, { drafts = false }: { drafts?: boolean } = {}): Promise<AgreementDTO | null> {
  if (!isSlug(slug)) return null; // never send a malformed slug (e.g. a NUL byte) to the database
  const row = await db().agreement.findFirst({
    where: { slug, ...visible(drafts) },
    select: {
      id: true,
      status: true,
      ...summarySelect,
      titleOriginal: true,
      summary: true,
      commitments: true,
      ...dateSelect("starts"),
      ...dateSelect("ends"),
      durationMonths: true,
      placeRegion: { select: regionRefSelect },
      placeDetail: true,
      placeInferredFrom: true,
      signatories: {
        orderBy: { position: "asc" },
        where: { personRole: { person: PUBLISHED } },
        select: {
          personRole: {
            select: {
              title: true,
              person: { select: { slug: true, name: true } },
              region: { select: { slug: true, name: true } },
              organisation: { select: { slug: true, name: true } },
            },
          },
        },
      },
      mission: { select: { slug: true, title: true, status: true } },
      event: { select: { slug: true, name: true, status: true } },
      citations: citationSelect,
      updatedAt: true,
    },
  });
  if (!row) return null;
  return {
    ...toSummary(row),
    titleOriginal: row.titleOriginal,
    summary: row.summary,
    commitments: row.commitments,
    starts: dateOf(row, "starts"),
    ends: dateOf(row, "ends"),
    durationMonths: row.durationMonths,
    place: row.placeRegion ? { slug: row.placeRegion.slug, name: row.placeRegion.name } : null,
    placeDetail: row.placeDetail,
    placeInferredFrom: row.placeInferredFrom,
    signatories: row.signatories.map(({ personRole: r }) => ({
      personSlug: r.person.slug,
      name: r.person.name,
      title: r.title,
      actsFor: r.region
        ? { type: "region" as const, ...r.region }
        : r.organisation
          ? { type: "organisation" as const, ...r.organisation }
          : null,
    })),
    mission: row.mission?.status === "PUBLISHED" ? { slug: row.mission.slug, title: row.mission.title } : null,
    event: row.event?.status === "PUBLISHED" ? { slug: row.event.slug, name: row.event.name } : null,
    citations: row.citations.map(toCitation),
    updatedAt: row.updatedAt,
    draftId: row.status === "DRAFT" ? row.id : null,
  };
}

export async function latestAgreements(limit = 5): Promise<AgreementSummaryDTO[]> {
  const rows = await db().agreement.findMany({ where: PUBLISHED, select: summarySelect, orderBy: ORDER, take: limit });
  return rows.map(toSummary);
}

/** The most recent `limit` of the given records (pages show how many there are in all). */
export async function agreementsByIds(ids: number[], limit = LIST_LIMIT): Promise<AgreementSummaryDTO[]> {
  if (ids.length === 0) return [];
  const rows = await db().agreement.findMany({ where: { id: { in: ids }, ...PUBLISHED }, select: summarySelect, orderBy: ORDER, take: limit });
  return rows.map(toSummary);
}

export const AGREEMENTS_PAGE_SIZE = 50;

export type AgreementListDTO = {
  items: AgreementSummaryDTO[];
  total: number;
  page: number;
  pageCount: number;
  /** Filter values that name no record ("region \"atlantis\" is not in the directory"); they are not applied. */
  ignored: string[];
};

/**
 * The agreements list with its filters, answered by the search (same query
 * code as /search, restricted to agreements). Region and country match an
 * agreement when one of its parties is in that region (or below it) or is an
 * organisation based there; a sector matches its own themes too.
 */
export async function listAgreements(filters: AgreementFilters): Promise<AgreementListDTO> {
  const params: SearchParams = {
    q: "", types: ["agreement"], sectors: filters.sector ? [filters.sector] : [], country: filters.country, region: filters.region,
    kinds: filters.kind ? [filters.kind] : [], statuses: [], from: filters.year, to: filters.year, page: 1,
  };
  let result = await searchAgreementIds({ ...params, page: filters.page ?? 1 }, AGREEMENTS_PAGE_SIZE);
  const pageCount = Math.max(1, Math.ceil(result.total / AGREEMENTS_PAGE_SIZE));
  const page = Math.min(filters.page ?? 1, pageCount);
  // Past the last page (an old link, a hand-typed number): show the last page.
  if (page !== (filters.page ?? 1)) result = await searchAgreementIds({ ...params, page }, AGREEMENTS_PAGE_SIZE);
  const byId = await agreementSummariesByIds(result.ids);
  return {
    items: result.ids.flatMap((id) => (byId.has(id) ? [byId.get(id)!] : [])),
    total: result.total,
    page,
    pageCount,
    ignored: result.ignored,
  };
}

/** The published ones of the given agreements by id, in no order (callers order them: the agreements list, the API). */
export async function agreementSummariesByIds(ids: number[]): Promise<Map<number, AgreementSummaryDTO>> {
  if (ids.length === 0) return new Map();
  const rows = await db().agreement.findMany({ where: { id: { in: ids }, ...PUBLISHED }, select: { id: true, ...summarySelect } });
  return new Map(rows.map((row) => [row.id, toSummary(row)]));
}

/** Values offered by the agreements list's filter form. */
export async function agreementFilterOptions() {
  const [regions, sectors, years] = await Promise.all([
    db().region.findMany({ where: { ...PUBLISHED, agreementParties: { some: {} } }, select: { slug: true, name: true, country: true }, orderBy: { name: "asc" } }),
    db().sector
      .findMany({ where: PUBLISHED, select: { slug: true, name: true, parent: { select: { slug: true } } }, orderBy: [{ position: "asc" }] })
      .then((rows) => rows.map((s) => ({ slug: s.slug, name: s.name, parentSlug: s.parent?.slug ?? null }))),
    db().$queryRaw<{ year: number }[]>`
      SELECT DISTINCT EXTRACT(YEAR FROM "signedOn")::int AS year FROM "Agreement"
      WHERE status = 'PUBLISHED' AND "signedOn" IS NOT NULL ORDER BY year DESC`,
  ]);
  const countries = await db().$queryRaw<{ country: string }[]>`
    SELECT DISTINCT r.country FROM "Region" r WHERE r.status = 'PUBLISHED' ORDER BY r.country`;
  return { regions, sectors, years: years.map((y) => y.year), countries: countries.map((c) => c.country) };
}
