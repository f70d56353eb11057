import { describe, expect, it, vi } from "vitest";

// clientIp() and the cookie's HTTPS decision, as server actions call them,
// with Next's request context stood in for (the headers and the cookie jar):
// which headers are believed depends on whether the socket's peer is one of
// TRUSTED_PROXIES. What Next and Node put into those headers for a real
// request is checked over HTTP in tests/e2e/client-address.spec.ts.

process.env.TRUSTED_PROXIES = "127.0.0.1, 10.0.0.0/8";

const request = { headers: new Headers(), cookies: new Map<string, string>() };

vi.mock("next/headers", () => ({
  cookies: async () => ({
    get: (name: string) => (request.cookies.has(name) ? { name, value: request.cookies.get(name)! } : undefined),
    set: (name: string, value: string) => void request.cookies.set(name, value),
  }),
  headers: async () => request.headers,
}));

const { clientIp, setSessionCookie } = await import("@/server/auth/session");
const { recordSocketAddresses, SOCKET_ADDRESS_HEADER } = await import("@/server/auth/socket-address");

function from(peer: string, extra: Record<string, string> = {}) {
  request.headers = new Headers({ [SOCKET_ADDRESS_HEADER]: peer, ...extra });
  request.cookies.clear();
}

async function cookieName(): Promise<string> {
  await setSessionCookie("token", new Date(Date.now() + 60_000));
  return [...request.cookies.keys()].join(",");
}

describe("the client's address and scheme", () => {
  it("refuses to read the socket header until the process records it, so a client cannot send it instead", async () => {
    from("198.51.100.4");
    await expect(clientIp()).rejects.toThrow(/socket address is not recorded/);
    recordSocketAddresses();
    expect(await clientIp()).toBe("198.51.100.4");
  });

  it("ignores X-Forwarded-For and X-Forwarded-Proto from a peer that is not a trusted proxy", async () => {
    from("::ffff:198.51.100.4", { "x-forwarded-for": "6.6.6.6", "x-forwarded-proto": "https" });
    expect(await clientIp()).toBe("198.51.100.4");
    expect(await cookieName()).toBe("kizuna_session");
  });

  it("believes both from a trusted proxy, taking the address it appended", async () => {
    from("127.0.0.1", { "x-forwarded-for": "6.6.6.6, 203.0.113.5, 10.1.1.1", "x-forwarded-proto": "https" });
    expect(await clientIp()).toBe("203.0.113.5");
    expect(await cookieName()).toBe("__Host-kizuna_session");
  });

  it("answers the proxy itself when it forwards no address, and an error when there is no socket address at all", async () => {
    from("::ffff:10.2.3.4");
    expect(await clientIp()).toBe("10.2.3.4");
    from("");
    await expect(clientIp()).rejects.toThrow(/no socket address/);
  });
});
