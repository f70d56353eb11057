import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // The Prisma client and pg are Node-only; keep them out of the bundle.
  serverExternalPackages: ["pg", "@prisma/adapter-pg"],
  // Fresh clones must not depend on a parent directory's lockfile.
  outputFileTracingRoot: import.meta.dirname,
  turbopack: { root: import.meta.dirname },
  // forbidden() answers 403 for an editor on an admin-only page (src/server/auth/session.ts).
  experimental: { authInterrupts: true },
};

export default nextConfig;
