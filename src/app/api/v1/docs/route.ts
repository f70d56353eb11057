import { textResponse } from "@/lib/api/http";
import { renderDocsPage } from "@/lib/api/docs-page";
import { openApiDocument } from "@/lib/api/openapi";
import { siteUrl } from "@/server/env";

// GET /api/v1/docs: the OpenAPI document as a page (no script; its stylesheet
// is public/api-docs.css). src/proxy.ts gives it the page policy, not the API's.
export async function GET(request: Request) {
  return textResponse(request, renderDocsPage(openApiDocument(siteUrl().origin)), "text/html; charset=utf-8");
}
