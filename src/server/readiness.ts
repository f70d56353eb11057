import "server-only";
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { db } from "./db";

export type Readiness = {
  ready: boolean;
  database: "reachable" | "unreachable";
  migrations: { expected: number; applied: number; missing: string[] } | null;
};

const TIMEOUT_MS = 3_000;

/**
 * The migrations this build expects: the folders of prisma/migrations, the
 * same list scripts/lib/migrate.ts applies at start (read from the project
 * folder, which is the server's working directory).
 */
function expectedMigrations(): string[] {
  const dir = path.join(process.cwd(), "prisma", "migrations");
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(path.join(dir, entry.name, "migration.sql")))
    .map((entry) => entry.name);
}

/** Can this instance serve: the database answers through the app's own pool, and every migration of the build is applied. */
export async function readiness(): Promise<Readiness> {
  const expected = expectedMigrations();
  let timer: NodeJS.Timeout | undefined;
  try {
    const rows = await Promise.race([
      db().$queryRaw<{ migration_name: string }[]>`SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
      new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error("readiness query timed out")), TIMEOUT_MS))),
    ]);
    const applied = new Set(rows.map((row) => row.migration_name));
    const missing = expected.filter((name) => !applied.has(name));
    return { ready: missing.length === 0, database: "reachable", migrations: { expected: expected.length, applied: applied.size, missing } };
  } catch {
    return { ready: false, database: "unreachable", migrations: null };
  } finally {
    clearTimeout(timer);
  }
}
