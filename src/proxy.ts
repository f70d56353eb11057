import { NextResponse, type NextRequest } from "next/server";
import { checkActionBody, checkActionHeaders, checkAddress, isServerActionPost, type Refusal } from "@/lib/request-guard";
import { forwardedHttps, parseTrustedProxies, type IpRange } from "@/lib/auth/client-address";
import { createNonce, securityHeaders, type ResponseKind } from "@/lib/security-headers";
import { CORS_HEADERS, earlyPublicApiAnswer, isPublicApiPath } from "@/lib/api/http";
import { socketPeer } from "@/server/auth/socket-address";

// Runs before every page, route handler, public file and 404 (not Next's built files: next.config.ts).
// It refuses what must not reach the app (src/lib/request-guard.ts) and sets the
// security headers (src/lib/security-headers.ts) on everything it lets through.
export async function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const api = pathname.startsWith("/api/");
  // `next start` speaks plain HTTP: HTTPS (and so HSTS) is a trusted proxy's word, the same
  // rule as the session cookie's Secure flag (forwardedHttps; see README, "Security headers").
  const https = forwardedHttps(socketPeer(request.headers), request.headers.get("x-forwarded-proto"), trustedProxies());

  let refusal = checkAddress(pathname, search);
  if (!refusal && !api && isServerActionPost(request.method, request.headers)) {
    const fetchAction = request.headers.has("next-action");
    refusal = checkActionHeaders(request.headers) ?? (await checkActionBody(request.headers.get("content-type"), await request.arrayBuffer(), fetchAction));
  }
  // The public read API may be read from any origin (src/lib/api/http.ts); the admin API may not.
  const cors = isPublicApiPath(pathname) ? CORS_HEADERS : {};
  if (refusal) return refuse(refusal, api, https, cors);
  const early = isPublicApiPath(pathname) ? earlyPublicApiAnswer(request.method) : null;
  if (early) {
    for (const [name, value] of Object.entries({ ...securityHeaders({ kind: "resource" }, https), ...cors })) early.headers.set(name, value);
    return early;
  }

  // The API's documentation is a page (with a stylesheet), not a resource; it has no script.
  const page = !api || pathname === "/api/v1/docs";
  const kind: ResponseKind = page ? { kind: "page", nonce: createNonce(), dev: process.env.NODE_ENV === "development" } : { kind: "resource" };
  const headers = { ...securityHeaders(kind, https), ...cors };
  const forwarded = new Headers(request.headers);
  // Next.js reads the nonce for its own scripts from the request's policy header.
  forwarded.set("content-security-policy", headers["Content-Security-Policy"]);
  // Server components cannot see the request path; the sign-in redirect of
  // requireViewer() reads it from here to come back after signing in.
  forwarded.set("x-kizuna-path", `${pathname}${search}`);
  const response = NextResponse.next({ request: { headers: forwarded } });
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}

let trusted: IpRange[] | undefined;
/** TRUSTED_PROXIES, parsed once. An invalid value has already stopped the server at start (src/server/env.ts). */
function trustedProxies(): IpRange[] {
  if (!trusted) {
    const parsed = parseTrustedProxies(process.env.TRUSTED_PROXIES ?? "");
    trusted = parsed.ok ? parsed.ranges : [];
  }
  return trusted;
}

/** A refusal as a short HTML page, or as problem+json (RFC 9457) under /api/. */
function refuse({ status, title, detail }: Refusal, api: boolean, https: boolean, cors: Record<string, string>) {
  const headers = { ...securityHeaders({ kind: "resource" }, https), ...cors, "cache-control": "no-store" };
  if (api) return NextResponse.json({ type: "about:blank", title, status, detail }, { status, headers: { ...headers, "content-type": "application/problem+json" } });
  const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title} · Kizuna</title></head><body><main><h1>${title}</h1><p>${detail} <a href="/">Go to the Kizuna home page</a>.</p></main></body></html>`;
  return new NextResponse(page, { status, headers: { ...headers, "content-type": "text/html; charset=utf-8" } });
}

export const config = {
  // Next's built files carry no user-typed paths; next.config.ts gives them their headers.
  matcher: ["/((?!_next/static|_next/image).*)"],
};
