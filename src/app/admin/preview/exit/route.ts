import { draftMode } from "next/headers";
import { sameSitePath } from "@/lib/urls";

// GET /admin/preview/exit?next=/agreements/some-slug — turns draft mode off
// and goes back to `next`. No sign-in needed: anyone may end their own preview.

export async function GET(request: Request): Promise<Response> {
  (await draftMode()).disable();
  const location = sameSitePath(new URL(request.url).searchParams.get("next")) ?? "/";
  return new Response(null, { status: 303, headers: { location, "cache-control": "no-store" } });
}
