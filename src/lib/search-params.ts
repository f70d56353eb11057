import { z } from "zod";
import { AGREEMENT_KIND_LABELS, AGREEMENT_STATUS_LABELS } from "./labels";
import { SLUG_PATTERN } from "./slugs";
import { searchText } from "./text";

// The search's parameters, as they appear in the URL of /search, of
// /api/v1/search and of the agreements list. One parser for all of them, used
// on the server (and importable by client components): every value is either
// understood or reported in `ignored` — a bad value never becomes an error.

export const RECORD_TYPES = ["agreement", "region", "organisation", "mission", "event", "source"] as const;
export type RecordTypeParam = (typeof RECORD_TYPES)[number];
export const SIDES = ["europe", "japan", "elsewhere"] as const;
export const AGREEMENT_KINDS = Object.keys(AGREEMENT_KIND_LABELS) as [string, ...string[]];
export const AGREEMENT_STATUSES = Object.keys(AGREEMENT_STATUS_LABELS) as [string, ...string[]];

/** Longest query text we search for; longer input is cut (and the cut is reported). */
export const MAX_QUERY_LENGTH = 200;
export const MAX_PAGE = 500;
export const PAGE_SIZE = 20;
/** Most values a repeatable parameter keeps (sector, kind…). */
export const MAX_VALUES = 20;

export type SearchParams = {
  q: string;
  types: RecordTypeParam[];
  sectors: string[];
  side?: (typeof SIDES)[number];
  country?: string;
  region?: string;
  kinds: string[];
  statuses: string[];
  from?: number;
  to?: number;
  page: number;
};

export type RawParams = Record<string, string | string[] | undefined> | URLSearchParams;

const slug = z.string().trim().toLowerCase().max(80).regex(SLUG_PATTERN);
const year = z.coerce.number().int().min(1900).max(2100);

/**
 * Every parameter the search and the agreements list share, parsed the same
 * way wherever it appears (src/lib/agreement-filters.ts takes its own from
 * here): one slug rule, one country rule, one page limit.
 */
export const SHARED_PARAMS = {
  region: slug,
  country: z.string().trim().toUpperCase().regex(/^[A-Z]{2}$/),
  sector: slug,
  kind: z.string().trim().toUpperCase().pipe(z.enum(AGREEMENT_KINDS)),
  year,
  page: z.coerce.number().int().min(1).max(MAX_PAGE),
} as const;

/** The single-valued parameters' rules (the JSON API parses its own query with the same ones: src/lib/api/schemas.ts). */
export const SEARCH_SINGLE_PARAMS = {
  side: z.string().trim().toLowerCase().pipe(z.enum(SIDES)),
  country: SHARED_PARAMS.country,
  region: SHARED_PARAMS.region,
  from: SHARED_PARAMS.year,
  to: SHARED_PARAMS.year,
  page: SHARED_PARAMS.page,
} as const;
/** The repeatable parameters' rules, per value. */
export const SEARCH_LIST_PARAMS = {
  type: z.string().trim().toLowerCase().pipe(z.enum(RECORD_TYPES)),
  sector: SHARED_PARAMS.sector,
  kind: SHARED_PARAMS.kind,
  status: z.string().trim().toUpperCase().pipe(z.enum(AGREEMENT_STATUSES)),
} as const;

/** The parameters the search knows; any other is reported ("unknown parameter year"). */
export const SEARCH_PARAM_NAMES = ["q", ...Object.keys(SEARCH_SINGLE_PARAMS), ...Object.keys(SEARCH_LIST_PARAMS)] as readonly string[];
/** Unknown parameters named one by one, up to this many (a URL can carry thousands). */
const MAX_UNKNOWN_REPORTED = 10;

function values(raw: RawParams, key: string): string[] {
  if (raw instanceof URLSearchParams) return raw.getAll(key);
  const value = raw[key];
  return value === undefined ? [] : Array.isArray(value) ? value : [value];
}

function keys(raw: RawParams): string[] {
  return raw instanceof URLSearchParams ? [...new Set(raw.keys())] : Object.keys(raw).filter((k) => raw[k] !== undefined);
}

/** Every value of a repeatable parameter, repeated (`sector=a&sector=b`) or comma-separated (`sector=a,b`). */
export function listValues(raw: RawParams, key: string): string[] {
  return values(raw, key).flatMap((v) => v.split(",")).filter((v) => v.trim() !== "");
}

/** The first non-empty value of a parameter (a repeated single-valued parameter keeps its first). */
export function firstValue(raw: RawParams, key: string): string | undefined {
  return values(raw, key).find((v) => v.trim() !== "");
}

/** "unknown parameter year" for each parameter not in `known`, so that a typo is seen rather than silently dropped. */
export function unknownParameters(raw: RawParams, known: readonly string[]): string[] {
  const unknown = keys(raw).filter((k) => !known.includes(k));
  const named = unknown.slice(0, MAX_UNKNOWN_REPORTED).map((k) => `unknown parameter ${[...k].slice(0, 40).join("")}`);
  const rest = unknown.length - named.length;
  return rest > 0 ? [...named, `${rest} more unknown parameter${rest === 1 ? "" : "s"}`] : named;
}

export function parseSearchParams(raw: RawParams): { params: SearchParams; ignored: string[] } {
  const ignored: string[] = [];
  const q = searchText(values(raw, "q"), MAX_QUERY_LENGTH);
  if (!q.ok) ignored.push(`q: ${q.message}`);
  else if (q.cut) ignored.push(`q (cut to ${MAX_QUERY_LENGTH} characters)`);
  const params: SearchParams = { q: q.ok ? q.text : "", types: [], sectors: [], kinds: [], statuses: [], page: 1 };

  for (const key of Object.keys(SEARCH_SINGLE_PARAMS) as (keyof typeof SEARCH_SINGLE_PARAMS)[]) {
    const first = firstValue(raw, key);
    if (first === undefined) continue;
    const parsed = SEARCH_SINGLE_PARAMS[key].safeParse(first);
    if (parsed.success) (params as Record<string, unknown>)[key] = parsed.data;
    else ignored.push(key);
  }
  const lists = { type: "types", sector: "sectors", kind: "kinds", status: "statuses" } as const;
  for (const key of Object.keys(SEARCH_LIST_PARAMS) as (keyof typeof SEARCH_LIST_PARAMS)[]) {
    const seen = new Set<string>();
    for (const value of listValues(raw, key)) {
      const parsed = SEARCH_LIST_PARAMS[key].safeParse(value);
      if (!parsed.success) ignored.push(key);
      else if (seen.size < MAX_VALUES) seen.add(parsed.data);
    }
    (params[lists[key]] as string[]) = [...seen];
  }
  if (params.from !== undefined && params.to !== undefined && params.from > params.to) {
    [params.from, params.to] = [params.to, params.from];
  }
  ignored.push(...unknownParameters(raw, SEARCH_PARAM_NAMES));
  return { params, ignored: [...new Set(ignored)] };
}

/** The URL query string for a set of parameters (what links and the API use). */
export function searchQueryString(params: Partial<SearchParams>): string {
  const out = new URLSearchParams();
  if (params.q) out.set("q", params.q);
  for (const t of params.types ?? []) out.append("type", t);
  for (const s of params.sectors ?? []) out.append("sector", s);
  if (params.side) out.set("side", params.side);
  if (params.country) out.set("country", params.country);
  if (params.region) out.set("region", params.region);
  for (const k of params.kinds ?? []) out.append("kind", k.toLowerCase());
  for (const s of params.statuses ?? []) out.append("status", s.toLowerCase());
  if (params.from !== undefined) out.set("from", String(params.from));
  if (params.to !== undefined) out.set("to", String(params.to));
  if (params.page && params.page > 1) out.set("page", String(params.page));
  const text = out.toString();
  return text ? `?${text}` : "";
}

type ListFacet = "types" | "sectors" | "kinds" | "statuses";
type SingleFacet = "side" | "country" | "region";

/** The parameters with one facet value switched on or off, back on page 1 (for facet links). */
export function toggleFacet(params: SearchParams, facet: ListFacet | SingleFacet, value: string): SearchParams {
  const next: SearchParams = { ...params, page: 1 };
  if (facet === "types" || facet === "sectors" || facet === "kinds" || facet === "statuses") {
    const list = params[facet] as string[];
    (next[facet] as string[]) = list.includes(value) ? list.filter((v) => v !== value) : [...list, value];
  } else {
    (next as Record<string, unknown>)[facet] = params[facet] === value ? undefined : value;
  }
  return next;
}
