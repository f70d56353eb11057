import type { NextRequest } from "next/server";
import { jsonResponse, problem } from "@/lib/api/http";
import { isCollection } from "@/lib/api/schemas";
import { apiFailure, unknownCollection } from "@/server/api/failure";
import { linksFor } from "@/server/api/json";
import { apiRecord } from "@/server/api/records";
import { siteUrl } from "@/server/env";

// GET /api/v1/{collection}/{slug}: one published record with its relations,
// dates with precision and certainty, and citations; 404 for any other slug.
export async function GET(request: NextRequest, { params }: { params: Promise<{ collection: string; slug: string }> }) {
  const { collection, slug } = await params;
  if (!isCollection(collection)) return unknownCollection(collection);
  try {
    const record = await apiRecord(collection, slug, linksFor(siteUrl()));
    if (!record) return problem(404, `No published record in ${collection} has the slug "${[...slug].slice(0, 80).join("")}".`);
    return jsonResponse(request, record);
  } catch (error) {
    return apiFailure(`${collection}/${slug}`, error);
  }
}
