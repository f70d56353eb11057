// The admin lists' parameters (/admin/region?q=lyon&status=DRAFT&page=2),
// read from the URL: a value that is not understood is left out, and a search
// text holding a control character (src/lib/text.ts) is refused with the
// message the page shows above the list, instead of reaching the database
// (PostgreSQL refuses NUL: the page used to answer 500).
import { searchText } from "@/lib/text";

export const ADMIN_LIST_QUERY_MAX = 200;
export const ADMIN_LIST_MAX_PAGE = 1000;
const STATUSES = ["DRAFT", "PUBLISHED", "TRASHED"] as const;

export type AdminListParams = { q: string; status: (typeof STATUSES)[number] | null; page: number; problem: string | null };

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? "";

export function parseAdminListParams(raw: Record<string, string | string[] | undefined>): AdminListParams {
  const q = searchText(first(raw.q), ADMIN_LIST_QUERY_MAX);
  const status = STATUSES.find((s) => s === first(raw.status)) ?? null;
  const pageText = first(raw.page);
  const page = /^[1-9]\d{0,3}$/.test(pageText) && Number(pageText) <= ADMIN_LIST_MAX_PAGE ? Number(pageText) : 1;
  return { q: q.ok ? q.text : "", status, page, problem: q.ok ? null : q.message };
}
