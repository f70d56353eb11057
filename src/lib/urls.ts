// The two checks every address from outside goes through, each defined once:
//
// - A web address typed by an editor (a website, a source's URL) is kept and
//   shown as a link only when it is a plain http(s) address: a stored
//   `javascript:` or `data:` address would run in visitors' browsers. The
//   admin form refuses the others with a message (src/lib/admin/schema-parts.ts),
//   and public pages show any that slipped in (older data) as text.
// - A path to return to (`?next=` after signing in or leaving a preview) is
//   followed only when it is a path on this site: never another origin.

/** Why a typed web address is refused: another scheme (its name, e.g. "javascript:"), or not a full address. */
export type WebAddressProblem = { scheme: string } | "not-a-full-address";

/**
 * The longest web address kept or linked to. The URL parser's cost per
 * character is high for some hosts (combining marks go through IDNA: ~40 ns a
 * character, 25× a plain address), so nothing longer is parsed at all.
 */
export const WEB_ADDRESS_MAX = 2000;

/** The problem with `text` as a web address, or null when it is a full http(s) address without spaces. */
export function webAddressProblem(text: string): WebAddressProblem | null {
  if (text.length > WEB_ADDRESS_MAX) return "not-a-full-address";
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return "not-a-full-address";
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") return { scheme: url.protocol };
  // The URL parser forgives what a browser's address bar would not show as typed: "http:example.org", " http://x", "http://a b".
  if (!url.hostname || /\s/.test(text) || !/^https?:\/\/[^\s/?#]/i.test(text)) return "not-a-full-address";
  return null;
}

/** The address to link to, or null when it is not a web address that passes webAddressProblem. */
export function safeHref(url: string | null | undefined): string | null {
  if (!url || webAddressProblem(url)) return null;
  return new URL(url).href;
}

const BASE = "http://kizuna.invalid";

/**
 * `next` when it is a path on this site ("/…", with its query and fragment),
 * else null: never "//host" or "/\host" (other origins to a browser), never
 * one that becomes so once dot segments are resolved ("/..//evil.example").
 */
export function sameSitePath(next: unknown): string | null {
  if (typeof next !== "string" || next.length === 0 || next.length > 2000) return null;
  if (!next.startsWith("/") || next.startsWith("//") || next.startsWith("/\\")) return null;
  // Browsers drop tabs and newlines and read "\" as "/": none belongs in a path we link to.
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
  if (/[\u0000-\u001f\u007f\\]/.test(next)) return null;
  let url: URL;
  try {
    url = new URL(next, BASE);
  } catch {
    return null;
  }
  const path = `${url.pathname}${url.search}${url.hash}`;
  return url.origin === BASE && !path.startsWith("//") ? path : null;
}
