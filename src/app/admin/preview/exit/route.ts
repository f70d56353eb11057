import { draftMode } from "next/headers";

// GET /admin/preview/exit?next=/agreements/some-slug — turns draft mode off
// and goes back to `next`. No sign-in needed: anyone may end their own preview.

const BASE = "http://kizuna.invalid";

/** `next` when it is a path on this site ("/…", never "//host" or "/\host"), else "/". */
function sameSitePath(next: string | null): string {
  if (!next || next.length > 2000 || !next.startsWith("/") || next.startsWith("//") || next.startsWith("/\\")) return "/";
  // Browsers drop tabs and newlines and read "\" as "/": none belongs in a path we link to.
  if (/[\u0000-\u001f\u007f\\]/.test(next)) return "/";
  try {
    const url = new URL(next, BASE);
    // Checked again once dot segments are resolved: "/..//evil.example" becomes "//evil.example".
    const path = `${url.pathname}${url.search}${url.hash}`;
    return url.origin === BASE && !path.startsWith("//") ? path : "/";
  } catch {
    return "/";
  }
}

export async function GET(request: Request): Promise<Response> {
  (await draftMode()).disable();
  const location = sameSitePath(new URL(request.url).searchParams.get("next"));
  return new Response(null, { status: 303, headers: { location, "cache-control": "no-store" } });
}
