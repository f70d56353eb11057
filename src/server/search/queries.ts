import "server-only";
import { formatDateValue, withCertainty, type PreciseDate } from "@/lib/dates";
import { toSegments, type Segment } from "@/lib/highlight";
import { AGREEMENT_KIND_LABELS, AGREEMENT_STATUS_LABELS, countryName, label, SIDE_LABELS } from "@/lib/labels";
import { hrefFor } from "@/lib/routes";
import { RECORD_TYPE_LABELS } from "@/lib/labels";
import { PAGE_SIZE, RECORD_TYPES, searchQueryString, type RecordTypeParam, type SearchParams } from "@/lib/search-params";
import type { PrismaClient } from "@/generated/prisma/client";
import { db, PUBLISHED } from "../db";
import { dateOf, dateSelect } from "../shared";
import { cachedSearch } from "./cache";
import { buildContextSql, buildIdsAfterSql, buildIdsSql, completeEstimate, planSearch, withCorrection, type EstimateRow, type ResolvedSearch } from "./sql";

// Where the directory is searched: /search, /api/v1/search and the agreements
// list all come through here. PostgreSQL does the matching, ranking and
// counting (see prisma/migrations/*_search and ./sql.ts).

/** One part of a hit's context line; `inferredFrom` is set when the source does not state it. */
export type ContextPartDTO = { text: string; inferredFrom: string | null; what: "date" | "place" | null };

export type SearchHitDTO = {
  type: RecordTypeParam;
  slug: string;
  href: string;
  title: Segment[];
  /** The context line as text, each inferred value marked "(inferred)": "Lyonbiopôle · 8 November 2016 (inferred)". */
  context: string;
  /** The same line in parts, for pages that mark inferred values with their reasoning. */
  contextParts: ContextPartDTO[];
  /** The record's date (signed, starts, published), with its precision and certainty; null for undated types. */
  date: PreciseDate | null;
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
    hits: await withCertainties(row.hits),
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

type HitRow = Row["hits"][number];
type Facts = { date: PreciseDate | null; place: { text: string; inferredFrom: string | null } | null };

/**
 * The dates and places of a page of hits, read from the record tables (not
 * from the search documents, whose context line holds them as bare text): each
 * with its certainty, so that an inferred one is never shown as stated.
 */
async function hitFacts(hits: HitRow[]): Promise<Map<string, Facts>> {
  const slugs = (type: RecordTypeParam) => hits.filter((h) => h.type === type).map((h) => h.slug);
  const ifAny = <T,>(list: string[], read: () => Promise<T[]>) => (list.length ? read() : Promise.resolve([] as T[]));
  const [agreements, missions, events, sources, organisations] = [slugs("agreement"), slugs("mission"), slugs("event"), slugs("source"), slugs("organisation")];
  // At most five lookups by unique slug for a page of 20 hits, side by side; none for a type with no hit.
  const [a, m, e, s, o] = await Promise.all([
    ifAny(agreements, () => db().agreement.findMany({ where: { slug: { in: agreements } }, select: { slug: true, ...dateSelect("signed") } })),
    ifAny(missions, () => db().mission.findMany({ where: { slug: { in: missions } }, select: { slug: true, ...dateSelect("starts") } })),
    ifAny(events, () => db().event.findMany({
      where: { slug: { in: events } },
      select: { slug: true, ...dateSelect("starts"), venue: true, placeInferredFrom: true, cityRegion: { select: { name: true } } },
    })),
    ifAny(sources, () => db().source.findMany({ where: { slug: { in: sources } }, select: { slug: true, ...dateSelect("published") } })),
    ifAny(organisations, () => db().organisation.findMany({
      where: { slug: { in: organisations } }, select: { slug: true, homeRegionInferredFrom: true, homeRegion: { select: { name: true } } },
    })),
  ]);
  const facts = new Map<string, Facts>();
  for (const r of a) facts.set(`agreement:${r.slug}`, { date: dateOf(r, "signed"), place: null });
  for (const r of m) facts.set(`mission:${r.slug}`, { date: dateOf(r, "starts"), place: null });
  for (const r of e) {
    const place = [r.venue, r.cityRegion?.name].filter(Boolean).join(", ");
    facts.set(`event:${r.slug}`, { date: dateOf(r, "starts"), place: place ? { text: place, inferredFrom: r.placeInferredFrom } : null });
  }
  for (const r of s) facts.set(`source:${r.slug}`, { date: dateOf(r, "published"), place: null });
  for (const r of o) facts.set(`organisation:${r.slug}`, { date: null, place: r.homeRegion ? { text: r.homeRegion.name, inferredFrom: r.homeRegionInferredFrom } : null });
  return facts;
}

/** What kizuna_date_text() writes into a search document's context for a date. */
function documentDateText(value: PreciseDate): string {
  return value.precision === "UNKNOWN" || !value.date ? "date not stated" : formatDateValue(value);
}

/**
 * The hits with their context line rebuilt around the facts read above: the
 * document's date is replaced by the record's date with its certainty, and its
 * place (an event's venue and city, an organisation's base) is marked when inferred.
 */
async function withCertainties(hits: HitRow[]): Promise<SearchHitDTO[]> {
  const facts = await hitFacts(hits);
  return hits.map((h) => {
    const fact = facts.get(`${h.type}:${h.slug}`) ?? { date: null, place: null };
    const parts: ContextPartDTO[] = (h.context ? h.context.split(" · ") : []).map((text) => ({ text, inferredFrom: null, what: null }));
    // The document's context ends with its date (agreements, missions, events; see kizuna_search_refresh).
    const dated = fact.date && parts.length && parts[parts.length - 1].text === documentDateText(fact.date) ? parts.pop() : null;
    if (fact.place) {
      const at = parts.findIndex((p) => p.text === fact.place!.text);
      if (at >= 0) parts[at] = { text: fact.place.text, inferredFrom: fact.place.inferredFrom, what: "place" };
    }
    const known = fact.date && fact.date.precision !== "UNKNOWN" && fact.date.date ? fact.date : null;
    if (known) parts.push({ text: formatDateValue(known), inferredFrom: known.inferredFrom, what: "date" });
    else if (dated) parts.push(dated);
    return {
      type: h.type, slug: h.slug, href: hrefFor(h.type, h.slug), title: toSegments(h.title),
      context: parts.map((p) => withCertainty(p.text, p.inferredFrom)).join(" · "),
      contextParts: parts,
      date: known,
      snippet: toSegments(h.snippet ?? ""),
    };
  });
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

/**
 * The search's filters with their sector and region slugs resolved, for
 * paging one record type by id (the API's lists). Slugs that name no
 * published sector or region are returned in `unknown`, not dropped: the API
 * refuses them. No spelling correction: a list holds what the text matches as typed.
 */
export async function resolveListFilters(params: SearchParams, type: SearchRecordType): Promise<{ resolved: ResolvedSearch; unknown: { name: string; reason: string }[] }> {
  const [sectors, region] = await Promise.all([
    params.sectors.length ? db().sector.findMany({ where: { slug: { in: params.sectors }, ...PUBLISHED }, select: { id: true, slug: true } }) : [],
    params.region ? db().region.findFirst({ where: { slug: params.region, ...PUBLISHED }, select: { id: true } }) : null,
  ]);
  const unknown = params.sectors.filter((slug) => !sectors.some((s) => s.slug === slug)).map((slug) => ({ name: "sector", reason: `"${slug}" is not a sector in the directory` }));
  if (params.region && !region) unknown.push({ name: "region", reason: `"${params.region}" is not a region in the directory` });
  return { resolved: { params, sectorIds: sectors.map((s) => s.id), regionId: region?.id ?? null, onlyTypes: [type] }, unknown };
}

/** The ids of the next `limit` published records matching `resolved`, after `afterId`, in id order. */
export async function searchIdsAfter(resolved: ResolvedSearch, afterId: number | null, limit: number): Promise<number[]> {
  const rows = await db().$queryRaw<{ id: number }[]>(buildIdsAfterSql(resolved, afterId, limit));
  return rows.map((r) => r.id);
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
