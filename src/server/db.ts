import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient, type RecordStatus } from "@/generated/prisma/client";
import { env } from "./env";

// One client per process, kept on globalThis so hot reload in `npm run dev`
// does not open a new pool on every edit. Created on first use, not at import,
// so `next build` never needs a database.
const globalForPrisma = globalThis as unknown as { kizunaPrisma?: PrismaClient };

export function db(): PrismaClient {
  globalForPrisma.kizunaPrisma ??= new PrismaClient({
    adapter: new PrismaPg({ connectionString: env().DATABASE_URL, max: 10 }),
  });
  return globalForPrisma.kizunaPrisma;
}

/** Public pages see published records only. */
export const PUBLISHED = { status: "PUBLISHED" } as const;

/**
 * The status filter for the record a public page is about: published only, or
 * in an editor's preview (src/server/preview.ts) drafts too. Never trashed
 * records. Records the page links to keep the PUBLISHED filter.
 */
export function visible(drafts = false) {
  return drafts ? { status: { in: ["DRAFT", "PUBLISHED"] satisfies RecordStatus[] } } : PUBLISHED;
}

/** Most records a page lists inline; beyond that it links to the search for the rest. */
export const LIST_LIMIT = 50;
