import ipaddr from "ipaddr.js";

// Which address a request comes from, as plain functions of text: the parsing,
// the CIDR matching and the walk through X-Forwarded-For. The server side
// (src/server/auth/client-ip.ts) feeds it the socket address and the headers;
// nothing here reads a request or the environment.

declare const ipBrand: unique symbol;
/**
 * An IP address in canonical form (IPv4 dotted decimal; IPv6 compressed, lower
 * case, without zone; an IPv4-mapped IPv6 address as its IPv4). Only
 * parseIp() makes one, so text that reaches the throttle or the audit log as an
 * IpAddress is an address, not whatever a client typed.
 */
export type IpAddress = string & { readonly [ipBrand]: true };

/** A trusted proxy: one address or a network, as parsed from TRUSTED_PROXIES. */
export type IpRange = [ipaddr.IPv4 | ipaddr.IPv6, number];

const MAX_ADDRESS_LENGTH = 64;

function parsed(text: string): ipaddr.IPv4 | ipaddr.IPv6 | null {
  // Optional whitespace around list entries (RFC 9110's OWS) only: a newline or NUL is no address.
  const value = text.replace(/^[ \t]+|[ \t]+$/g, "");
  if (!value || value.length > MAX_ADDRESS_LENGTH) return null;
  // Four-part decimal only: ipaddr.parse() also takes "0x7f.1" and "2130706433",
  // forms no proxy writes and that would let one address be spelt many ways.
  if (ipaddr.IPv4.isValidFourPartDecimal(value)) return ipaddr.IPv4.parse(value);
  const unzoned = value.replace(/%[0-9A-Za-z._~-]+$/, "");
  if (!ipaddr.IPv6.isValid(unzoned)) return null;
  const v6 = ipaddr.IPv6.parse(unzoned);
  return v6.isIPv4MappedAddress() ? v6.toIPv4Address() : new ipaddr.IPv6(v6.parts);
}

/** The canonical form of an IP address, or null for anything else (a port, brackets, a name, junk). */
export function parseIp(text: string | null | undefined): IpAddress | null {
  if (typeof text !== "string") return null;
  const address = parsed(text);
  return address ? (address.toString() as IpAddress) : null;
}

/**
 * TRUSTED_PROXIES: comma-separated addresses and CIDR networks
 * ("127.0.0.1, 10.0.0.0/8, ::1"). Empty means no proxy is trusted. Every
 * entry that is not an address or a network is reported, so a typo fails the
 * start instead of silently trusting nothing (or everything).
 */
export function parseTrustedProxies(text: string): { ok: true; ranges: IpRange[] } | { ok: false; invalid: string[] } {
  const entries = text.split(",").map((entry) => entry.trim()).filter(Boolean);
  const ranges: IpRange[] = [];
  const invalid: string[] = [];
  for (const entry of entries) {
    const slash = entry.indexOf("/");
    const address = parsed(slash < 0 ? entry : entry.slice(0, slash));
    const bitsText = slash < 0 ? null : entry.slice(slash + 1);
    const maxBits = address?.kind() === "ipv4" ? 32 : 128;
    const bits = bitsText === null ? maxBits : /^\d{1,3}$/.test(bitsText) ? Number(bitsText) : NaN;
    // An IPv4-mapped network (::ffff:10.0.0.0/104) is written as its IPv4 network.
    const mappedV4 = address?.kind() === "ipv4" && slash >= 0 && entry.slice(0, slash).includes(":");
    const effectiveBits = mappedV4 ? bits - 96 : bits;
    if (!address || !Number.isInteger(effectiveBits) || effectiveBits < 0 || effectiveBits > maxBits) invalid.push(entry);
    else ranges.push([address, effectiveBits]);
  }
  return invalid.length ? { ok: false, invalid } : { ok: true, ranges };
}

export function isTrusted(address: IpAddress, trusted: readonly IpRange[]): boolean {
  const ip = ipaddr.parse(address);
  return trusted.some(([network, bits]) => network.kind() === ip.kind() && ip.match(network, bits));
}

/** At most this many X-Forwarded-For entries are looked at, from the right: no chain of proxies is longer. */
export const MAX_FORWARDED_HOPS = 20;

/**
 * The client's address. `peer` is the socket's remote address; `forwardedFor`
 * the X-Forwarded-For header (all its lines joined by commas), which only a
 * trusted proxy may speak for:
 * - a peer that is not a trusted proxy is the client, whatever it sends;
 * - behind trusted proxies, walk X-Forwarded-For from the right (each proxy
 *   appends the address it saw) past every trusted hop: the first untrusted
 *   entry is the client. Entries left of it were written by the client and
 *   are ignored. When every entry is trusted, the leftmost is the client.
 * - an entry that is not an IP address ends the walk at the hop that wrote it:
 *   that proxy is the last address known to be true.
 * Returns null only when the peer itself is not an address.
 */
export function resolveClientAddress(peer: string | null | undefined, forwardedFor: string | null | undefined, trusted: readonly IpRange[]): IpAddress | null {
  let client = parseIp(peer);
  if (!client || !forwardedFor || !trusted.length) return client;
  const hops = forwardedFor.split(",").slice(-MAX_FORWARDED_HOPS).reverse();
  for (const hop of hops) {
    if (!isTrusted(client, trusted)) return client;
    const next = parseIp(hop);
    if (!next) return client;
    client = next;
  }
  return client;
}

/**
 * Whether the client used HTTPS, in the word of a trusted proxy: like
 * X-Forwarded-For, X-Forwarded-Proto counts only when the socket's peer is one
 * of TRUSTED_PROXIES (a client talking to the app directly could send it too).
 * The one rule for the session cookie's Secure flag and for HSTS.
 */
export function forwardedHttps(peer: IpAddress | null, forwardedProto: string | null | undefined, trusted: readonly IpRange[]): boolean {
  if (!peer || !isTrusted(peer, trusted)) return false;
  return forwardedProto?.split(",")[0]?.trim().toLowerCase() === "https";
}

/**
 * The unit that sign-in throttling counts: an IPv4 address, or an IPv6 /64
 * network (one subscriber's share, so one machine cannot walk its own /64 to
 * get fresh limits).
 */
export function throttleSource(address: IpAddress): string {
  const ip = ipaddr.parse(address);
  if (ip.kind() === "ipv4") return address;
  return `${ipaddr.IPv6.networkAddressFromCIDR(`${address}/64`).toString()}/64`;
}
