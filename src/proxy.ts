import { NextResponse, type NextRequest } from "next/server";

// A path with broken percent-encoding (/regions/%E0%A4%A) makes Next.js fail
// while decoding route params, before any page code runs, and answer 500.
// Answer such requests here with a clear 400 instead.
export function proxy(request: NextRequest) {
  try {
    decodeURIComponent(request.nextUrl.pathname);
  } catch {
    return new NextResponse(
      "<!doctype html><html lang=\"en\"><head><title>Bad address · Kizuna</title></head><body><main><h1>This address is not valid</h1><p>Part of the address is not properly encoded. <a href=\"/\">Go to the Kizuna home page</a>.</p></main></body></html>",
      { status: 400, headers: { "content-type": "text/html; charset=utf-8" } },
    );
  }
  // Server components cannot see the request path; the sign-in redirect of
  // requireViewer() reads it from here to come back after signing in.
  const headers = new Headers(request.headers);
  headers.set("x-kizuna-path", `${request.nextUrl.pathname}${request.nextUrl.search}`);
  return NextResponse.next({ request: { headers } });
}

export const config = {
  // Pages only: static assets never carry user-typed paths.
  matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"],
};
