import { firstValue, listValues, type SearchParams } from "../search-params";
import { searchText } from "../text";
import { decodeCursor } from "./cursor";
import {
  COLLECTION_FILTERS, COLLECTION_TYPE, DEFAULT_LIMIT, isRepeatable, LIST_QUERY_PARAMS, ListQuery, PAGING_PARAMS,
  type Collection, type ListParamName,
} from "./schemas";

// A list endpoint's query, parsed with the schemas of ./schemas.ts. Unlike the
// search page, which leaves a bad value out and says so, the API refuses the
// request (400) and names each parameter it refused: a script that asks for
// `side=jpn` must not silently get every side.

export type InvalidParam = { name: string; reason: string };

export type ListRequest = {
  collection: Collection;
  /** The search's parameters for the filters (types set to the collection's). */
  filters: SearchParams;
  /** The filters as given, for the `next` link. */
  filterQuery: URLSearchParams;
  /** Records after this id (null: from the start). */
  afterId: number | null;
  limit: number;
  format: "csv" | "json" | null;
};

export type ParsedList = { ok: true; request: ListRequest } | { ok: false; invalidParams: InvalidParam[] };

const KNOWN = Object.keys(LIST_QUERY_PARAMS) as ListParamName[];
const isKnown = (name: string): name is ListParamName => (KNOWN as string[]).includes(name);

function refuseName(collection: Collection, name: string): string | null {
  if (name === "type") return `the record type is the path (/api/v1/${collection}); the search across types is /api/v1/search`;
  if (name === "page") return "lists are paged by cursor: follow the `next` URL";
  if (!isKnown(name)) return "unknown parameter";
  if (!PAGING_PARAMS.includes(name) && !COLLECTION_FILTERS[collection].includes(name)) {
    return collection === "sectors" ? "the sectors list takes no filters" : `${collection} cannot be filtered by ${name}`;
  }
  return null;
}

export function parseListQuery(collection: Collection, raw: URLSearchParams): ParsedList {
  const invalid: InvalidParam[] = [];
  const values: Record<string, unknown> = {};
  const names = [...new Set(raw.keys())];
  for (const name of names.slice(0, 20)) {
    const refused = refuseName(collection, name);
    if (refused) {
      invalid.push({ name: [...name].slice(0, 40).join(""), reason: refused });
      continue;
    }
    const key = name as ListParamName;
    if (isRepeatable(key)) values[key] = listValues(raw, key);
    else if (raw.getAll(key).filter((v) => v.trim() !== "").length > 1) invalid.push({ name: key, reason: "given more than once" });
    else {
      const value = firstValue(raw, key);
      if (value !== undefined) values[key] = value;
    }
  }
  if (names.length > 20) invalid.push({ name: "…", reason: `${names.length - 20} more parameters` });

  const parsed = ListQuery.safeParse(values);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) invalid.push({ name: String(issue.path[0] ?? "query"), reason: issue.message });
  }
  const query = parsed.success ? parsed.data : null;
  let afterId: number | null = null;
  if (query?.cursor !== undefined) {
    afterId = decodeCursor(query.cursor);
    if (afterId === null) invalid.push({ name: "cursor", reason: "not a cursor this API gave: take it from a `next` URL" });
  }
  if (query?.format && (query.cursor !== undefined || query.limit !== undefined)) {
    invalid.push({ name: "format", reason: "an export holds every matching record: leave out cursor and limit" });
  }
  if (!query || invalid.length) return { ok: false, invalidParams: invalid };

  const q = query.q === undefined ? "" : (searchText(query.q, Number.POSITIVE_INFINITY) as { text: string }).text;
  const type = COLLECTION_TYPE[collection];
  const filters: SearchParams = {
    q,
    types: type === "sector" ? [] : [type],
    sectors: [...new Set(query.sector ?? [])],
    side: query.side,
    country: query.country,
    region: query.region,
    kinds: [...new Set(query.kind ?? [])].map((k) => k.toUpperCase()),
    statuses: [...new Set(query.status ?? [])].map((s) => s.toUpperCase()),
    from: query.from !== undefined && query.to !== undefined ? Math.min(query.from, query.to) : query.from,
    to: query.from !== undefined && query.to !== undefined ? Math.max(query.from, query.to) : query.to,
    page: 1,
  };
  const filterQuery = new URLSearchParams();
  for (const name of KNOWN) {
    if (PAGING_PARAMS.includes(name)) continue;
    const value = query[name];
    if (Array.isArray(value)) for (const v of value) filterQuery.append(name, String(v));
    else if (value !== undefined) filterQuery.set(name, String(value));
  }
  return { ok: true, request: { collection, filters, filterQuery, afterId, limit: query.limit ?? DEFAULT_LIMIT, format: query.format ?? null } };
}
