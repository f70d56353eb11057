import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient, type RecordStatus } from "@/generated/prisma/client";
import { isConnectionFailure, reportDatabaseDown, reportDatabaseUp } from "@/lib/database-health";
import { env } from "./env";

// One client per process, kept on globalThis so hot reload in `npm run dev`
// does not open a new pool on every edit. Created on first use, not at import,
// so `next build` never needs a database.
const globalForPrisma = globalThis as unknown as { kizunaPrisma?: PrismaClient };

export function db(): PrismaClient {
  globalForPrisma.kizunaPrisma ??= new PrismaClient({ adapter: new PrismaPg(watchedPool(env().DATABASE_URL)) });
  return globalForPrisma.kizunaPrisma;
}

/**
 * The connection pool, watched: a query that fails for want of a connection
 * marks the database down (src/lib/database-health.ts), so that the server in
 * front of Next answers 503 instead of rendering an error page per request; a
 * new connection marks it up again. The pool reconnects by itself once the
 * server is back: a broken client is dropped, the next query opens a new one.
 */
function watchedPool(connectionString: string): pg.Pool {
  const pool = new pg.Pool({ connectionString, max: 10 });
  const note = (error: unknown) => {
    if (isConnectionFailure(error)) reportDatabaseDown();
  };
  // An idle connection that the server closes (a restart) is reported here;
  // without a listener the 'error' event would end the process.
  pool.on("error", note);
  pool.on("connect", () => reportDatabaseUp());
  // The adapter calls pool.query() for statements and pool.connect() for
  // transactions, both in their promise form; the callback forms pass through.
  const query = pool.query.bind(pool) as (...args: unknown[]) => unknown;
  pool.query = ((...args: unknown[]) => {
    const result = query(...args);
    if (result instanceof Promise) result.catch(note);
    return result;
  }) as typeof pool.query;
  const connect = pool.connect.bind(pool) as (...args: unknown[]) => unknown;
  pool.connect = ((...args: unknown[]) => {
    const result = connect(...args);
    if (result instanceof Promise) result.catch(note);
    return result;
  }) as typeof pool.connect;
  return pool;
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
