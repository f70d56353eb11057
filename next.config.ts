import type { NextConfig } from "next";
import { RESOURCE_POLICY, STATIC_HEADERS } from "./src/lib/security-headers";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // The Prisma client and pg are Node-only; keep them out of the bundle.
  serverExternalPackages: ["pg", "@prisma/adapter-pg"],
  // Fresh clones must not depend on a parent directory's lockfile.
  outputFileTracingRoot: import.meta.dirname,
  turbopack: { root: import.meta.dirname },
  // forbidden() answers 403 for an editor on an admin-only page (src/server/auth/session.ts).
  experimental: { authInterrupts: true },
  // What src/proxy.ts does not see gets the headers here: Next's built files
  // (with a policy that lets an opened file, an SVG say, run nothing) and the
  // redirects Next.js answers before the proxy runs (/regions/ → /regions).
  // The policy of pages stays the proxy's alone: two policies would both apply.
  // HSTS comes with the pages: it holds for the whole host once sent.
  async headers() {
    const list = (headers: Record<string, string>) => Object.entries(headers).map(([key, value]) => ({ key, value }));
    return [
      { source: "/:path*", headers: list(STATIC_HEADERS) },
      ...["/_next/static/:path*", "/_next/image"].map((source) => ({ source, headers: list({ "Content-Security-Policy": RESOURCE_POLICY }) })),
    ];
  },
};

export default nextConfig;
