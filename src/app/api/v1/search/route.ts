import type { NextRequest } from "next/server";
import { jsonResponse } from "@/lib/api/http";
import { dateToJSON } from "@/lib/dates";
import { parseSearchParams } from "@/lib/search-params";
import { apiFailure } from "@/server/api/failure";
import { search } from "@/server/search/queries";

// GET /api/v1/search — the same parameters and answer as the /search page, as
// JSON (documented in the README). Bad values are reported in `ignored`, never
// turned into an error. ETag and caching as the rest of the API (src/lib/api/http.ts).
export async function GET(request: NextRequest) {
  const { params, ignored } = parseSearchParams(request.nextUrl.searchParams);
  try {
    const result = await search(params, ignored);
    return await jsonResponse(request, {
      query: result.params,
      total: result.total,
      page: result.page,
      pageCount: result.pageCount,
      results: result.hits.map((hit) => ({
        type: hit.type,
        slug: hit.slug,
        url: new URL(hit.href, request.nextUrl.origin).toString(),
        title: hit.title.map((s) => s.text).join(""),
        context: hit.context,
        // Signed (agreements), starts (missions, events) or published (sources): value, precision, stated or inferred.
        date: hit.date ? dateToJSON(hit.date) : null,
        snippet: hit.snippet.map((s) => s.text).join(""),
        highlights: { title: hit.title, snippet: hit.snippet },
      })),
      facets: result.facets,
      approximate: result.approximate,
      correctedQuery: result.correctedQuery,
      ignored: result.ignored,
      });
  } catch (error) {
    return apiFailure("search", error);
  }
}
