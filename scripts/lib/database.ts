// Which database a command works on: DATABASE_URL when set, otherwise the
// embedded PostgreSQL whose files live in .data/postgres (ignored by git).
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../../src/generated/prisma/client";
import { startEmbeddedPostgres, type RunningDatabase, type Supervision } from "./embedded-postgres";
import { migrate } from "./migrate";
import { backupBeforeMigrating } from "./backup";

import { DATA_DIR } from "./paths";

export { DATA_DIR, ROOT } from "./paths";

export const log = (line: string) => console.log(`[kizuna] ${line}`);

export function checkDatabaseUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new Error(`DATABASE_URL is not a URL: set it to postgresql://user:password@host:5432/database, or unset it to use the embedded PostgreSQL.`);
  }
  if (!["postgres:", "postgresql:"].includes(parsed.protocol)) {
    throw new Error(`DATABASE_URL must start with postgresql:// (got ${parsed.protocol}//).`);
  }
  return url;
}

/**
 * Opens the app's database (starting the embedded server if needed) and applies
 * pending migrations. `supervise` (npm start / dev) watches the embedded server.
 */
export async function openDatabase(supervise?: Supervision): Promise<RunningDatabase & { embedded: boolean }> {
  const external = process.env.DATABASE_URL?.trim();
  let db: RunningDatabase & { embedded: boolean };
  if (external) {
    const url = checkDatabaseUrl(external);
    log(`using the PostgreSQL server at DATABASE_URL (${new URL(url).host}); no embedded server started`);
    db = { url, stop: async () => {}, embedded: false };
  } else {
    log(`starting the embedded PostgreSQL; data lives in ${path.relative(process.cwd(), DATA_DIR) || DATA_DIR}`);
    const embedded = await startEmbeddedPostgres({ dir: DATA_DIR, persistent: true, preferredPort: 54329, log, supervise });
    db = { ...embedded, embedded: true };
    const here = (file: string) => path.relative(process.cwd(), file) || file;
    log(`embedded PostgreSQL is listening on 127.0.0.1:${embedded.port} (port written to ${here(embedded.portFile)}; its log is ${here(embedded.logFile)})`);
  }
  try {
    await backupBeforeMigrating(db.url, log);
    const applied = await migrate(db.url, log);
    log(applied.length ? `applied ${applied.length} migration(s)` : "database schema is up to date");
  } catch (error) {
    await db.stop();
    if (error instanceof Error && error.message.startsWith("Migration ")) throw error;
    const where = db.embedded ? `the embedded PostgreSQL (see ${path.relative(process.cwd(), DATA_DIR)}.log)` : `DATABASE_URL (${new URL(db.url).host})`;
    throw new Error(`could not reach the database at ${where} to apply migrations. What to do: check that the server runs and accepts the user and password in the URL.`, { cause: error });
  }
  return db;
}

export function createPrisma(url: string): PrismaClient {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString: url }) });
}

/**
 * What went wrong, in words, whatever was thrown: an Error's message and the
 * chain of its causes, or the thrown value itself (a library once rejected with
 * `undefined`, and all the operator saw was "error: undefined").
 */
export function describeFailure(error: unknown): string {
  const parts: string[] = [];
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current !== undefined && current !== null; depth++) {
    if (current instanceof Error) {
      const code = (current as NodeJS.ErrnoException).code;
      // Node's connection attempts to several addresses fail as an AggregateError with no message of its own.
      const message = current.message || (current instanceof AggregateError ? current.errors.map((inner) => String((inner as Error)?.message ?? inner)).join("; ") : "") || current.name;
      parts.push(`${message}${code && !message.includes(code) ? ` (${code})` : ""}`);
      current = current.cause;
    } else {
      parts.push(typeof current === "string" ? current : JSON.stringify(current) ?? String(current));
      current = undefined;
    }
  }
  if (!parts.length) return `the start failed without saying why (the error was ${String(error)}); run again with DEBUG=1 for details`;
  return parts.join("\n  caused by: ");
}

/** Runs `main`, printing a clean message (no stack) for expected failures and exiting non-zero. */
export function run(main: () => Promise<void>): void {
  main().catch((error: unknown) => {
    console.error(`[kizuna] error: ${describeFailure(error)}`);
    if (process.env.DEBUG) console.error(error);
    process.exit(1);
  });
}
