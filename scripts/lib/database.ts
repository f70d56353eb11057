// Which database a command works on: DATABASE_URL when set, otherwise the
// embedded PostgreSQL whose files live in .data/postgres (ignored by git).
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../../src/generated/prisma/client";
import { startEmbeddedPostgres, type RunningDatabase } from "./embedded-postgres";
import { migrate } from "./migrate";
import { backupBeforeMigrating } from "./backup";

export const ROOT = path.resolve(import.meta.dirname, "../..");
export const DATA_DIR = path.join(ROOT, ".data", "postgres");

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

/** Opens the app's database (starting the embedded server if needed) and applies pending migrations. */
export async function openDatabase(): Promise<RunningDatabase & { embedded: boolean }> {
  const external = process.env.DATABASE_URL?.trim();
  let db: RunningDatabase & { embedded: boolean };
  if (external) {
    const url = checkDatabaseUrl(external);
    log(`using the PostgreSQL server at DATABASE_URL (${new URL(url).host}); no embedded server started`);
    db = { url, stop: async () => {}, embedded: false };
  } else {
    log(`starting the embedded PostgreSQL; data lives in ${path.relative(process.cwd(), DATA_DIR) || DATA_DIR}`);
    db = { ...(await startEmbeddedPostgres({ dir: DATA_DIR, persistent: true, preferredPort: 54329, log })), embedded: true };
    log(`embedded PostgreSQL is listening on ${new URL(db.url).host}`);
  }
  try {
    await backupBeforeMigrating(db.url, log);
    const applied = await migrate(db.url, log);
    log(applied.length ? `applied ${applied.length} migration(s)` : "database schema is up to date");
  } catch (error) {
    await db.stop();
    throw error;
  }
  return db;
}

export function createPrisma(url: string): PrismaClient {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString: url }) });
}

/** Runs `main`, printing a clean message (no stack) for expected failures and exiting non-zero. */
export function run(main: () => Promise<void>): void {
  main().catch((error: unknown) => {
    console.error(`[kizuna] error: ${error instanceof Error ? error.message : String(error)}`);
    if (process.env.DEBUG) console.error(error);
    process.exit(1);
  });
}
