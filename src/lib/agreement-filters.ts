import { z } from "zod";
import { AGREEMENT_KIND_LABELS } from "./labels";
import { SLUG_PATTERN } from "./slugs";

// The agreements list's filters, read from the URL. Shared by the page (which
// shows what was ignored) and the data layer (which trusts only parsed values).
// Anything a user can type into the URL is either understood or reported as
// ignored — never an error page.

const slug = z.string().trim().toLowerCase().max(80).regex(SLUG_PATTERN);

export const AgreementFiltersSchema = z.object({
  region: slug.optional(),
  country: z.string().trim().toUpperCase().regex(/^[A-Z]{2}$/).optional(),
  sector: slug.optional(),
  kind: z.enum(Object.keys(AGREEMENT_KIND_LABELS) as [string, ...string[]]).optional(),
  year: z.coerce.number().int().min(1900).max(2100).optional(),
  page: z.coerce.number().int().min(1).max(10_000).optional(),
});

export type AgreementFilters = z.infer<typeof AgreementFiltersSchema>;
export type RawSearchParams = Record<string, string | string[] | undefined>;

const FILTER_KEYS = Object.keys(AgreementFiltersSchema.shape) as (keyof AgreementFilters)[];

/** Parses each filter on its own, so one bad value drops only itself. */
export function parseAgreementFilters(raw: RawSearchParams): { filters: AgreementFilters; ignored: string[] } {
  const filters: Record<string, unknown> = {};
  const ignored: string[] = [];
  for (const key of FILTER_KEYS) {
    const value = raw[key];
    const first = Array.isArray(value) ? value[0] : value;
    if (first === undefined || first === "") continue;
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
