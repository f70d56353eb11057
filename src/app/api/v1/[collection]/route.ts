import type { NextRequest } from "next/server";
import { encodeCursor } from "@/lib/api/cursor";
import { badParameters, jsonResponse, PUBLIC_CACHE } from "@/lib/api/http";
import { parseListQuery } from "@/lib/api/query";
import { isCollection, type ListBody } from "@/lib/api/schemas";
import { apiFailure, unknownCollection } from "@/server/api/failure";
import { EXPORT_PAGE, exportStream } from "@/server/api/export";
import { linksFor } from "@/server/api/json";
import { listPage, resolveList } from "@/server/api/lists";
import { siteUrl } from "@/server/env";

// GET /api/v1/{collection}: one page of published records in id order, the
// search's filters, cursor paging (`next`); `format=csv|json` streams them all.
// Described in /api/v1/openapi.json (src/lib/api/schemas.ts).
export async function GET(request: NextRequest, { params }: { params: Promise<{ collection: string }> }) {
  const { collection } = await params;
  if (!isCollection(collection)) return unknownCollection(collection);
  const parsed = parseListQuery(collection, request.nextUrl.searchParams);
  if (!parsed.ok) return badParameters(parsed.invalidParams);
  const { afterId, limit, format, filterQuery } = parsed.request;
  try {
    const resolved = await resolveList(parsed.request);
    if (!resolved.ok) return badParameters(resolved.invalidParams);
    const origin = siteUrl();
    const links = linksFor(origin);
    const page = await listPage(resolved.list, afterId, format ? EXPORT_PAGE : limit, links);
    if (format) {
      return new Response(exportStream(resolved.list, format, page, links), {
        headers: {
          "content-type": format === "csv" ? "text/csv; charset=utf-8; header=present" : "application/json; charset=utf-8",
          "content-disposition": `attachment; filename="kizuna-${collection}.${format}"`,
          "cache-control": PUBLIC_CACHE,
        },
      });
    }
    let next: string | null = null;
    if (page.more && page.lastId !== null) {
      const url = new URL(`/api/v1/${collection}`, origin);
      url.search = filterQuery.toString();
      url.searchParams.set("cursor", encodeCursor(page.lastId));
      url.searchParams.set("limit", String(limit));
      next = url.toString();
    }
    const body: ListBody = { items: page.items, next };
    return jsonResponse(request, body);
  } catch (error) {
    return apiFailure(`list of ${collection}`, error);
  }
}
