import { z } from "zod";
import { AGREEMENT_KIND_LABELS, AGREEMENT_STATUS_LABELS } from "./labels";
import { SLUG_PATTERN } from "./slugs";

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
const MAX_VALUES = 20;

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
const single = {
  side: z.string().trim().toLowerCase().pipe(z.enum(SIDES)),
  country: z.string().trim().toUpperCase().regex(/^[A-Z]{2}$/),
  region: slug,
  from: year,
  to: year,
  page: z.coerce.number().int().min(1).max(MAX_PAGE),
} as const;
const multi = {
  type: z.string().trim().toLowerCase().pipe(z.enum(RECORD_TYPES)),
  sector: slug,
  kind: z.string().trim().toUpperCase().pipe(z.enum(AGREEMENT_KINDS)),
  status: z.string().trim().toUpperCase().pipe(z.enum(AGREEMENT_STATUSES)),
} as const;

function values(raw: RawParams, key: string): string[] {
  if (raw instanceof URLSearchParams) return raw.getAll(key);
  const value = raw[key];
  return value === undefined ? [] : Array.isArray(value) ? value : [value];
}

/** Removes what PostgreSQL cannot store (NUL) and other control characters, folds white space. */
export function cleanQueryText(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f]+/g, " ").replace(/\s+/g, " ").trim();
}

export function parseSearchParams(raw: RawParams): { params: SearchParams; ignored: string[] } {
  const ignored: string[] = [];
  const rawQ = cleanQueryText(values(raw, "q").join(" "));
  if (rawQ.length > MAX_QUERY_LENGTH) ignored.push("q (cut to 200 characters)");
  const params: SearchParams = { q: [...rawQ].slice(0, MAX_QUERY_LENGTH).join("").trim(), types: [], sectors: [], kinds: [], statuses: [], page: 1 };

  for (const key of Object.keys(single) as (keyof typeof single)[]) {
    const first = values(raw, key).find((v) => v.trim() !== "");
    if (first === undefined) continue;
    const parsed = single[key].safeParse(first);
    if (parsed.success) (params as Record<string, unknown>)[key] = parsed.data;
    else ignored.push(key);
  }
  const lists = { type: "types", sector: "sectors", kind: "kinds", status: "statuses" } as const;
  for (const key of Object.keys(multi) as (keyof typeof multi)[]) {
    const seen = new Set<string>();
    for (const value of values(raw, key).flatMap((v) => v.split(","))) {
      if (value.trim() === "") continue;
      const parsed = multi[key].safeParse(value);
      if (!parsed.success) ignored.push(key);
      else if (seen.size < MAX_VALUES) seen.add(parsed.data);
    }
    (params[lists[key]] as string[]) = [...seen];
  }
  if (params.from !== undefined && params.to !== undefined && params.from > params.to) {
    [params.from, params.to] = [params.to, params.from];
  }
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
