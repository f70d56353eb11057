import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applyMigrations, databaseFunctions, migrate, readFunctions, readMigrations } from "../../scripts/lib/migrate";
import { withPg } from "../support/db";

// Database functions live in prisma/functions/, one file each, applied after
// the table migrations every time they run. A database that a user migrated
// before a function changed must end up with exactly what a fresh one gets.

const FRESH = "kizuna_functions_fresh";
const OLD = "kizuna_functions_old";

function urlOf(database: string): string {
  const url = new URL(process.env.TEST_DATABASE_URL!);
  url.pathname = `/${database}`;
  return url.toString();
}

async function recreate(database: string): Promise<void> {
  await withPg(async (c) => {
    await c.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
    await c.query(`CREATE DATABASE ${database}`);
  });
}

async function on<T>(database: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: urlOf(database) });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

const definitions = (database: string) => on(database, databaseFunctions);

beforeAll(async () => {
  await recreate(FRESH);
  await recreate(OLD);
  await migrate(urlOf(FRESH));
  // As a machine migrated before these files existed: the migrations alone,
  // so every function is as the last migration that touched it left it.
  await on(OLD, (c) => applyMigrations(c));
}, 120_000);

afterAll(async () => {
  await withPg(async (c) => {
    await c.query(`DROP DATABASE IF EXISTS ${FRESH} WITH (FORCE)`);
    await c.query(`DROP DATABASE IF EXISTS ${OLD} WITH (FORCE)`);
  });
});

describe("database functions", () => {
  it("are the same in a fresh database, an already-migrated one brought up to date, and the test database", async () => {
    const lines: string[] = [];
    await migrate(urlOf(OLD), (line) => lines.push(line));
    expect(lines.filter((l) => l.startsWith("applying migration"))).toEqual([]);
    const fresh = await definitions(FRESH);
    expect(fresh.size).toBeGreaterThan(10);
    expect(Object.fromEntries(await definitions(OLD))).toEqual(Object.fromEntries(fresh));
    expect(Object.fromEntries(await withPg(databaseFunctions))).toEqual(Object.fromEntries(fresh));
  });

  it("applied again change nothing and rebuild nothing", async () => {
    const before = await definitions(FRESH);
    const generation = () => on(FRESH, async (c) => (await c.query<{ g: string }>(`SELECT generation AS g FROM "SearchState"`)).rows[0].g);
    const at = await generation();
    const lines: string[] = [];
    expect(await migrate(urlOf(FRESH), (line) => lines.push(line))).toEqual([]);
    expect(lines).toEqual([]);
    expect(await generation()).toBe(at);
    expect(Object.fromEntries(await definitions(FRESH))).toEqual(Object.fromEntries(before));
  });

  it("rebuild the search documents when a definition changed", async () => {
    await on(OLD, async (c) => {
      await c.query(`INSERT INTO "Region" (slug, name, kind, country, side, status, "updatedAt")
                     VALUES ('functions-test-region', 'Functions Test Region', 'CITY', 'FR', 'EUROPE', 'PUBLISHED', now())`);
      // As a function changed since this database was last migrated: an older body.
      await c.query(`CREATE OR REPLACE FUNCTION kizuna_date_text(d date, p "DatePrecision") RETURNS text
                     LANGUAGE sql STABLE PARALLEL SAFE AS $$ SELECT 'older definition' $$`);
    });
    const lines: string[] = [];
    await migrate(urlOf(OLD), (line) => lines.push(line));
    expect(lines.join("\n")).toMatch(/kizuna_date_text\(date,"DatePrecision"\).*rebuilding the search documents/);
    const titles = await on(OLD, async (c) => (await c.query<{ title: string }>(`SELECT title FROM "SearchDocument" WHERE slug = 'functions-test-region'`)).rows);
    expect(titles).toEqual([{ title: "Functions Test Region" }]);
    expect(Object.fromEntries(await definitions(OLD))).toEqual(Object.fromEntries(await definitions(FRESH)));
  });

  it("each come from one file of prisma/functions, named after it", async () => {
    const files = readFunctions();
    const defined = new Map<string, string>();
    for (const file of files) {
      const names = [...file.sql.matchAll(/CREATE OR REPLACE FUNCTION (\w+)\(/g)].map((m) => m[1]);
      expect(names, `${file.name}.sql defines the function it is named after, and only it`).toEqual([file.name]);
      for (const m of file.sql.matchAll(/CREATE OR REPLACE TRIGGER "(\w+)"/g)) defined.set(m[1], file.name);
      defined.set(file.name, file.name);
      expect(file.sql, `${file.name}.sql: functions are replaced, never created, so the file can run again`).not.toMatch(/CREATE (FUNCTION|TRIGGER)/);
    }
    const inDatabase = [...(await definitions(FRESH)).keys()].map((key) => key.replace(/\(.*$/, "").replace(/^.*\."?([^".]+)"?$/, "$1"));
    expect(inDatabase.filter((name) => !defined.has(name))).toEqual([]);
  });

  it("are no longer created or replaced by migrations (a function changed in a migration would be overwritten by its file)", () => {
    // The last migration written before prisma/functions/ existed.
    const before = "20261201020000_search_correct_by_index";
    const later = readMigrations().filter((m) => m.name > before);
    expect(later.filter((m) => /\bCREATE\s+(OR\s+REPLACE\s+)?(FUNCTION|TRIGGER|PROCEDURE)\b/i.test(m.sql)).map((m) => m.name)).toEqual([]);
  });
});
