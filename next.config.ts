import type { NextConfig } from "next";
import { RESOURCE_POLICY, STATIC_HEADERS } from "./src/lib/security-headers";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // Next's own in-memory cache (prerendered pages, route handler responses, `use cache`) is
  // 50 MB per process by default. Every page here renders at request time, so it holds
  // next to nothing today; 16 MB caps what a later static route could add (docs/benchmarks.md, "Memory").
  cacheMaxMemorySize: 16 * 1024 * 1024,
  // The Prisma client and pg are Node-only; keep them out of the bundle.
  serverExternalPackages: ["pg", "@prisma/adapter-pg"],
  // Fresh clones must not depend on a parent directory's lockfile.
  outputFileTracingRoot: import.meta.dirname,
  turbopack: { root: import.meta.dirname },
  // forbidden() answers 403 for an editor on an admin-only page (src/server/auth/session.ts).
  experimental: { authInterrupts: true },
  // The files src/proxy.ts does not run for get the same headers, and a policy
  // that lets an opened file (an SVG, say) run nothing. HSTS comes with the
  // pages: it holds for the whole host once any response has carried it.
  async headers() {
    const headers = Object.entries({ ...STATIC_HEADERS, "Content-Security-Policy": RESOURCE_POLICY }).map(([key, value]) => ({ key, value }));
    return ["/_next/static/:path*", "/_next/image"].map((source) => ({ source, headers }));
  },
};

export default nextConfig;
