// Where to go after signing in. The `next` parameter comes from the address bar,
// so it is only followed when it is a path inside the admin area of this site:
// never another origin ("//evil.example", "/\\evil.example", "https://…"),
// never the sign-in page itself.

const BASE = "http://kizuna.invalid";

export const ADMIN_HOME = "/admin";
export const SIGN_IN_PATH = "/admin/sign-in";

/** The path to return to, or null when `next` is not a same-site /admin path. */
export function safeNextPath(next: unknown): string | null {
  if (typeof next !== "string" || next.length === 0 || next.length > 2000) return null;
  // A relative path starts with exactly one "/"; "//host" and "/\host" are other origins to a browser.
  if (!next.startsWith("/") || next.startsWith("//") || next.startsWith("/\\")) return null;
  // Control characters and backslashes are never part of a path we link to (browsers strip tabs and newlines).
  if (/[\u0000-\u001f\u007f\\]/.test(next)) return null;
  let url: URL;
  try {
    url = new URL(next, BASE);
  } catch {
    return null;
  }
  if (url.origin !== BASE) return null;
  if (url.pathname !== ADMIN_HOME && !url.pathname.startsWith(`${ADMIN_HOME}/`)) return null;
  if (url.pathname === SIGN_IN_PATH || url.pathname.startsWith(`${SIGN_IN_PATH}/`)) return null;
  return `${url.pathname}${url.search}${url.hash}`;
}

/** The sign-in page's address, coming back to `path` afterwards when that is allowed. */
export function signInHref(path: string | null | undefined): string {
  const next = safeNextPath(path);
  return next && next !== ADMIN_HOME ? `${SIGN_IN_PATH}?next=${encodeURIComponent(next)}` : SIGN_IN_PATH;
}
