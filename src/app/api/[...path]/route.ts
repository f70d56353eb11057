import { problem } from "@/lib/api/http";

// Any /api/ address no route handler serves (/api/v1/regions/lyon/extra,
// /api/v2): a 404 as problem details, like the rest of the API, instead of
// the site's HTML 404 page.
export function GET() {
  return problem(404, "There is no such address in this API. Its endpoints are described at /api/v1/openapi.json.");
}
