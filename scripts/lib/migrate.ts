// Applies prisma/migrations/*/migration.sql in order, each in a transaction,
// and records it in Prisma's own `_prisma_migrations` table, so that a machine
// that has Prisma's schema engine can still run `prisma migrate deploy` or
// `prisma migrate status` against the same database. We apply them ourselves
// because the Prisma CLI cannot download that engine here (see README).
//
// Database functions and their triggers are not in the migrations: each lives
// in one file of prisma/functions/ (`CREATE OR REPLACE`), applied after the
// migrations every time they run, so the live definition is the file's and a
// change to a function is a change to one file. Migrations change tables.
import { createHash, randomUUID } from "node:crypto";
import { readdirSync, readFileSync, existsSync } from "node:fs";
import path from "node:path";
import pg from "pg";

export const MIGRATIONS_DIR = path.resolve(import.meta.dirname, "../../prisma/migrations");

export const FUNCTIONS_DIR = path.resolve(import.meta.dirname, "../../prisma/functions");

export type Migration = { name: string; sql: string; checksum: string };
export type DatabaseFunction = { name: string; sql: string };

/** Same DDL as Prisma Migrate's own bookkeeping table. */
export const MIGRATIONS_TABLE_DDL = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
      "id" VARCHAR(36) PRIMARY KEY NOT NULL,
      "checksum" VARCHAR(64) NOT NULL,
      "finished_at" TIMESTAMPTZ,
      "migration_name" VARCHAR(255) NOT NULL,
      "logs" TEXT,
      "rolled_back_at" TIMESTAMPTZ,
      "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
      "applied_steps_count" INTEGER NOT NULL DEFAULT 0
    )`;

/**
 * The advisory lock held while migrations are applied; backups take it shared
 * (scripts/lib/backup.ts), so a dump never sees a migration half-applied.
 */
export const MIGRATION_LOCK = 724011;

export function readMigrations(dir = MIGRATIONS_DIR): Migration[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(path.join(dir, entry.name, "migration.sql")))
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const sql = readFileSync(path.join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: createHash("sha256").update(sql).digest("hex") };
    });
}

/** The function files, in file-name order (see prisma/functions/README.md). */
export function readFunctions(dir = FUNCTIONS_DIR): DatabaseFunction[] {
  return readdirSync(dir)
    .filter((file) => file.endsWith(".sql"))
    .sort()
    .map((file) => ({ name: file.replace(/\.sql$/, ""), sql: readFileSync(path.join(dir, file), "utf8") }));
}

/**
 * The definition of every function and trigger of the public schema that is
 * not an extension's, by signature ("kizuna_tsq(text)") or by table and name
 * ("SearchDocument"."SearchDocument_sample"), as PostgreSQL prints it back.
 */
export async function databaseFunctions(client: pg.ClientBase): Promise<Map<string, string>> {
  const { rows } = await client.query<{ key: string; definition: string }>(`
    SELECT p.oid::regprocedure::text AS key, pg_get_functiondef(p.oid) AS definition
    FROM pg_proc p
    WHERE p.pronamespace = 'public'::regnamespace AND p.prokind IN ('f', 'p')
      AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_proc'::regclass AND d.objid = p.oid AND d.deptype = 'e')
    UNION ALL
    SELECT t.tgrelid::regclass::text || '.' || quote_ident(t.tgname), pg_get_triggerdef(t.oid)
    FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid
    WHERE c.relnamespace = 'public'::regnamespace AND NOT t.tgisinternal
    ORDER BY 1`);
  return new Map(rows.map((row) => [row.key, row.definition]));
}

/**
 * Applies every file of prisma/functions/ in one transaction (the caller
 * holds the migration lock) and returns the functions and triggers whose
 * definition that changed. The files are run with the bodies unchecked, so that their order need not follow who calls
 * whom (as pg_dump restores do), then every function is checked by its
 * language's own validator. When anything changed, the search documents,
 * which these functions compute, are rebuilt in the same transaction: the
 * derived data follows its definition.
 */
export async function applyFunctions(client: pg.Client, log: (line: string) => void = () => {}): Promise<string[]> {
  const before = await databaseFunctions(client);
  await client.query("BEGIN");
  try {
    await client.query("SET LOCAL check_function_bodies = off");
    for (const fn of readFunctions()) {
      try {
        await client.query(fn.sql);
      } catch (error) {
        throw new Error(`Database function file prisma/functions/${fn.name}.sql failed: ${(error as Error).message}`);
      }
    }
    await client.query("SET LOCAL check_function_bodies = on");
    const { rows } = await client.query<{ oid: number; name: string; validator: string }>(`
      SELECT p.oid, p.oid::regprocedure::text AS name, l.lanvalidator::regproc::text AS validator
      FROM pg_proc p JOIN pg_language l ON l.oid = p.prolang
      WHERE p.pronamespace = 'public'::regnamespace AND l.lanvalidator <> 0
        AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_proc'::regclass AND d.objid = p.oid AND d.deptype = 'e')`);
    for (const row of rows) {
      try {
        // The validator's name comes from the catalog, never from input.
        await client.query(`SELECT ${row.validator}($1::oid)`, [row.oid]);
      } catch (error) {
        throw new Error(`Database function ${row.name} is invalid: ${(error as Error).message}`);
      }
    }
    const after = await databaseFunctions(client);
    const changed = [...new Set([...before.keys(), ...after.keys()])].filter((key) => before.get(key) !== after.get(key));
    if (changed.length && after.has(`kizuna_search_refresh("SearchRecordType",integer[])`)) {
      log(`database functions changed (${changed.join(", ")}): rebuilding the search documents`);
      await client.query("SELECT kizuna_search_refresh()");
    }
    await client.query("COMMIT");
    return changed;
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  }
}

/** Applies pending migrations, then the database functions; returns the names of the migrations it applied. */
export async function migrate(url: string, log: (line: string) => void = () => {}): Promise<string[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    // Two processes starting at once must not both apply the same migration.
    await client.query(`SELECT pg_advisory_lock(${MIGRATION_LOCK})`);
    const done = await applyMigrations(client, log);
    await applyFunctions(client, log);
    return done;
  } finally {
    await client.query(`SELECT pg_advisory_unlock(${MIGRATION_LOCK})`).catch(() => {});
    await client.end();
  }
}

/** Applies the pending table migrations only (the caller holds the lock); returns their names. */
export async function applyMigrations(client: pg.Client, log: (line: string) => void = () => {}): Promise<string[]> {
  await client.query(MIGRATIONS_TABLE_DDL);
  const applied = new Map<string, string>(
    (
      await client.query<{ migration_name: string; checksum: string }>(
        `SELECT migration_name, checksum FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
      )
    ).rows.map((row) => [row.migration_name, row.checksum]),
  );
  const done: string[] = [];
  for (const migration of readMigrations()) {
    const previous = applied.get(migration.name);
    if (previous) {
      if (previous !== migration.checksum) {
        log(`warning: migration ${migration.name} was edited after it was applied (checksum differs)`);
      }
      continue;
    }
    log(`applying migration ${migration.name}`);
    await client.query("BEGIN");
    try {
      await client.query(migration.sql);
      await client.query(
        `INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, applied_steps_count)
         VALUES ($1, $2, now(), $3, 1)`,
        [randomUUID(), migration.checksum, migration.name],
      );
      await client.query("COMMIT");
    } catch (error) {
      await client.query("ROLLBACK");
      throw new Error(`Migration ${migration.name} failed: ${(error as Error).message}`);
    }
    done.push(migration.name);
  }
  return done;
}

/** Drops everything in the public schema (db:reset and test setup). */
export async function dropAll(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("DROP SCHEMA public CASCADE; CREATE SCHEMA public;");
  } finally {
    await client.end();
  }
}
