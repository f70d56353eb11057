import { z } from "zod";
import { firstValue, SHARED_PARAMS } from "./search-params";

// The agreements list's filters, read from the URL. Shared by the page (which
// shows what was ignored) and the data layer (which trusts only parsed values).
// Anything a user can type into the URL is either understood or reported as
// ignored — never an error page. Each filter is parsed by the search's own
// rule for that parameter (src/lib/search-params.ts), so that a link from the
// list to the search, or back, means the same thing on both.

export const AgreementFiltersSchema = z.object({
  region: SHARED_PARAMS.region.optional(),
  country: SHARED_PARAMS.country.optional(),
  sector: SHARED_PARAMS.sector.optional(),
  kind: SHARED_PARAMS.kind.optional(),
  year: SHARED_PARAMS.year.optional(),
  page: SHARED_PARAMS.page.optional(),
});

export type AgreementFilters = z.infer<typeof AgreementFiltersSchema>;
export type RawSearchParams = Record<string, string | string[] | undefined>;

const FILTER_KEYS = Object.keys(AgreementFiltersSchema.shape) as (keyof AgreementFilters)[];

/** Parses each filter on its own, so one bad value drops only itself. */
export function parseAgreementFilters(raw: RawSearchParams): { filters: AgreementFilters; ignored: string[] } {
  const filters: Record<string, unknown> = {};
  const ignored: string[] = [];
  for (const key of FILTER_KEYS) {
    const first = firstValue(raw, key);
    if (first === undefined) continue;
    const parsed = AgreementFiltersSchema.shape[key].safeParse(first);
    if (parsed.success && parsed.data !== undefined) filters[key] = parsed.data;
    else ignored.push(key);
  }
  return { filters: filters as AgreementFilters, ignored };
}

/** The query string for a set of filters (links that keep the other filters). */
export function agreementFiltersQuery(filters: AgreementFilters): string {
  const params = new URLSearchParams();
  for (const key of FILTER_KEYS) {
    const value = filters[key];
    if (value !== undefined && value !== "") params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : "";
}
