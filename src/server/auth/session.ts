import "server-only";
import { cookies, headers } from "next/headers";
import { forbidden, redirect } from "next/navigation";
import { cache } from "react";
import { signInHref } from "@/lib/auth/next-path";
import { forwardedHttps, resolveClientAddress, type IpAddress } from "@/lib/auth/client-address";
import { env, siteUrl } from "../env";
import { validateSessionToken, type Viewer } from "./session-store";
import { socketAddressesRecorded, socketPeer } from "./socket-address";

// Who is signed in, for pages, server actions and route handlers. The data
// layer (./session-store.ts, ./sign-in.ts) does the work without Next's request
// context; this file adds the cookie and the request headers.
//
// Pages call requireViewer(); actions and route handlers call authorize().
// Each page and action checks for itself: a layout or proxy.ts is never the
// only check (CVE-2025-29927).

export type { Viewer };

/** Over HTTPS the __Host- prefix makes the browser insist on Secure, Path=/ and no Domain. */
const SECURE_COOKIE = "__Host-kizuna_session";
const PLAIN_COOKIE = "kizuna_session";

/**
 * The path of the page being requested, when src/proxy.ts passes it on: used
 * for the sign-in page's `next` parameter. Without it, sign-in returns to /admin.
 */
export const REQUEST_PATH_HEADER = "x-kizuna-path";

/** HTTPS when SITE_URL says so, or when a trusted proxy says the client used it (forwardedHttps: one rule with HSTS in src/proxy.ts). */
async function isHttps(): Promise<boolean> {
  if (siteUrl().protocol === "https:") return true;
  const h = await headers();
  return forwardedHttps(socketPeer(h), h.get("x-forwarded-proto"), env().TRUSTED_PROXIES);
}

export async function readSessionToken(): Promise<string | null> {
  const name = (await isHttps()) ? SECURE_COOKIE : PLAIN_COOKIE;
  return (await cookies()).get(name)?.value ?? null;
}

/** In server actions only (a page cannot set cookies). Lasts as long as the session's absolute expiry. */
export async function setSessionCookie(token: string, expiresAt: Date): Promise<void> {
  const secure = await isHttps();
  (await cookies()).set(secure ? SECURE_COOKIE : PLAIN_COOKIE, token, { httpOnly: true, sameSite: "lax", path: "/", secure, expires: expiresAt });
}

/** In server actions only. Set rather than delete(): a __Host- cookie is only replaced by one that is Secure too. */
export async function clearSessionCookie(): Promise<void> {
  const secure = await isHttps();
  (await cookies()).set(secure ? SECURE_COOKIE : PLAIN_COOKIE, "", { httpOnly: true, sameSite: "lax", path: "/", secure, maxAge: 0 });
}

const viewerForRequest = cache(async (): Promise<Viewer | null> => validateSessionToken(await readSessionToken()));

/** The signed-in user, or null; looked up once per request. */
export async function currentViewer(): Promise<Viewer | null> {
  return viewerForRequest();
}

/**
 * For pages: the signed-in user. Signed out, redirects to the sign-in page
 * (coming back here afterwards); signed in without the role, answers 403.
 */
export async function requireViewer(role?: "ADMIN"): Promise<Viewer> {
  const viewer = await currentViewer();
  if (!viewer) redirect(signInHref((await headers()).get(REQUEST_PATH_HEADER)));
  // forbidden() needs `experimental.authInterrupts` in next.config.ts.
  if (role === "ADMIN" && viewer.role !== "ADMIN") forbidden();
  return viewer;
}

export const SIGNED_OUT_MESSAGE = "You are signed out. Sign in again, then retry.";
export const NOT_ALLOWED_MESSAGE = "Only administrators can do this.";

/** For server actions and route handlers: never throws, never redirects. */
export async function authorize(role?: "ADMIN"): Promise<{ ok: true; viewer: Viewer } | { ok: false; message: string }> {
  try {
    const viewer = await currentViewer();
    if (!viewer) return { ok: false, message: SIGNED_OUT_MESSAGE };
    if (role === "ADMIN" && viewer.role !== "ADMIN") return { ok: false, message: NOT_ALLOWED_MESSAGE };
    return { ok: true, viewer };
  } catch (error) {
    console.error("authorize: could not read the session", error);
    return { ok: false, message: "Your session could not be checked. Try again in a moment." };
  }
}

/**
 * The client's address, always a valid IP (never text a client chose): the
 * socket's peer, unless that peer is one of TRUSTED_PROXIES, in which case
 * X-Forwarded-For is walked from the right past the trusted hops
 * (resolveClientAddress in src/lib/auth/client-address.ts). Why the socket
 * address comes from a header of our own: ./socket-address.ts.
 */
export async function clientIp(): Promise<IpAddress> {
  if (!socketAddressesRecorded()) throw new Error("clientIp: the socket address is not recorded (src/instrumentation.ts did not run)");
  const h = await headers();
  const ip = resolveClientAddress(socketPeer(h), h.get("x-forwarded-for"), env().TRUSTED_PROXIES);
  if (!ip) throw new Error("clientIp: the request has no socket address");
  return ip;
}

export async function clientUserAgent(): Promise<string | null> {
  return (await headers()).get("user-agent")?.slice(0, 500) ?? null;
}
