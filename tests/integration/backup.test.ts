import { createReadStream, createWriteStream, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { pipeline } from "node:stream/promises";
import { createGunzip, createGzip, gzipSync } from "node:zlib";
import pg from "pg";
import tar from "tar-stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseSearchParams } from "@/lib/search-params";
import { search } from "@/server/search/queries";
import {
  backupBeforeMigrating,
  pruneAutomaticBackups,
  readManifest,
  restoreBackup,
  writeBackup,
  type BackupManifest,
} from "../../scripts/lib/backup";
import { dropAll } from "../../scripts/lib/migrate";
import { withPg } from "../support/db";

// Backups (scripts/lib/backup.ts, `npm run db:backup` / `db:restore`): a
// logical dump through the driver, one snapshot, restored in one transaction
// onto the schema of the migrations it records.

const url = process.env.TEST_DATABASE_URL!;
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), "kizuna-backup-test-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

type Contents = Record<string, { rows: number; hash: string }>;

/** Every public table's row count and a hash of all its rows, in a stable order. */
async function contents(c: pg.ClientBase): Promise<Contents> {
  const { rows: tables } = await c.query<{ name: string }>(
    `SELECT relname::text AS name FROM pg_class WHERE relnamespace = 'public'::regnamespace AND relkind = 'r' ORDER BY 1`,
  );
  const out: Contents = {};
  for (const { name } of tables) {
    const { rows } = await c.query<{ n: number; hash: string }>(
      `SELECT count(*)::int AS n, md5(coalesce(string_agg(t::text, E'\\n' ORDER BY t::text), '')) AS hash FROM ${pg.escapeIdentifier(name)} t`,
    );
    out[name] = { rows: rows[0].n, hash: rows[0].hash };
  }
  return out;
}

const sequences = (c: pg.ClientBase) =>
  c.query<{ name: string; value: string | null }>(`SELECT sequencename::text AS name, last_value::text AS value FROM pg_sequences WHERE schemaname = 'public' ORDER BY 1`).then((r) => r.rows);
const generation = (c: pg.ClientBase) => c.query<{ g: string }>(`SELECT generation::text AS g FROM "SearchState"`).then((r) => BigInt(r.rows[0].g));

/** Rewrites a backup: `edit` may change the manifest and each entry's bytes. */
async function rewrite(source: string, target: string, edit: { manifest?: (m: BackupManifest) => unknown; entry?: (name: string, data: Buffer) => Buffer | null }) {
  const extract = tar.extract();
  const pack = tar.pack();
  const written = pipeline(pack, createGzip(), createWriteStream(target));
  const reading = pipeline(createReadStream(source), createGunzip(), extract);
  for await (const entry of extract) {
    const chunks: Buffer[] = [];
    for await (const chunk of entry) chunks.push(chunk as Buffer);
    let data: Buffer | null = Buffer.concat(chunks);
    if (entry.header.name === "manifest.json" && edit.manifest) data = Buffer.from(JSON.stringify(edit.manifest(JSON.parse(data.toString()))));
    else if (edit.entry) data = edit.entry(entry.header.name, data);
    if (data) pack.entry({ name: entry.header.name }, data);
  }
  await reading;
  pack.finalize();
  await written;
}

describe("a backup restored after the database was wiped", () => {
  it("gives back every table's rows, the sequences, and a working search", async () => {
    const file = path.join(dir, "full.tar.gz");
    const before = await withPg(async (c) => ({ contents: await contents(c), sequences: await sequences(c), generation: await generation(c) }));
    const kyoto = await search(parseSearchParams({ q: "kyoto" }).params);
    expect(kyoto.total).toBeGreaterThan(0);

    const manifest = await writeBackup(url, file);
    expect(manifest.tables.map((t) => t.name)).toEqual(expect.arrayContaining(["_prisma_migrations", "SearchDocument", "SearchFacetCount", "SearchWord", "SearchState", "Agreement"]));
    for (const table of manifest.tables) expect(table.rows, table.name).toBe(before.contents[table.name].rows);
    expect(manifest.migrations.map((m) => m.name)).toEqual(readdirSync(path.resolve("prisma/migrations")).filter((n) => /^\d{14}_/.test(n)).sort());

    await dropAll(url);
    const result = await restoreBackup(url, file);
    expect(result.safetyBackup).toBeNull();

    const after = await withPg(async (c) => ({ contents: await contents(c), sequences: await sequences(c), generation: await generation(c) }));
    // The search generation moves on (running apps must drop what they cached); everything else is as it was.
    expect(after.generation).toBeGreaterThan(before.generation);
    const { SearchState: _s1, ...restoredRows } = after.contents;
    const { SearchState: _s2, ...originalRows } = before.contents;
    expect(restoredRows).toEqual(originalRows);
    expect(after.sequences).toEqual(before.sequences);
    // Triggers are back on: a search refresh after the restore still bumps the generation.
    await withPg((c) => c.query(`SELECT kizuna_search_refresh('REGION', ARRAY(SELECT id FROM "Region" WHERE slug = 'kyoto-prefecture'))`));
    expect(await withPg(generation)).toBeGreaterThan(after.generation);

    // The site's queries on the restored database, past this process's search cache.
    const again = await search(parseSearchParams({ q: "kyoto" }).params);
    expect(again).not.toBe(kyoto);
    expect(again).toEqual(kyoto);
    expect((await search(parseSearchParams({ q: "ocitanie" }).params)).correctedQuery).toBe("occitanie");
  });
});

describe("a backup taken while writes go on", () => {
  it("reads one snapshot: two tables written in the same transactions agree", async () => {
    const email = "backup-consistency@example.test";
    const file = path.join(dir, "concurrent.tar.gz");
    const base = await withPg(async (c) => ({
      attempts: (await c.query<{ n: number }>(`SELECT count(*)::int AS n FROM "SignInAttempt"`)).rows[0].n,
      audits: (await c.query<{ n: number }>(`SELECT count(*)::int AS n FROM "AuditEvent"`)).rows[0].n,
    }));
    let stop = false;
    let committed = 0;
    let committedDuringDump = 0;
    let dumping = false;
    // Writers: each transaction adds one row to each table, which the backup copies at different moments.
    const writers = Array.from({ length: 3 }, () =>
      withPg(async (c) => {
        while (!stop) {
          await c.query("BEGIN");
          await c.query(`INSERT INTO "SignInAttempt" (email, ip, succeeded) VALUES ($1, '192.0.2.1', false)`, [email]);
          await c.query(`INSERT INTO "AuditEvent" (action, email, detail) VALUES ('backup.test', $1, '')`, [email]);
          await c.query("COMMIT");
          committed++;
          if (dumping) committedDuringDump++;
        }
      }),
    );
    try {
      while (committed < 20) await new Promise((r) => setTimeout(r, 5));
      dumping = true;
      const manifest = await writeBackup(url, file);
      dumping = false;
      const rows = (name: string) => manifest.tables.find((t) => t.name === name)!.rows;
      expect(committedDuringDump).toBeGreaterThan(0);
      expect(rows("SignInAttempt") - base.attempts).toBeGreaterThanOrEqual(20);
      expect(rows("SignInAttempt") - base.attempts).toBe(rows("AuditEvent") - base.audits);
    } finally {
      stop = true;
      await Promise.all(writers);
      await withPg(async (c) => {
        await c.query(`DELETE FROM "SignInAttempt" WHERE email = $1`, [email]);
        await c.query(`DELETE FROM "AuditEvent" WHERE email = $1`, [email]);
      });
    }
  });
});

describe("a restore that cannot be done", () => {
  let good: string;
  let before: Contents;
  beforeAll(async () => {
    good = path.join(dir, "good.tar.gz");
    await writeBackup(url, good);
    before = await withPg(contents);
  });
  const untouched = async () => expect(await withPg(contents)).toEqual(before);
  const force = () => ({ force: true, backupDir: path.join(dir, "safety") });

  it("refuses a database that holds data without --force", async () => {
    await expect(restoreBackup(url, good)).rejects.toThrow(/already holds data .*--force/);
    await untouched();
  });

  it("refuses a file that is not a backup, and one that is not gzip'ed tar", async () => {
    const text = path.join(dir, "notes.txt");
    writeFileSync(text, "just some notes\n");
    await expect(restoreBackup(url, text, force())).rejects.toThrow(/is not a Kizuna backup \(not a gzip'ed tar/);
    const foreign = path.join(dir, "foreign.tar.gz");
    const pack = tar.pack();
    pack.entry({ name: "README" }, "another program's archive");
    pack.finalize();
    await pipeline(pack, createGzip(), createWriteStream(foreign));
    await expect(restoreBackup(url, foreign, force())).rejects.toThrow(/is not a Kizuna backup \(it does not begin with manifest.json\)/);
    const other = path.join(dir, "other-manifest.tar.gz");
    await rewrite(good, other, { manifest: () => ({ format: "something-else", version: 1 }) });
    await expect(restoreBackup(url, other, force())).rejects.toThrow(/is not a Kizuna backup \(its manifest does not say format "kizuna-backup"\)/);
    writeFileSync(path.join(dir, "garbage.gz"), gzipSync(Buffer.from("x".repeat(2000))));
    await expect(restoreBackup(url, path.join(dir, "garbage.gz"), force())).rejects.toThrow(/is not a Kizuna backup/);
    await untouched();
  });

  it("refuses a backup whose migrations this code does not know, naming them", async () => {
    const newer = path.join(dir, "newer.tar.gz");
    await rewrite(good, newer, { manifest: (m) => ({ ...m, migrations: [...m.migrations, { name: "29991231000000_from_the_future", checksum: "0" }] }) });
    await expect(restoreBackup(url, newer, force())).rejects.toThrow(/migrations this code does not have \(29991231000000_from_the_future\)/);
    await untouched();
  });

  it("leaves the database as it was when the file turns out corrupt half-way through the load", async () => {
    // The manifest is fine, so the restore has begun (schema dropped and rebuilt) when the fault shows.
    const miscounted = path.join(dir, "miscounted.tar.gz");
    await rewrite(good, miscounted, { entry: (name, data) => (name.endsWith("-Region.copy") ? data.subarray(0, data.lastIndexOf(10, data.length - 2) + 1) : data) });
    await expect(restoreBackup(url, miscounted, force())).rejects.toThrow(/is corrupt: Region has \d+ rows where its manifest says \d+/);
    await untouched();

    const bytes = readFileSync(good);
    const truncated = path.join(dir, "truncated.tar.gz");
    writeFileSync(truncated, bytes.subarray(0, Math.floor(bytes.length * 0.6)));
    await expect(restoreBackup(url, truncated, force())).rejects.toThrow();
    await untouched();

    const broken = path.join(dir, "broken-row.tar.gz");
    await rewrite(good, broken, { entry: (name, data) => (name.endsWith("-Agreement.copy") ? Buffer.concat([data, Buffer.from("not\ta\trow\n")]) : data) });
    await expect(restoreBackup(url, broken, force())).rejects.toThrow();
    await untouched();
    // Each forced attempt backed the data up first.
    expect(readdirSync(path.join(dir, "safety")).filter((n) => n.includes("-before-restore")).length).toBeGreaterThan(0);
  });

  it("with --force, replaces the data after backing it up", async () => {
    const { safetyBackup, manifest } = await restoreBackup(url, good, force());
    expect(safetyBackup).not.toBeNull();
    expect((await readManifest(safetyBackup!)).tables.map((t) => t.rows)).toEqual(manifest.tables.map((t) => t.rows));
    const { SearchState: _a, ...now } = await withPg(contents);
    const { SearchState: _b, ...then } = before;
    expect(now).toEqual(then);
  });
});

describe("the backup npm start takes before it migrates", () => {
  const other = "kizuna_backup_test";
  let otherUrl: string;
  beforeAll(async () => {
    await withPg(async (c) => {
      await c.query(`DROP DATABASE IF EXISTS ${other} WITH (FORCE)`);
      await c.query(`CREATE DATABASE ${other}`);
    });
    const target = new URL(url);
    target.pathname = `/${other}`;
    otherUrl = target.toString();
  });
  afterAll(() => withPg((c) => c.query(`DROP DATABASE IF EXISTS ${other} WITH (FORCE)`)));

  it("is taken when a migration is pending and the database holds data, and only then", async () => {
    const auto = path.join(dir, "auto");
    expect(await backupBeforeMigrating(url, () => {}, auto)).toBeNull(); // nothing pending
    expect(await backupBeforeMigrating(otherUrl, () => {}, auto)).toBeNull(); // a new, empty database

    const file = path.join(dir, "for-hook.tar.gz");
    await writeBackup(url, file);
    await restoreBackup(otherUrl, file);
    const client = new pg.Client({ connectionString: otherUrl });
    await client.connect();
    try {
      const last = (await client.query<{ name: string }>(`DELETE FROM "_prisma_migrations" WHERE migration_name = (SELECT max(migration_name) FROM "_prisma_migrations") RETURNING migration_name AS name`)).rows[0].name;
      const taken = await backupBeforeMigrating(otherUrl, () => {}, auto);
      expect(taken).toMatch(new RegExp(`-before-${last}\\.tar\\.gz$`));
      const manifest = await readManifest(taken!);
      expect(manifest.migrations.map((m) => m.name)).not.toContain(last);
      expect(manifest.tables.find((t) => t.name === "Agreement")!.rows).toBeGreaterThan(0);
    } finally {
      await client.end();
    }
  });

  it("keeps the newest automatic backups only, and never one a person made", () => {
    const folder = path.join(dir, "prune");
    rmSync(folder, { recursive: true, force: true });
    const names = Array.from({ length: 12 }, (_, i) => `kizuna-202612${String(i + 10).padStart(2, "0")}T000000.000Z-before-restore.tar.gz`);
    mkdirSync(folder, { recursive: true });
    for (const name of [...names, "kizuna-20261201T000000.000Z.tar.gz"]) writeFileSync(path.join(folder, name), "");
    pruneAutomaticBackups(folder, 10);
    expect(readdirSync(folder).sort()).toEqual(["kizuna-20261201T000000.000Z.tar.gz", ...names.slice(2)].sort());
  });
});
