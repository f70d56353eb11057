import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { forwardedHttps, isTrusted, MAX_FORWARDED_HOPS, parseIp, parseTrustedProxies, resolveClientAddress, throttleSource, type IpRange } from "./client-address";

function ranges(text: string): IpRange[] {
  const parsed = parseTrustedProxies(text);
  if (!parsed.ok) throw new Error(`invalid: ${parsed.invalid.join(", ")}`);
  return parsed.ranges;
}

describe("parseIp", () => {
  it("gives one canonical spelling per address", () => {
    expect(parseIp("203.0.113.7")).toBe("203.0.113.7");
    expect(parseIp(" 203.0.113.7 ")).toBe("203.0.113.7");
    expect(parseIp("::ffff:127.0.0.1")).toBe("127.0.0.1");
    expect(parseIp("::FFFF:7f00:1")).toBe("127.0.0.1");
    expect(parseIp("2001:DB8:0:0:0:0:0:1")).toBe("2001:db8::1");
    expect(parseIp("fe80::1%eth0")).toBe("fe80::1");
  });

  it("refuses what is not an address: names, ports, brackets, loose IPv4 forms, text for the audit log", () => {
    for (const text of ["", "unknown", "localhost", "203.0.113.7:443", "[::1]", "[::1]:80", "1.2.3", "01.2.3.4", "0x7f.0.0.1", "2130706433",
      "256.1.1.1", "1.2.3.4, 5.6.7.8", "<script>alert(1)</script>", "1.2.3.4\n", "1.2.3.4\u0000", "a".repeat(10_000)]) {
      expect(parseIp(text), JSON.stringify(text.slice(0, 40))).toBeNull();
    }
    expect(parseIp(null)).toBeNull();
    expect(parseIp(undefined)).toBeNull();
  });

  it("never lets anything through that is not already in canonical form after one pass", () => {
    fc.assert(
      fc.property(fc.oneof(fc.ipV4(), fc.ipV6(), fc.string(), fc.ipV4Extended()), (text) => {
        const ip = parseIp(text);
        if (ip !== null) expect(parseIp(ip)).toBe(ip);
      }),
      { numRuns: 2000 },
    );
  });
});

describe("parseTrustedProxies", () => {
  it("takes addresses and networks of both families, and nothing for an empty setting", () => {
    expect(parseTrustedProxies("")).toEqual({ ok: true, ranges: [] });
    expect(parseTrustedProxies(" , ")).toEqual({ ok: true, ranges: [] });
    const parsed = ranges("127.0.0.1, 10.0.0.0/8,::1, fd00::/8, ::ffff:192.168.0.0/112");
    expect(parsed.map(([ip, bits]) => `${ip.toString()}/${bits}`)).toEqual(["127.0.0.1/32", "10.0.0.0/8", "::1/128", "fd00::/8", "192.168.0.0/16"]);
  });

  it("names every entry it cannot read", () => {
    expect(parseTrustedProxies("10.0.0.1, proxy.internal, 10.0.0.0/33, ::1/129, 10.0.0.0/, 1.2.3")).toEqual({
      ok: false,
      invalid: ["proxy.internal", "10.0.0.0/33", "::1/129", "10.0.0.0/", "1.2.3"],
    });
  });
});

describe("isTrusted", () => {
  it("matches an address against addresses and networks of its own family", () => {
    const trusted = ranges("10.0.0.0/8, 192.0.2.1, 2001:db8::/32");
    expect(isTrusted(parseIp("10.200.3.4")!, trusted)).toBe(true);
    expect(isTrusted(parseIp("192.0.2.1")!, trusted)).toBe(true);
    expect(isTrusted(parseIp("192.0.2.2")!, trusted)).toBe(false);
    expect(isTrusted(parseIp("2001:db8:ffff::9")!, trusted)).toBe(true);
    expect(isTrusted(parseIp("2001:db9::9")!, trusted)).toBe(false);
    // The IPv4-mapped form of a trusted IPv4 address is that address.
    expect(isTrusted(parseIp("::ffff:10.1.1.1")!, trusted)).toBe(true);
  });
});

describe("resolveClientAddress", () => {
  const proxy = ranges("127.0.0.1, 10.0.0.0/8");

  it("uses the socket address and ignores X-Forwarded-For when no proxy is trusted", () => {
    expect(resolveClientAddress("::ffff:198.51.100.4", "203.0.113.66", [])).toBe("198.51.100.4");
  });

  it("ignores X-Forwarded-For from a peer that is not a trusted proxy", () => {
    expect(resolveClientAddress("198.51.100.4", "203.0.113.66, 127.0.0.1", proxy)).toBe("198.51.100.4");
  });

  it("behind a trusted proxy, takes the entry that proxy appended, not what the client sent before it", () => {
    expect(resolveClientAddress("127.0.0.1", "203.0.113.66", proxy)).toBe("203.0.113.66");
    // The client sent "6.6.6.6" itself; the proxy appended the address it saw.
    expect(resolveClientAddress("127.0.0.1", "6.6.6.6, 203.0.113.66", proxy)).toBe("203.0.113.66");
  });

  it("walks from the right past every trusted hop", () => {
    expect(resolveClientAddress("127.0.0.1", "6.6.6.6, 203.0.113.66, 10.1.2.3, 10.9.9.9", proxy)).toBe("203.0.113.66");
    // Every hop trusted: the leftmost is as far as anyone can see.
    expect(resolveClientAddress("127.0.0.1", "10.1.2.3, 10.9.9.9", proxy)).toBe("10.1.2.3");
  });

  it("stops at the trusted hop that wrote an entry which is not an address", () => {
    expect(resolveClientAddress("127.0.0.1", "203.0.113.66, not-an-ip", proxy)).toBe("127.0.0.1");
    expect(resolveClientAddress("127.0.0.1", "junk, 10.1.2.3", proxy)).toBe("10.1.2.3");
    expect(resolveClientAddress("127.0.0.1", "", proxy)).toBe("127.0.0.1");
  });

  it("looks at no more than the last MAX_FORWARDED_HOPS entries", () => {
    const chain = ["203.0.113.66", ...Array.from({ length: MAX_FORWARDED_HOPS }, (_, i) => `10.0.0.${i + 1}`)].join(", ");
    expect(resolveClientAddress("127.0.0.1", chain, proxy)).toBe("10.0.0.1");
  });

  it("answers null only when the socket address itself is unknown", () => {
    expect(resolveClientAddress(undefined, "203.0.113.66", proxy)).toBeNull();
    expect(resolveClientAddress("", null, [])).toBeNull();
  });

  it("always answers an address it parsed, whatever the client puts in the header", () => {
    fc.assert(
      fc.property(fc.oneof(fc.constant("127.0.0.1"), fc.ipV4()), fc.array(fc.oneof(fc.ipV4(), fc.ipV6(), fc.string()), { maxLength: 30 }), (peer, hops) => {
        const client = resolveClientAddress(peer, hops.join(","), proxy);
        expect(client).not.toBeNull();
        expect(parseIp(client)).toBe(client);
      }),
      { numRuns: 2000 },
    );
  });
});

describe("forwardedHttps", () => {
  const proxies = ranges("10.0.0.0/8");

  it("believes X-Forwarded-Proto from a trusted proxy only", () => {
    expect(forwardedHttps(parseIp("10.1.2.3"), "https", proxies)).toBe(true);
    expect(forwardedHttps(parseIp("10.1.2.3"), "HTTPS, http", proxies)).toBe(true);
    expect(forwardedHttps(parseIp("10.1.2.3"), "http", proxies)).toBe(false);
    expect(forwardedHttps(parseIp("10.1.2.3"), null, proxies)).toBe(false);
  });

  it("gives a client that talks to the app directly no say, with or without declared proxies", () => {
    expect(forwardedHttps(parseIp("203.0.113.9"), "https", proxies)).toBe(false);
    expect(forwardedHttps(parseIp("10.1.2.3"), "https", [])).toBe(false);
    expect(forwardedHttps(null, "https", proxies)).toBe(false);
  });
});

describe("throttleSource", () => {
  it("counts an IPv4 address alone and an IPv6 address by its /64", () => {
    expect(throttleSource(parseIp("203.0.113.7")!)).toBe("203.0.113.7");
    expect(throttleSource(parseIp("2001:db8:1:2:aaaa::1")!)).toBe("2001:db8:1:2::/64");
    expect(throttleSource(parseIp("2001:db8:1:2:bbbb::9")!)).toBe("2001:db8:1:2::/64");
    expect(throttleSource(parseIp("2001:db8:1:3::1")!)).toBe("2001:db8:1:3::/64");
  });
});
