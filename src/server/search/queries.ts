import "server-only";
import { toSegments, type Segment } from "@/lib/highlight";
import { AGREEMENT_KIND_LABELS, AGREEMENT_STATUS_LABELS, countryName, label, SIDE_LABELS } from "@/lib/labels";
import { hrefFor } from "@/lib/routes";
import { RECORD_TYPE_LABELS } from "@/lib/labels";
import { PAGE_SIZE, RECORD_TYPES, searchQueryString, type RecordTypeParam, type SearchParams } from "@/lib/search-params";
import type { PrismaClient } from "@/generated/prisma/client";
import { db } from "../db";
import { cachedSearch } from "./cache";
import { buildContextSql, buildIdsSql, completeEstimate, planSearch, withCorrection, type EstimateRow, type ResolvedSearch } from "./sql";

// Where the directory is searched: /search, /api/v1/search and the agreements
// list all come through here. PostgreSQL does the matching, ranking and
// counting (see prisma/migrations/*_search and ./sql.ts).

export type SearchHitDTO = {
  type: RecordTypeParam;
  slug: string;
  href: string;
  title: Segment[];
  context: string;
  snippet: Segment[];
};

/** `approximate`: the count was estimated from a sample of a large result set. */
export type FacetValueDTO = { value: string; label: string; count: number; selected: boolean; parent?: string | null; approximate?: boolean };

type FacetName = "type" | "sector" | "side" | "country" | "region" | "kind" | "status" | "year";

export type SearchResultDTO = {
  params: SearchParams;
  total: number;
  page: number;
  pageCount: number;
  hits: SearchHitDTO[];
  facets: Record<FacetName, FacetValueDTO[]>;
  /**
   * Which figures are estimates (large result sets; see src/server/search/sql.ts):
   * the total, and each facet's counts. `ranked`: with text, the number of
   * matches the order of the hits was chosen from, when that is not all of them.
   */
  approximate: { total: boolean; facets: Record<FacetName, boolean>; ranked: number | null };
  /** Values in the request that were not used, in words. */
  ignored: string[];
  /** Nothing matched the text as typed; these are the results for this spelling of it ("ocitanie" -> "occitanie"). */
  correctedQuery: string | null;
};

const typeLabel = (value: string) => RECORD_TYPE_LABELS[value as RecordTypeParam]?.many ?? value;

type Row = {
  total: number;
  ranked?: number;
  approximate?: { total: boolean } & Record<FacetName, boolean>;
  hits: { type: RecordTypeParam; slug: string; title: string; context: string; snippet: string }[];
  /** [id, slug, name] of the regions in `region`. */
  regionNames: [number, string, string][];
} & Record<"type" | "sector" | "side" | "country" | "region" | "kind" | "status" | "year", [string | number, number][]>;

type Sector = { id: number; slug: string; name: string; parentSlug: string | null };
type ContextRow = EstimateRow & { sectors: [number, string, string, string | null][]; region: [number, string] | null };

/**
 * The first round trip: sector and region slugs turned into ids (unknown ones
 * are dropped and reported), and the estimate that decides how the text is
 * matched and counted (see ./sql.ts).
 */
async function resolve(params: SearchParams, ignored: string[], onlyTypes?: string[]) {
  const [context] = await db().$queryRaw<ContextRow[]>(buildContextSql({ params, onlyTypes }));
  const sectors: Sector[] = context.sectors.map(([id, slug, name, parentSlug]) => ({ id, slug, name, parentSlug }));
  const bySlug = new Map(sectors.map((s) => [s.slug, s]));
  const known = params.sectors.filter((slug) => bySlug.has(slug));
  for (const slug of params.sectors) if (!bySlug.has(slug)) ignored.push(`sector "${slug}" is not in the directory`);
  if (params.region && !context.region) ignored.push(`region "${params.region}" is not in the directory`);
  const resolved: ResolvedSearch = {
    params: { ...params, sectors: known, region: context.region ? params.region : undefined },
    sectorIds: known.map((slug) => bySlug.get(slug)!.id),
    regionId: context.region?.[0] ?? null,
    ...(onlyTypes ? { onlyTypes } : {}),
  };
  // A misspelt text takes one or two more round trips: the corrected spelling's estimate (see ./sql.ts).
  const estimate = await completeEstimate(resolved, context, async (sql) => (await db().$queryRaw<EstimateRow[]>(sql))[0]);
  return { resolved, sectors, regionName: context.region?.[1] ?? null, estimate };
}

/**
 * The search behind /search and /api/v1/search. Results are cached under the
 * search generation (./cache.ts), so the DTO is shared: read it, never change it.
 */
export async function search(params: SearchParams, ignoredInput: string[] = []): Promise<SearchResultDTO> {
  const key = `${searchQueryString(params)}#${params.page}#${ignoredInput.join("\n")}`;
  return cachedSearch(key, () => runSearch(params, ignoredInput));
}

async function runSearch(params: SearchParams, ignoredInput: string[]): Promise<SearchResultDTO> {
  const ignored = [...ignoredInput];
  const { resolved, sectors, regionName, estimate } = await resolve(params, ignored);
  // How many documents the text matches decides between exact counting and
  // counting on a sample (large sets; see ./sql.ts); the statements search
  // for the corrected spelling when that is what matched.
  let matching = withCorrection(resolved, estimate);
  const plan = planSearch(matching, estimate);
  const level = plan.level;
  let [row] = await db().$queryRaw<Row[]>(plan.statement);
  // With text and a sample, only the first `ranked` matches can be paged through.
  const pageable = (r: Row) => (level > 1 && resolved.params.q && r.ranked !== undefined ? Math.min(r.total, r.ranked) : r.total);
  const pageCount = Math.max(1, Math.ceil(pageable(row) / PAGE_SIZE));
  if (resolved.params.page > pageCount) {
    // Past the last page (an old link, a hand-typed number): show the last page.
    resolved.params = { ...resolved.params, page: pageCount };
    matching = { ...matching, params: { ...matching.params, page: pageCount } };
    [row] = await db().$queryRaw<Row[]>(planSearch(matching, estimate).statement);
  }
  const approx = row.approximate;
  const p = resolved.params;

  const sectorById = new Map(sectors.map((s) => [s.id, s]));
  const regionById = new Map(row.regionNames.map(([id, slug, name]) => [id, { slug, name }]));

  const facets: SearchResultDTO["facets"] = {
    type: row.type.map(([v, n]) => ({ value: String(v), label: typeLabel(String(v)), count: n, selected: p.types.includes(v as RecordTypeParam) })),
    sector: row.sector.flatMap(([v, n]) => {
      const s = sectorById.get(Number(v));
      return s ? [{ value: s.slug, label: s.name, count: n, selected: p.sectors.includes(s.slug), parent: s.parentSlug }] : [];
    }),
    side: row.side.map(([v, n]) => ({ value: String(v).toLowerCase(), label: label(SIDE_LABELS, String(v)), count: n, selected: p.side === String(v).toLowerCase() })),
    country: row.country.map(([v, n]) => ({ value: String(v), label: countryName(String(v)), count: n, selected: p.country === v })),
    region: row.region.flatMap(([v, n]) => {
      const r = regionById.get(Number(v));
      return r ? [{ value: r.slug, label: r.name, count: n, selected: p.region === r.slug }] : [];
    }),
    kind: row.kind.map(([v, n]) => ({ value: String(v), label: label(AGREEMENT_KIND_LABELS, String(v)), count: n, selected: p.kinds.includes(String(v)) })),
    status: row.status.map(([v, n]) => ({ value: String(v), label: label(AGREEMENT_STATUS_LABELS, String(v)), count: n, selected: p.statuses.includes(String(v)) })),
    year: row.year.map(([v, n]) => ({ value: String(v), label: String(v), count: n, selected: false })).sort((a, b) => Number(b.value) - Number(a.value)),
  };
  if (approx) {
    for (const name of Object.keys(facets) as FacetName[]) {
      if (approx[name]) for (const v of facets[name]) v.approximate = true;
    }
  }
  // Selected values stay listed (to be unselected) even when they now count zero.
  const keep = (list: FacetValueDTO[], selected: string[], labelOf: (v: string) => string, extra: Partial<FacetValueDTO> = {}) => {
    for (const value of selected) if (!list.some((v) => v.value === value)) list.push({ value, label: labelOf(value), count: 0, selected: true, ...extra });
  };
  const sectorBySlug = new Map(sectors.map((s) => [s.slug, s]));
  keep(facets.type, p.types, typeLabel);
  for (const slug of p.sectors) keep(facets.sector, [slug], () => sectorBySlug.get(slug)?.name ?? slug, { parent: sectorBySlug.get(slug)?.parentSlug });
  keep(facets.side, p.side ? [p.side] : [], (v) => label(SIDE_LABELS, v.toUpperCase()));
  keep(facets.country, p.country ? [p.country] : [], countryName);
  keep(facets.kind, p.kinds, (v) => label(AGREEMENT_KIND_LABELS, v));
  keep(facets.status, p.statuses, (v) => label(AGREEMENT_STATUS_LABELS, v));
  if (p.region && !facets.region.some((v) => v.value === p.region)) {
    facets.region.push({ value: p.region, label: regionName ?? p.region, count: 0, selected: true });
  }
  // Sectors in taxonomy order, so themes follow their ecosystem.
  const order = new Map(sectors.map((s, i) => [s.slug, i]));
  facets.sector.sort((a, b) => (order.get(a.value) ?? 0) - (order.get(b.value) ?? 0));
  facets.type.sort((a, b) => RECORD_TYPES.indexOf(a.value as RecordTypeParam) - RECORD_TYPES.indexOf(b.value as RecordTypeParam));

  return {
    params: p,
    total: row.total,
    page: p.page,
    pageCount,
    hits: row.hits.map((h) => ({
      type: h.type, slug: h.slug, href: hrefFor(h.type, h.slug), title: toSegments(h.title), context: h.context, snippet: toSegments(h.snippet ?? ""),
    })),
    facets,
    approximate: {
      total: approx?.total ?? false,
      facets: Object.fromEntries(Object.keys(facets).map((name) => [name, approx?.[name as FacetName] ?? false])) as Record<FacetName, boolean>,
      ranked: level > 1 && p.q && row.ranked !== undefined && row.ranked < row.total ? row.ranked : null,
    },
    ignored,
    correctedQuery: estimate.corrected,
  };
}

/** One page of agreement ids in search order, and the total (the agreements list). */
export async function searchAgreementIds(params: SearchParams, pageSize: number): Promise<{ ids: number[]; total: number; ignored: string[] }> {
  const ignored: string[] = [];
  const { resolved, estimate } = await resolve(params, ignored, ["AGREEMENT"]);
  // The same spelling correction as search(), when the text as typed matches nothing.
  const matching = withCorrection(resolved, estimate);
  const [row] = await db().$queryRaw<{ total: number; ids: number[] }[]>(buildIdsSql(matching, pageSize));
  return { ids: row.ids, total: row.total, ignored };
}

export type SearchRecordType = "AGREEMENT" | "REGION" | "ORGANISATION" | "MISSION" | "EVENT" | "SOURCE";

/**
 * Rebuilds search documents after a write: every document, or one type's given
 * records. Pass the transaction client to make the documents change with the records.
 */
export async function refreshSearch(type?: SearchRecordType, ids?: number[], client: Pick<PrismaClient, "$executeRaw"> = db()): Promise<void> {
  // The search generation's row first, in a statement of its own: two writers
  // rebuilding the same document (a region's save and its agreement's) then
  // queue here, and the second one's statements see the first one's documents
  // once it has committed, instead of deleting from a snapshot taken before
  // and inserting a duplicate.
  await client.$executeRaw`UPDATE "SearchState" SET generation = generation + 1`;
  if (!type) await client.$executeRaw`SELECT kizuna_search_refresh()`;
  else await client.$executeRaw`SELECT kizuna_search_refresh(${type}::"SearchRecordType", ${ids ?? null}::int[])`;
}
