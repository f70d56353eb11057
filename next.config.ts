import type { NextConfig } from "next";

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
};

export default nextConfig;
