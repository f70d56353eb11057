import { Prisma } from "@/generated/prisma/client";
import { HIGHLIGHT_START, HIGHLIGHT_STOP } from "@/lib/highlight";
import { PAGE_SIZE, type SearchParams } from "@/lib/search-params";

// The search's SQL, built from already-validated parameters. Pure (no
// database), so tests can EXPLAIN exactly what the app runs. User text only
// ever travels as bind parameters, and websearch_to_tsquery never treats it
// as query syntax.

/** Search parameters with sector and region slugs resolved to ids. */
export type ResolvedSearch = {
  params: SearchParams;
  /** Selected sectors; a document matches any of them (an ecosystem matches its themes). */
  sectorIds: number[];
  regionId: number | null;
  /** Restrict to these record types regardless of params.types (the agreements list). */
  onlyTypes?: string[];
};

const HEADLINE_TITLE = `StartSel=${HIGHLIGHT_START}, StopSel=${HIGHLIGHT_STOP}, HighlightAll=true`;
const HEADLINE_BODY = `StartSel=${HIGHLIGHT_START}, StopSel=${HIGHLIGHT_STOP}, MaxWords=28, MinWords=12, MaxFragments=1, FragmentDelimiter=" … "`;

type Facet = "type" | "sector" | "side" | "country" | "region" | "kind" | "status" | "year";

const TYPE_TO_DB: Record<string, string> = {
  agreement: "AGREEMENT", region: "REGION", organisation: "ORGANISATION", mission: "MISSION", event: "EVENT", source: "SOURCE",
};

function facetCondition(facet: Facet, r: ResolvedSearch): Prisma.Sql | null {
  const p = r.params;
  switch (facet) {
    case "type": {
      const types = r.onlyTypes ?? p.types.map((t) => TYPE_TO_DB[t]);
      // Compared as the enum, not as text, so the ("recordType", "sortDate") index applies.
      if (types.length === 1) return Prisma.sql`b."recordType" = ${types[0]}::"SearchRecordType"`;
      return types.length ? Prisma.sql`b."recordType" = ANY(${types}::"SearchRecordType"[])` : null;
    }
    case "sector":
      return p.sectors.length ? Prisma.sql`b."sectorIds" && ${r.sectorIds}::int[]` : null;
    case "side":
      return p.side ? Prisma.sql`b.sides @> ARRAY[${p.side.toUpperCase()}]::text[]` : null;
    case "country":
      return p.country ? Prisma.sql`b.countries @> ARRAY[${p.country}]::text[]` : null;
    case "region":
      return p.region ? Prisma.sql`b."regionIds" @> ARRAY[${r.regionId ?? -1}]::int[]` : null;
    case "kind":
      return p.kinds.length ? Prisma.sql`b."agreementKind"::text = ANY(${p.kinds}::text[])` : null;
    case "status":
      return p.statuses.length ? Prisma.sql`b."agreementStatus"::text = ANY(${p.statuses}::text[])` : null;
    case "year": {
      if (p.from === undefined && p.to === undefined) return null;
      // A document's year is the year of its sortDate (kizuna_search_refresh
      // takes both from one date), so the same range on sortDate is implied;
      // stated, it lets the newest-first page start in the sortDate index at
      // the end of the range instead of walking to it.
      const from = p.from ?? 1900, to = p.to ?? 2100;
      return Prisma.sql`(b.year BETWEEN ${from} AND ${to} AND b."sortDate" >= make_date(${from}, 1, 1) AND b."sortDate" < make_date(${to + 1}, 1, 1))`;
    }
  }
}

const FACETS: Facet[] = ["type", "sector", "side", "country", "region", "kind", "status", "year"];

/** All facet conditions, or all but one (a facet's counts ignore its own selection). */
function conditions(r: ResolvedSearch, except?: Facet): Prisma.Sql[] {
  return FACETS.filter((f) => f !== except)
    .map((f) => facetCondition(f, r))
    .filter((x): x is Prisma.Sql => x !== null);
}

function where(r: ResolvedSearch, extra: Prisma.Sql[] = [], except?: Facet): Prisma.Sql {
  const parts = [...conditions(r, except), ...extra];
  return parts.length ? Prisma.sql`WHERE ${Prisma.join(parts, " AND ")}` : Prisma.empty;
}

const COLUMNS = Prisma.sql`d."recordType", d."recordId", d."sectorIds", d."regionIds", d.countries, d.sides,
           d."agreementKind", d."agreementStatus", d.year, d."sortDate", d.title`;

function typeScope(r: ResolvedSearch): Prisma.Sql {
  return r.onlyTypes ? Prisma.sql`AND d."recordType" = ANY(${r.onlyTypes}::"SearchRecordType"[])` : Prisma.empty;
}

/**
 * The CTEs every statement starts from: `base`, the rows the text matches
 * (before facets) with their score.
 *
 * With text, full-text matching (stems, accents, synonyms) runs once and is
 * materialised; only when it finds nothing does the typo-tolerant trigram
 * match on names run ("ocitanie", "lyonbiopol", "京都"): trigram similarity is
 * costly per row, and on every query it made common words slow and drowned
 * exact matches in near ones.
 *
 * Without text, `base` is every published document and is NOT materialised,
 * so each count and the page push their own filters down to the indexes.
 */
function withBase(r: ResolvedSearch): Prisma.Sql {
  const q = r.params.q;
  if (!q) {
    return Prisma.sql`WITH base AS NOT MATERIALIZED (
      SELECT ${COLUMNS}, 0::real AS score FROM "SearchDocument" d WHERE d.status = 'PUBLISHED' ${typeScope(r)})`;
  }
  return Prisma.sql`WITH fts AS MATERIALIZED (
      SELECT ${COLUMNS}, ts_rank_cd(d.document, kizuna_tsq(${q}), 32) + (d.names = kizuna_norm(${q}))::int AS score
      FROM "SearchDocument" d
      WHERE d.status = 'PUBLISHED' ${typeScope(r)} AND d.document @@ kizuna_tsq(${q})
    ),
    base AS MATERIALIZED (
      SELECT * FROM fts
      UNION ALL
      SELECT ${COLUMNS}, word_similarity(kizuna_norm(${q}), d.names) AS score
      FROM "SearchDocument" d
      WHERE d.status = 'PUBLISHED' ${typeScope(r)} AND kizuna_norm(${q}) <% d.names AND NOT EXISTS (SELECT 1 FROM fts)
    )`;
}

/** Facets whose counts need no live counting: no text, and no other filter than the facet itself. */
function precomputed(r: ResolvedSearch, facet: Facet): boolean {
  return !r.params.q && !r.onlyTypes && conditions(r, facet).length === 0;
}

/** The sum of the precomputed counts of `facet` over `values` (a text[]), or the number of published documents. */
function precomputedSum(facet: Facet, values: Prisma.Sql): Prisma.Sql;
function precomputedSum(facet: "total"): Prisma.Sql;
function precomputedSum(facet: Facet | "total", values?: Prisma.Sql): Prisma.Sql {
  return values
    ? Prisma.sql`(SELECT coalesce(sum(n), 0)::int FROM "SearchFacetCount" WHERE facet = ${facet} AND value = ANY(${values}))`
    : Prisma.sql`(SELECT coalesce(sum(n), 0)::int FROM "SearchFacetCount" WHERE facet = 'total')`;
}

/** The documents of these record types (lower case), or all of them when none is given. */
function typeCount(types: string[]): Prisma.Sql {
  return types.length ? precomputedSum("type", Prisma.sql`${types}::text[]`) : precomputedSum("total");
}

/** The number of matching rows; read from the precomputed counts when nothing filters. */
function total(r: ResolvedSearch): Prisma.Sql {
  if (!r.params.q && conditions(r, "type").length === 0) return typeCount(r.onlyTypes?.map((t) => t.toLowerCase()) ?? r.params.types);
  return Prisma.sql`(SELECT count(*)::int FROM base b ${where(r)})`;
}

/**
 * Counts per value of one facet over the matched rows, with every other facet
 * applied: how many results choosing that value would give. `unnest` spreads
 * array facets (a document has several sectors, regions, countries).
 */
function counts(r: ResolvedSearch, facet: Facet, value: Prisma.Sql, options: { unnest?: boolean; limit?: number } = {}): Prisma.Sql {
  if (precomputed(r, facet)) {
    const cap = options.limit ? Prisma.sql`ORDER BY n DESC, value LIMIT ${options.limit}` : Prisma.empty;
    return Prisma.sql`(SELECT coalesce(json_agg(json_build_array(value, n)), '[]'::json) FROM (
      SELECT value, n FROM "SearchFacetCount" WHERE facet = ${facet} ${cap}) x)`;
  }
  const from = options.unnest ? Prisma.sql`base b CROSS JOIN LATERAL unnest(${value}) AS u(v)` : Prisma.sql`(SELECT b.*, ${value} AS v FROM base b) b`;
  const cap = options.limit ? Prisma.sql`ORDER BY n DESC, v LIMIT ${options.limit}` : Prisma.empty;
  return Prisma.sql`(SELECT coalesce(json_agg(json_build_array(v, n)), '[]'::json) FROM (
      SELECT v, count(*)::int AS n FROM ${from} ${where(r, [Prisma.sql`v IS NOT NULL`], facet)} GROUP BY v ${cap}
    ) x)`;
}

/** Best match first; without query text, newest first. */
function orderBy(r: ResolvedSearch, alias: "b" | "p"): Prisma.Sql {
  const a = Prisma.raw(alias);
  return r.params.q
    ? Prisma.sql`${a}.score DESC, ${a}."sortDate" DESC NULLS LAST, ${a}.title, ${a}."recordId"`
    : Prisma.sql`${a}."sortDate" DESC NULLS LAST, ${a}.title, ${a}."recordId"`;
}

/**
 * Adds `regionNames` ([id, slug, name] of each region the region facet
 * counts) to a search statement, so labelling the facet needs no round trip
 * of its own. OFFSET 0 keeps the facet from being computed twice.
 */
function withRegionNames(statement: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`SELECT x.*,
      (SELECT coalesce(json_agg(json_build_array(g.id, g.slug, g.name)), '[]'::json) FROM "Region" g
        WHERE g.status = 'PUBLISHED' AND g.id IN (SELECT (e->>0)::int FROM json_array_elements(x.region) e)) AS "regionNames"
    FROM (${statement} OFFSET 0) x`;
}

/** One statement, one round trip: the page of hits, the total, and every facet's counts. */
export function buildSearchSql(r: ResolvedSearch): Prisma.Sql {
  const q = r.params.q;
  const offset = (r.params.page - 1) * PAGE_SIZE;
  const title = q ? Prisma.sql`ts_headline('kizuna_en', d.title, kizuna_tsq(${q}), ${HEADLINE_TITLE})` : Prisma.sql`d.title`;
  const snippet = q
    ? Prisma.sql`ts_headline('kizuna_en', left(d.body, 4000), kizuna_tsq(${q}), ${HEADLINE_BODY})`
    : Prisma.sql`left(d.body, 220)`;
  return withRegionNames(Prisma.sql`
    ${withBase(r)},
    page AS (
      SELECT b."recordType", b."recordId", b.score, b."sortDate", b.title FROM base b ${where(r)}
      ORDER BY ${orderBy(r, "b")} LIMIT ${PAGE_SIZE} OFFSET ${offset}
    )
    SELECT
      ${total(r)} AS total,
      (SELECT coalesce(json_agg(json_build_object(
          'type', lower(d."recordType"::text), 'slug', d.slug, 'title', ${title}, 'context', d.context,
          'snippet', ${snippet}, 'score', p.score) ORDER BY ${orderBy(r, "p")}), '[]'::json)
        FROM page p
        JOIN "SearchDocument" d ON d."recordType" = p."recordType" AND d."recordId" = p."recordId") AS hits,
      ${counts(r, "type", Prisma.sql`lower(b."recordType"::text)`)} AS "type",
      ${counts(r, "sector", Prisma.sql`b."sectorIds"`, { unnest: true })} AS sector,
      ${counts(r, "side", Prisma.sql`b.sides`, { unnest: true })} AS side,
      ${counts(r, "country", Prisma.sql`b.countries`, { unnest: true, limit: 60 })} AS country,
      ${counts(r, "region", Prisma.sql`b."regionIds"`, { unnest: true, limit: 40 })} AS region,
      ${counts(r, "kind", Prisma.sql`b."agreementKind"::text`)} AS kind,
      ${counts(r, "status", Prisma.sql`b."agreementStatus"::text`)} AS status,
      ${counts(r, "year", Prisma.sql`b.year`)} AS year`);
}

// ------------------------------------------------------------------ large result sets
//
// Reading every match costs a heap visit each (about 2-4 µs, more with ranking
// and counting), so a search over tens of thousands of matches cannot be both
// exact and fast. Above EXACT_LIMIT matches of the text alone (without text:
// of the most selective filter, from the precomputed counts), the statement
// of buildSampledSearchSql() is used instead of buildSearchSql():
// - facet counts are counted on a deterministic 1-in-L sample of the matches
//   (the 'kizuna sample L' lexemes, found by the GIN index along with the
//   words; migration 20261123020000_search_speed) and multiplied by L: a
//   facet with no selected value on the sample of the results (`sf`, which
//   the planner can read through the filters' indexes), a facet with one on
//   the sample of the matches without that facet's filter (`s`);
// - the total is exact when the filtered matches are at most EXACT_LIMIT or
//   when it is a precomputed count, otherwise estimated the same way;
// - with text, only the first EXACT_LIMIT + 1 filtered matches (in index
//   order, not by relevance) are ranked, so the best match of a very common
//   word can be missed; without text, the newest-first page is exact (sortDate index).
// Every estimated figure is flagged, and the UI and API say "about". Sets that
// the 1/64 sample puts at no more than SAMPLE_TARGET matches are counted exactly.

/** Matches up to which every figure is exact. */
export const EXACT_LIMIT = 1000;
/** Sample sizes, as in the migration: a document is in the 1-in-L sample when a hash of its key is 0 mod L. */
export const SAMPLE_LEVELS = [4, 16, 64, 256, 1024] as const;
/** The sample should hold about this many matches. */
const SAMPLE_TARGET = 1000;

export type MatchMode = "none" | "fts" | "trgm";
/**
 * `corrected`: full text found nothing for the query as typed, but did for
 * this spelling of it (each unknown word replaced by the closest word of the
 * names, kizuna_correct in migration 20261201000000_search_words); the
 * statements then search for it instead, by full text.
 */
export type Estimate = {
  mode: MatchMode;
  matches: number;
  corrected: string | null;
  /** Without text: the published documents in scope (the precomputed total), to weigh the filters against. */
  documents?: number;
  /** Without text and with two or more filters: at most how many documents the broadest set without one of them holds. */
  loose?: number;
};

/** Rows of the 1-in-`level` sample; every row for level 1. */
function sampleCondition(level: number): Prisma.Sql {
  return level === 1 ? Prisma.empty : Prisma.sql`AND d.document @@ ${sampleTsq(level)}`;
}

function sampleTsq(level: number): Prisma.Sql {
  return Prisma.raw(`'''kizuna sample ${Number(level)}'''::tsquery`);
}

function matchCondition(r: ResolvedSearch, mode: MatchMode): Prisma.Sql {
  const q = r.params.q;
  if (mode === "fts") return Prisma.sql`AND d.document @@ kizuna_tsq(${q})`;
  if (mode === "trgm") return Prisma.sql`AND kizuna_norm(${q}) <% d.names`;
  return Prisma.empty;
}

/**
 * What buildEstimateSql() does when full text finds nothing for the text:
 * look for a corrected spelling (and leave the counting to the estimate of
 * that spelling: `candidate`), count the trigram matches of the names, or stop.
 */
export type WhenNoMatch = "correct" | "trigram" | "stop";

/**
 * First, cheap step: whether the text matches by full text, and about how many
 * documents it matches before facets: 64 × its matches in the 1/64 sample,
 * which costs a 64th of the matches. When nothing matches, a corrected
 * spelling to try (completeEstimate() estimates it) or the trigram estimate of
 * the names (the last resort). Without text, bounds from the precomputed
 * counts (noTextEstimate).
 */
export function buildEstimateSql(r: ResolvedSearch, whenNoMatch: WhenNoMatch = "correct"): Prisma.Sql {
  const q = r.params.q;
  if (!q) {
    const { matches, loose } = noTextEstimate(r);
    return Prisma.sql`SELECT 'none' AS mode, ${matches} AS matches, NULL::text AS candidate, ${documentCount(r)} AS documents, ${loose} AS loose`;
  }
  const sampled = (mode: MatchMode) => Prisma.sql`(SELECT 64 * count(*)::int FROM "SearchDocument" d
      WHERE d.status = 'PUBLISHED' ${typeScope(r)} ${matchCondition(r, mode)} AND d.document @@ ${sampleTsq(64)})`;
  // The query text is always a bind parameter here, never a value computed in
  // the statement: with a tsquery the planner cannot see, it may read every
  // document and build the tsquery again for each (seconds at 1M).
  const candidate = whenNoMatch === "correct" ? Prisma.sql`kizuna_correct(${q})` : Prisma.sql`NULL::text`;
  // Found when the 1/64 sample holds a match (the count is needed anyway), else
  // asked of the GIN index by kizuna_any_match: an EXISTS here would read
  // every document when nothing matches.
  return Prisma.sql`WITH n AS MATERIALIZED (SELECT ${sampled("fts")} AS fts),
    f AS MATERIALIZED (SELECT n.fts > 0 OR kizuna_any_match(kizuna_tsq(${q}), ${r.onlyTypes ?? null}::"SearchRecordType"[]) AS found FROM n),
    c AS MATERIALIZED (SELECT CASE WHEN f.found THEN NULL ELSE ${candidate} END AS candidate FROM f)
    SELECT CASE WHEN f.found THEN 'fts' ELSE 'trgm' END AS mode,
      CASE WHEN f.found THEN n.fts WHEN c.candidate IS NOT NULL OR ${whenNoMatch === "stop"} THEN 0 ELSE ${sampled("trgm")} END AS matches,
      c.candidate, NULL::int AS documents, NULL::int AS loose
    FROM n, f, c`;
}

/**
 * The whole estimate, from the first one (`row`, of buildEstimateSql() or
 * buildContextSql()): when full text found nothing and a corrected spelling
 * exists, the estimate of that spelling by full text, or else the trigram
 * estimate of the text as typed. `run` runs a statement and returns its row.
 */
export async function completeEstimate(r: ResolvedSearch, row: EstimateRow, run: (sql: Prisma.Sql) => Promise<EstimateRow>): Promise<Estimate> {
  const first = readEstimate(row);
  if (!row.candidate) return first;
  const fixed = readEstimate(await run(buildEstimateSql({ ...r, params: { ...r.params, q: row.candidate } }, "stop")));
  if (fixed.mode === "fts") return { ...fixed, corrected: row.candidate };
  return readEstimate(await run(buildEstimateSql(r, "trigram")));
}

/**
 * The first round trip of a search: the published sectors (to resolve the
 * sector slugs and label their counts), the region of the `region` parameter,
 * and the estimate of buildEstimateSql(). Only params.q, params.region and
 * onlyTypes are read.
 */
export function buildContextSql(r: Pick<ResolvedSearch, "params" | "onlyTypes">): Prisma.Sql {
  return Prisma.sql`SELECT
      (SELECT coalesce(json_agg(json_build_array(s.id, s.slug, s.name, parent.slug)
          -- Taxonomy order: each ecosystem, then its themes.
          ORDER BY coalesce(parent.position, s.position), coalesce(parent.name, s.name), s."parentId" IS NOT NULL, s.position, s.name), '[]'::json)
        FROM "Sector" s LEFT JOIN "Sector" parent ON parent.id = s."parentId" WHERE s.status = 'PUBLISHED') AS sectors,
      (SELECT json_build_array(g.id, g.name) FROM "Region" g WHERE g.slug = ${r.params.region ?? null}::text AND g.status = 'PUBLISHED') AS region,
      e.mode, e.matches, e.candidate, e.documents, e.loose
    FROM (${buildEstimateSql({ ...r, sectorIds: [], regionId: null })}) e`;
}

/** The published documents in scope: all, or those of `onlyTypes` (precomputed counts). */
function documentCount(r: Pick<ResolvedSearch, "onlyTypes">): Prisma.Sql {
  return typeCount(r.onlyTypes?.map((t) => t.toLowerCase()) ?? []);
}

/** The published documents dated in the year range (precomputed counts). */
function yearCount(p: SearchParams): Prisma.Sql {
  return Prisma.sql`(SELECT coalesce(sum(n), 0)::int FROM "SearchFacetCount"
    WHERE facet = 'year' AND value ~ '^[0-9]{1,4}$' AND value::int BETWEEN ${p.from ?? 1900} AND ${p.to ?? 2100})`;
}

/**
 * Per selected facet: the documents that have one of its values (precomputed
 * counts; summed over the values, as a document may have several).
 */
function facetBounds(r: Pick<ResolvedSearch, "params" | "onlyTypes">): Partial<Record<Facet, Prisma.Sql>> {
  const p = r.params;
  const sum = precomputedSum;
  // Slugs that name nothing are dropped by the search, so they bound nothing (NULL, which LEAST ignores).
  const ids = (facet: Facet, values: Prisma.Sql) => Prisma.sql`(CASE WHEN cardinality(${values}) = 0 THEN NULL ELSE ${sum(facet, values)} END)`;
  const bounds: Partial<Record<Facet, Prisma.Sql>> = {};
  if (!r.onlyTypes && p.types.length) bounds.type = sum("type", Prisma.sql`${p.types}::text[]`);
  if (p.sectors.length) {
    bounds.sector = ids("sector", Prisma.sql`ARRAY(SELECT id::text FROM "Sector" WHERE status = 'PUBLISHED' AND slug = ANY(${p.sectors}::text[]))`);
  }
  if (p.side) bounds.side = sum("side", Prisma.sql`ARRAY[${p.side.toUpperCase()}]::text[]`);
  if (p.country) bounds.country = sum("country", Prisma.sql`ARRAY[${p.country}]::text[]`);
  if (p.region) {
    bounds.region = ids("region", Prisma.sql`ARRAY(SELECT id::text FROM "Region" WHERE status = 'PUBLISHED' AND slug = ${p.region}::text)`);
  }
  if (p.kinds.length) bounds.kind = sum("kind", Prisma.sql`${p.kinds}::text[]`);
  if (p.statuses.length) bounds.status = sum("status", Prisma.sql`${p.statuses}::text[]`);
  if (p.from !== undefined || p.to !== undefined) {
    bounds.year = yearCount(p);
  }
  return bounds;
}

/**
 * Without text: at most how many documents the filters leave (`matches`), and
 * at most how many the broadest of the sets without one selected facet holds
 * (`loose`: what a selected facet's own counts are counted over), from the
 * precomputed counts. Each selected facet bounds the result by the documents
 * that have its values, so the smallest of those bounds it all: `type=source`
 * is 8 documents, and is then counted exactly, not on a sample. Slugs are
 * resolved here, in SQL, because this runs in the round trip that resolves
 * them for the rest.
 */
function noTextEstimate(r: Pick<ResolvedSearch, "params" | "onlyTypes">): { matches: Prisma.Sql; loose: Prisma.Sql } {
  const bounds = facetBounds(r);
  const least = (list: Prisma.Sql[]) => (list.length === 1 ? list[0] : Prisma.sql`LEAST(${Prisma.join(list, ", ")})`);
  const selected = Object.keys(bounds) as Facet[];
  const all = least([documentCount(r), ...selected.map((f) => bounds[f]!)]);
  if (selected.length < 2) return { matches: all, loose: Prisma.sql`NULL::int` };
  const without = selected.map((f) => least([documentCount(r), ...selected.filter((g) => g !== f).map((g) => bounds[g]!)]));
  return { matches: all, loose: Prisma.sql`GREATEST(${Prisma.join(without, ", ")})` };
}

/** A row of buildEstimateSql(). `candidate`: a corrected spelling to estimate next (completeEstimate). */
export type EstimateRow = { mode: string; matches: number; candidate?: string | null; documents?: number | null; loose?: number | null };

export function readEstimate(row: EstimateRow): Estimate {
  const optional = (name: "documents" | "loose") => (row[name] === undefined || row[name] === null ? {} : { [name]: Number(row[name]) });
  return { mode: row.mode as MatchMode, matches: Number(row.matches), corrected: null, ...optional("documents"), ...optional("loose") };
}

/**
 * The statement a search runs once its estimate is known: exact for small
 * sets, on a sample for large ones. Without text and with a selective filter
 * (at most an eighth of the documents), the sample of the results is read
 * through the filters' indexes; otherwise it is filtered from the sample of
 * every document, which is cheaper when the filters keep much of it.
 */
export function planSearch(r: ResolvedSearch, e: Estimate): { level: number; statement: Prisma.Sql } {
  const level = sampleLevel(r, e);
  // The counts of a selected facet are counted over more documents than the
  // results: without text, on a sample sized for the broadest such set (a
  // handful of results, `type=source&side=europe`, can still mean counting
  // every European document for the type facet).
  const looseLevel = !r.params.q && e.loose !== undefined ? sampleLevel(r, { ...e, matches: Math.max(e.matches, e.loose) }) : level;
  if (level === 1 && looseLevel === 1) return { level, statement: buildSearchSql(r) };
  const prefilter = !r.params.q && e.documents !== undefined && e.matches * 8 <= e.documents;
  return { level, statement: buildSampledSearchSql(r, e.mode, level, { prefilter, looseLevel }) };
}

/** The search to run: with the corrected spelling of the text when the estimate found one. */
export function withCorrection(r: ResolvedSearch, e: Estimate): ResolvedSearch {
  return e.corrected ? { ...r, params: { ...r.params, q: e.corrected } } : r;
}

/**
 * The sample to count on: 1 (count everything: buildSearchSql) while the
 * matches are few, and without text when no filter is set (every count is
 * precomputed then).
 */
export function sampleLevel(r: ResolvedSearch, e: Estimate): number {
  if (e.matches <= SAMPLE_TARGET) return 1;
  if (!r.params.q && conditions(r).length === 0) return 1;
  return SAMPLE_LEVELS.find((level) => e.matches / level <= SAMPLE_TARGET) ?? SAMPLE_LEVELS[SAMPLE_LEVELS.length - 1];
}

/**
 * The rows a selected facet's counts can need: those meeting every filter but
 * at most one ((B AND C) OR (A AND C) OR (A AND B) for three), written out so
 * that the planner can combine the filters' indexes. Nothing with fewer than
 * two filters.
 */
function allButOne(r: ResolvedSearch): Prisma.Sql {
  const active = FACETS.filter((f) => facetCondition(f, r) !== null);
  if (active.length < 2) return Prisma.empty;
  const groups = active.map((f) => Prisma.sql`(${Prisma.join(conditions(r, f), " AND ")})`);
  return Prisma.sql`WHERE ${Prisma.join(groups, " OR ")}`;
}

/** A single selected value of one facet, no text: its precomputed count is the exact total. */
function precomputedTotal(r: ResolvedSearch): Prisma.Sql | null {
  const p = r.params;
  if (p.q || r.onlyTypes) return null;
  const active = FACETS.filter((f) => facetCondition(f, r) !== null);
  if (active.length !== 1) return null;
  const one = (facet: Facet, value: string) => precomputedSum(facet, Prisma.sql`ARRAY[${value}]::text[]`);
  switch (active[0]) {
    case "type": return typeCount(p.types);
    case "sector": return r.sectorIds.length === 1 ? one("sector", String(r.sectorIds[0])) : null;
    case "side": return one("side", p.side!.toUpperCase());
    case "country": return one("country", p.country!);
    case "region": return r.regionId !== null ? one("region", String(r.regionId)) : null;
    case "kind": return p.kinds.length === 1 ? one("kind", p.kinds[0]) : null;
    case "status": return p.statuses.length === 1 ? one("status", p.statuses[0]) : null;
    case "year": return yearCount(p);
    default: return null;
  }
}

/**
 * The statement for large match sets (see above). The columns of
 * buildSearchSql(), plus `approximate` (per facet, and `total`) and `ranked`
 * (how many matches the page order covers).
 */
export function buildSampledSearchSql(
  r: ResolvedSearch, mode: MatchMode, level: number, options: { prefilter?: boolean; looseLevel?: number } = {},
): Prisma.Sql {
  const { prefilter = false, looseLevel = level } = options;
  const q = r.params.q;
  const offset = (r.params.page - 1) * PAGE_SIZE;
  const score = mode === "fts"
    ? Prisma.sql`ts_rank_cd(d.document, kizuna_tsq(${q}), 32) + (d.names = kizuna_norm(${q}))::int`
    : mode === "trgm" ? Prisma.sql`word_similarity(kizuna_norm(${q}), d.names)` : Prisma.sql`0::real`;
  const title = q ? Prisma.sql`ts_headline('kizuna_en', d.title, kizuna_tsq(${q}), ${HEADLINE_TITLE})` : Prisma.sql`d.title`;
  const snippet = q
    ? Prisma.sql`ts_headline('kizuna_en', left(d.body, 4000), kizuna_tsq(${q}), ${HEADLINE_BODY})`
    : Prisma.sql`left(d.body, 220)`;
  // Without text, the page comes from the sortDate index over every match; with
  // text, from the first matches, ranked.
  const pageFrom = q ? Prisma.sql`r b` : Prisma.sql`base b ${where(r)}`;
  // The exact total when it is precomputed; otherwise the matches counted up to EXACT_LIMIT + 1.
  const exactTotal = precomputedTotal(r);
  // Read by most facets: counted once (rc).
  const rCount = Prisma.sql`(SELECT n FROM rc)`;
  const facetSql = (facet: Facet, value: Prisma.Sql, options: { unnest?: boolean; limit?: number } = {}) => {
    if (precomputed(r, facet)) return { counts: counts(r, facet, value, options), approximate: Prisma.sql`false` };
    const cap = options.limit ? Prisma.sql`ORDER BY n DESC, v LIMIT ${options.limit}` : Prisma.empty;
    const over = (from: Prisma.Sql, scale: number, except?: Facet) => {
      const rows = options.unnest ? Prisma.sql`${from} b CROSS JOIN LATERAL unnest(${value}) AS u(v)` : Prisma.sql`(SELECT b.*, ${value} AS v FROM ${from} b) b`;
      return Prisma.sql`(SELECT coalesce(json_agg(json_build_array(v, n)), '[]'::json) FROM (
        SELECT v, (count(*) * ${scale})::int AS n FROM ${rows} ${where(r, [Prisma.sql`v IS NOT NULL`], except)} GROUP BY v ${cap}) x)`;
    };
    // A facet with no selected value counts the result set itself: exactly when
    // it is small, otherwise on the sample of the result set (sf).
    if (facetCondition(facet, r) === null) {
      return {
        counts: Prisma.sql`CASE WHEN ${rCount} <= ${EXACT_LIMIT} THEN ${over(Prisma.sql`r`, 1)} ELSE ${over(Prisma.sql`sf`, level)} END`,
        approximate: level === 1 ? Prisma.sql`false` : Prisma.sql`${rCount} > ${EXACT_LIMIT}`,
      };
    }
    // A facet with a selected value counts without it: on the sample of the
    // matches that meet every other filter (s).
    return { counts: over(Prisma.sql`s`, looseLevel, facet), approximate: looseLevel === 1 ? Prisma.sql`false` : Prisma.sql`true` };
  };
  const facets = {
    type: facetSql("type", Prisma.sql`lower(b."recordType"::text)`),
    sector: facetSql("sector", Prisma.sql`b."sectorIds"`, { unnest: true }),
    side: facetSql("side", Prisma.sql`b.sides`, { unnest: true }),
    country: facetSql("country", Prisma.sql`b.countries`, { unnest: true, limit: 60 }),
    region: facetSql("region", Prisma.sql`b."regionIds"`, { unnest: true, limit: 40 }),
    kind: facetSql("kind", Prisma.sql`b."agreementKind"::text`),
    status: facetSql("status", Prisma.sql`b."agreementStatus"::text`),
    year: facetSql("year", Prisma.sql`b.year`),
  };
  return withRegionNames(Prisma.sql`
    WITH base AS NOT MATERIALIZED (
      SELECT ${COLUMNS}, ${score} AS score FROM "SearchDocument" d
      WHERE d.status = 'PUBLISHED' ${typeScope(r)} ${matchCondition(r, mode)}
    ),
    r AS MATERIALIZED (SELECT b.* FROM base b ${where(r)} LIMIT ${EXACT_LIMIT + 1}),
    rc AS MATERIALIZED (SELECT ${exactTotal ?? Prisma.sql`(SELECT count(*) FROM r)`}::int AS n),
    s AS MATERIALIZED (
      SELECT b.* FROM (SELECT ${COLUMNS} FROM "SearchDocument" d
        WHERE d.status = 'PUBLISHED' ${typeScope(r)} ${matchCondition(r, mode)} ${sampleCondition(looseLevel)}) b
      ${allButOne(r)}
    ),
    sf AS MATERIALIZED (${prefilter || looseLevel !== level
      ? Prisma.sql`SELECT b.* FROM (SELECT ${COLUMNS} FROM "SearchDocument" d
          WHERE d.status = 'PUBLISHED' ${typeScope(r)} ${matchCondition(r, mode)} ${sampleCondition(level)}) b ${where(r)}`
      : Prisma.sql`SELECT b.* FROM s b ${where(r)}`}
    ),
    page AS (
      SELECT b."recordType", b."recordId", b.score, b."sortDate", b.title FROM ${pageFrom}
      ORDER BY ${orderBy(r, "b")} LIMIT ${PAGE_SIZE} OFFSET ${offset}
    )
    SELECT
      CASE WHEN ${rCount} <= ${EXACT_LIMIT} THEN ${rCount}::int
           ELSE ${exactTotal ?? Prisma.sql`GREATEST(${rCount}, (SELECT (count(*) * ${level})::int FROM sf))`} END AS total,
      ${rCount}::int AS ranked,
      (SELECT coalesce(json_agg(json_build_object(
          'type', lower(d."recordType"::text), 'slug', d.slug, 'title', ${title}, 'context', d.context,
          'snippet', ${snippet}, 'score', p.score) ORDER BY ${orderBy(r, "p")}), '[]'::json)
        FROM page p
        JOIN "SearchDocument" d ON d."recordType" = p."recordType" AND d."recordId" = p."recordId") AS hits,
      ${facets.type.counts} AS "type",
      ${facets.sector.counts} AS sector,
      ${facets.side.counts} AS side,
      ${facets.country.counts} AS country,
      ${facets.region.counts} AS region,
      ${facets.kind.counts} AS kind,
      ${facets.status.counts} AS status,
      ${facets.year.counts} AS year,
      json_build_object(
        'total', ${rCount} > ${EXACT_LIMIT} AND ${Prisma.raw(exactTotal === null && level > 1 ? "true" : "false")},
        ${Prisma.join(Object.entries(facets).map(([name, f]) => Prisma.sql`${Prisma.raw(`'${name}'`)}, ${f.approximate}`), ", ")}) AS approximate`);
}

/** Only the ids of one page and the total, for lists that need no facets (the agreements list). */
export function buildIdsSql(r: ResolvedSearch, pageSize: number): Prisma.Sql {
  return Prisma.sql`
    ${withBase(r)},
    page AS (
      SELECT b."recordId", b.score, b."sortDate", b.title FROM base b ${where(r)}
      ORDER BY ${orderBy(r, "b")} LIMIT ${pageSize} OFFSET ${(r.params.page - 1) * pageSize}
    )
    SELECT ${total(r)} AS total,
      (SELECT coalesce(array_agg(p."recordId" ORDER BY ${orderBy(r, "p")}), '{}') FROM page p) AS ids`;
}

/**
 * The ids of the next `limit` matches after `afterId`, in id order (the API's
 * lists and exports, paged by cursor). Id order is what makes the paging
 * stable; the primary key ("recordType", "recordId") reads it in order.
 */
export function buildIdsAfterSql(r: ResolvedSearch, afterId: number | null, limit: number): Prisma.Sql {
  const after = afterId === null ? [] : [Prisma.sql`b."recordId" > ${afterId}`];
  return Prisma.sql`
    ${withBase(r)}
    SELECT b."recordId" AS id FROM base b ${where(r, after)}
    ORDER BY b."recordId" LIMIT ${limit}`;
}
