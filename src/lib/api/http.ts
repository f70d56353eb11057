import type { InvalidParam } from "./query";
import type { ProblemJSON } from "./schemas";

// How the read API answers over HTTP: JSON with a strong ETag (the hash of
// the body) and a 304 for a matching If-None-Match, public caching for a
// minute, errors as RFC 9457 problem details. CORS is set for the whole
// public API in one place, src/proxy.ts, from the constants here.

/**
 * Published data may be a minute old in a cache: an edit shows on the site at
 * once and in shared caches within a minute, and a client that revalidates
 * with its ETag gets a 304 without the body when nothing changed.
 */
export const PUBLIC_CACHE = "public, max-age=60";

/** Paths of the public read API (CORS open, cacheable); /api/v1/admin is neither. */
export function isPublicApiPath(pathname: string): boolean {
  return pathname.startsWith("/api/v1/") && !pathname.startsWith("/api/v1/admin/") && pathname !== "/api/v1/admin";
}

/** Sent with every answer of the public API: any origin may read it (no credentials are involved). */
export const CORS_HEADERS: Readonly<Record<string, string>> = {
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Expose-Headers": "ETag, Content-Disposition",
};

/** The answer to a CORS preflight of the public API: reads only, with a conditional header, cached for a day. */
export const PREFLIGHT_HEADERS: Readonly<Record<string, string>> = {
  ...CORS_HEADERS,
  "Access-Control-Allow-Methods": "GET, HEAD, OPTIONS",
  "Access-Control-Allow-Headers": "If-None-Match, Accept",
  "Access-Control-Max-Age": "86400",
};

async function sha256(text: string): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text)));
  return btoa(String.fromCharCode(...digest)).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

/** A strong ETag of a body: the same bytes give the same tag, in every process. */
export async function etagOf(body: string): Promise<string> {
  return `"${await sha256(body)}"`;
}

/** Whether an If-None-Match header matches the tag (weak comparison, as RFC 9110 § 13.1.2 asks for it). */
export function ifNoneMatchMatches(header: string | null, etag: string): boolean {
  if (!header) return false;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, "");
  return header.split(",").some((tag) => tag.trim() === "*" || opaque(tag) === opaque(etag));
}

/** A JSON answer with its ETag, or 304 when the client holds this version already. */
export async function jsonResponse(request: Request, body: unknown, options: { contentType?: string; cacheControl?: string } = {}): Promise<Response> {
  return textResponse(request, JSON.stringify(body), options.contentType ?? "application/json; charset=utf-8", options.cacheControl);
}

/** A text answer (JSON, HTML) with its ETag, or 304. */
export async function textResponse(request: Request, body: string, contentType: string, cacheControl = PUBLIC_CACHE): Promise<Response> {
  const etag = await etagOf(body);
  const headers = { etag, "cache-control": cacheControl };
  if (ifNoneMatchMatches(request.headers.get("if-none-match"), etag)) return new Response(null, { status: 304, headers });
  return new Response(body, { status: 200, headers: { ...headers, "content-type": contentType } });
}

const TITLES = { 400: "Bad request", 404: "Not found", 405: "Method not allowed", 500: "Internal error", 503: "Service unavailable" } as const;

/** An error as problem details. Not cached: the next request may well succeed. */
export function problem(status: keyof typeof TITLES, detail: string, invalidParams?: InvalidParam[], extraHeaders: Record<string, string> = {}): Response {
  const body: ProblemJSON = { type: "about:blank", title: TITLES[status], status, detail, ...(invalidParams?.length ? { invalidParams } : {}) };
  return new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/problem+json", "cache-control": "no-store", ...(status === 503 ? { "retry-after": "5" } : {}), ...extraHeaders },
  });
}

const READS = ["GET", "HEAD"];

/**
 * What src/proxy.ts answers itself for the public read API, before any route
 * handler: a CORS preflight (204), and a 405 as problem details for any
 * method but a read (Next.js would answer an empty 405). Null: let it through.
 */
export function earlyPublicApiAnswer(method: string): Response | null {
  if (method === "OPTIONS") return new Response(null, { status: 204, headers: PREFLIGHT_HEADERS });
  if (READS.includes(method)) return null;
  return problem(405, "The API is read-only: use GET (or HEAD).", undefined, { allow: "GET, HEAD, OPTIONS" });
}

/** 400 for a refused query, naming each parameter. */
export function badParameters(invalidParams: InvalidParam[]): Response {
  const detail = invalidParams.map((p) => `${p.name}: ${p.reason}`).join("; ");
  return problem(400, `The query was refused. ${detail}.`, invalidParams);
}
