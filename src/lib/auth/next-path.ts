// Where to go after signing in. The `next` parameter comes from the address bar,
// so it is only followed when it is a path inside the admin area of this site:
// never another origin ("//evil.example", "/\\evil.example", "https://…"),
// never the sign-in page itself.
import { sameSitePath } from "@/lib/urls";

export const ADMIN_HOME = "/admin";
export const SIGN_IN_PATH = "/admin/sign-in";

/** The path to return to, or null when `next` is not a same-site /admin path (src/lib/urls.ts). */
export function safeNextPath(next: unknown): string | null {
  const path = sameSitePath(next);
  if (!path) return null;
  const { pathname } = new URL(path, "http://kizuna.invalid");
  if (pathname !== ADMIN_HOME && !pathname.startsWith(`${ADMIN_HOME}/`)) return null;
  if (pathname === SIGN_IN_PATH || pathname.startsWith(`${SIGN_IN_PATH}/`)) return null;
  return path;
}

/** The sign-in page's address, coming back to `path` afterwards when that is allowed. */
export function signInHref(path: string | null | undefined): string {
  const next = safeNextPath(path);
  return next && next !== ADMIN_HOME ? `${SIGN_IN_PATH}?next=${encodeURIComponent(next)}` : SIGN_IN_PATH;
}
