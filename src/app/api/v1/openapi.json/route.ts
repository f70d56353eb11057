import { jsonResponse } from "@/lib/api/http";
import { openApiDocument } from "@/lib/api/openapi";
import { siteUrl } from "@/server/env";

// GET /api/v1/openapi.json: the API's OpenAPI 3.1 document, generated from the
// zod schemas the routes use (src/lib/api/openapi.ts).
export async function GET(request: Request) {
  return jsonResponse(request, openApiDocument(siteUrl().origin));
}
