import { describe, expect, it } from "vitest";
import { createNonce, pagePolicy, RESOURCE_POLICY, securityHeaders } from "./security-headers";

function directives(policy: string): Map<string, string[]> {
  return new Map(policy.split(";").map((part) => part.trim().split(/\s+/)).map(([name, ...values]) => [name, values]));
}

describe("pagePolicy", () => {
  it("lets scripts run only with the response's nonce, never inline or eval in production", () => {
    const policy = directives(pagePolicy({ nonce: "abc123" }));
    expect(policy.get("script-src")).toEqual(["'self'", "'nonce-abc123'", "'strict-dynamic'"]);
    expect(pagePolicy({ nonce: "abc123" })).not.toMatch(/unsafe-inline|unsafe-eval/);
    expect(policy.get("style-src")).toEqual(["'self'", "'nonce-abc123'"]);
    expect(policy.get("object-src")).toEqual(["'none'"]);
    expect(policy.get("base-uri")).toEqual(["'none'"]);
  });

  it("forbids every framing of a page", () => {
    expect(directives(pagePolicy({ nonce: "n" })).get("frame-ancestors")).toEqual(["'none'"]);
    expect(directives(RESOURCE_POLICY).get("frame-ancestors")).toEqual(["'none'"]);
  });

  it("allows eval only under next dev, and upgrades requests only over HTTPS", () => {
    expect(directives(pagePolicy({ nonce: "n", dev: true })).get("script-src")).toContain("'unsafe-eval'");
    expect(directives(pagePolicy({ nonce: "n" })).has("upgrade-insecure-requests")).toBe(false);
    expect(directives(pagePolicy({ nonce: "n", https: true })).has("upgrade-insecure-requests")).toBe(true);
  });
});

describe("securityHeaders", () => {
  it("sends the framing, sniffing, referrer, permissions and opener headers with every kind of response", () => {
    for (const kind of [{ kind: "page", nonce: "n" }, { kind: "resource" }] as const) {
      const headers = securityHeaders(kind, false);
      expect(headers).toMatchObject({
        "X-Frame-Options": "DENY",
        "X-Content-Type-Options": "nosniff",
        "Referrer-Policy": "strict-origin-when-cross-origin",
        "Cross-Origin-Opener-Policy": "same-origin",
      });
      expect(headers["Permissions-Policy"]).toMatch(/(^|, )camera=\(\)/);
      expect(headers["Permissions-Policy"]).toMatch(/(^|, )geolocation=\(\)/);
      expect(headers["Content-Security-Policy"]).toContain("frame-ancestors 'none'");
    }
  });

  it("sends HSTS only over HTTPS", () => {
    expect(securityHeaders({ kind: "resource" }, false)).not.toHaveProperty("Strict-Transport-Security");
    expect(securityHeaders({ kind: "resource" }, true)["Strict-Transport-Security"]).toMatch(/^max-age=\d{8,}/);
  });

  it("puts the page's nonce in its policy and nothing of the request in a resource's", () => {
    expect(securityHeaders({ kind: "page", nonce: "xyz" }, false)["Content-Security-Policy"]).toContain("'nonce-xyz'");
    expect(securityHeaders({ kind: "resource" }, false)["Content-Security-Policy"]).toBe(RESOURCE_POLICY);
  });
});

describe("createNonce", () => {
  it("gives a different base64 value of 128 bits each time", () => {
    const nonces = new Set(Array.from({ length: 1000 }, createNonce));
    expect(nonces.size).toBe(1000);
    for (const nonce of nonces) expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  });
});
