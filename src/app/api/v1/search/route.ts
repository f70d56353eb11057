import { NextResponse, type NextRequest } from "next/server";
import { dateToJSON } from "@/lib/dates";
import { parseSearchParams } from "@/lib/search-params";
import { search } from "@/server/search/queries";

// GET /api/v1/search — the same parameters and answer as the /search page, as
// JSON (documented in the README). Bad values are reported in `ignored`, never
// turned into an error.
export async function GET(request: NextRequest) {
  const { params, ignored } = parseSearchParams(request.nextUrl.searchParams);
  try {
    const result = await search(params, ignored);
    return NextResponse.json(
      {
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
      },
      { headers: { "cache-control": "no-store" } },
    );
  } catch (error) {
    console.error("search failed", error);
    return NextResponse.json({ error: "The search is unavailable right now. Please try again." }, { status: 503 });
  }
}
