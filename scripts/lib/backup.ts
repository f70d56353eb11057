// Logical backups through the driver (`npm run db:backup`, `npm run db:restore`,
// and the automatic one `npm start` takes before it migrates a database that
// holds data). No PostgreSQL 18 pg_dump is to be had on our machines (see the
// README), so a backup is:
//
//   kizuna-<time>.tar.gz
//     manifest.json          format version, when, the applied migrations,
//                            each table's columns and row count, sequences
//     tables/<nnn>-<T>.copy  each table in COPY text format, in an order where
//                            every table comes after the tables it references
//
// all read in one REPEATABLE READ READ ONLY transaction (one snapshot, while
// the app serves). The schema is not dumped: it is the migrations recorded in
// the manifest, which a restore applies from this code before it loads the
// rows. Derived tables (the search documents, facet counts, vocabulary and
// generation) are copied like the others, with triggers off while they load:
// they were consistent with the records in the snapshot, and rebuilding them
// would take minutes on a large directory for the same result.
import { createReadStream, createWriteStream, existsSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync, statSync } from "node:fs";
import path from "node:path";
import { Transform, type TransformCallback } from "node:stream";
import { pipeline } from "node:stream/promises";
import { createGunzip, createGzip } from "node:zlib";
import pg from "pg";
import { from as copyFrom, to as copyTo } from "pg-copy-streams";
import tar from "tar-stream";
import { z } from "zod";
import { MIGRATION_LOCK, MIGRATIONS_TABLE_DDL, readFunctions, readMigrations } from "./migrate";
import { BACKUP_DIR } from "./paths";

/** Beside the embedded server's files (.data/postgres, scripts/lib/database.ts); ignored by git. */
export { BACKUP_DIR } from "./paths";

/** Automatic backups (before migrating, before a forced restore) kept in BACKUP_DIR; older ones are deleted. */
export const AUTOMATIC_BACKUPS_KEPT = 10;

const FORMAT = "kizuna-backup";
const FORMAT_VERSION = 1;
const MANIFEST = "manifest.json";
/** Filled by the migrations themselves: rows there do not make a database "hold data". */
const MIGRATION_FILLED = new Set(["_prisma_migrations", "SearchState"]);

const ManifestSchema = z.object({
  format: z.literal(FORMAT),
  version: z.literal(FORMAT_VERSION),
  createdAt: z.iso.datetime(),
  server: z.string(),
  migrations: z.array(z.object({ name: z.string(), checksum: z.string() })),
  tables: z.array(z.object({ name: z.string(), file: z.string(), columns: z.array(z.string()).min(1), rows: z.number().int().min(0) })),
  sequences: z.array(z.object({ name: z.string(), value: z.string().regex(/^-?\d+$/).nullable() })),
});
export type BackupManifest = z.infer<typeof ManifestSchema>;

type Log = (line: string) => void;
type Table = { name: string; columns: string[] };

const ident = (name: string) => pg.escapeIdentifier(name);

/** A file name that sorts by time: kizuna-20261201T213000.123Z[-suffix].tar.gz */
export function backupFileName(suffix = ""): string {
  const stamp = new Date().toISOString().replace(/[-:]/g, "");
  return `kizuna-${stamp}${suffix ? `-${suffix}` : ""}.tar.gz`;
}

/** The public tables, each after every table it references (self-references aside), so that COPY FROM meets each foreign key's target first. */
async function tablesInLoadOrder(client: pg.ClientBase): Promise<Table[]> {
  const { rows } = await client.query<{ name: string; columns: string[]; refs: string[] }>(`
    SELECT c.relname::text AS name,
      array(SELECT a.attname::text FROM pg_attribute a
            WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = '' ORDER BY a.attnum) AS columns,
      array(SELECT DISTINCT r.relname::text FROM pg_constraint k JOIN pg_class r ON r.oid = k.confrelid
            WHERE k.conrelid = c.oid AND k.contype = 'f' AND k.confrelid <> c.oid) AS refs
    FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname = 'public' AND c.relkind = 'r'
    ORDER BY c.relname`);
  const ordered: Table[] = [];
  const placed = new Set<string>();
  let pending = rows;
  while (pending.length) {
    const ready = pending.filter((t) => t.refs.every((r) => placed.has(r)));
    if (!ready.length) throw new Error(`the foreign keys between ${pending.map((t) => t.name).join(", ")} form a cycle; a backup cannot order them`);
    for (const t of ready) {
      ordered.push({ name: t.name, columns: t.columns });
      placed.add(t.name);
    }
    pending = pending.filter((t) => !placed.has(t.name));
  }
  return ordered;
}

/** The public tables that hold rows the migrations did not put there (empty: nothing to lose). */
export async function tablesHoldingData(client: pg.ClientBase): Promise<string[]> {
  const { rows } = await client.query<{ name: string }>(
    `SELECT c.relname::text AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public' AND c.relkind = 'r' ORDER BY 1`,
  );
  const holding: string[] = [];
  for (const { name } of rows) {
    if (MIGRATION_FILLED.has(name)) continue;
    const { rows: found } = await client.query(`SELECT 1 FROM ${ident(name)} LIMIT 1`);
    if (found.length) holding.push(name);
  }
  return holding;
}

/** Counts the rows of COPY text output on the way through: one newline ends each row (newlines inside values are escaped). */
class RowCounter extends Transform {
  rows = 0;
  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback) {
    for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) this.rows++;
    done(null, chunk);
  }
}

/**
 * Writes a backup of the database at `url` to `file` (written as `file.partial`
 * and renamed at the end, so that an interrupted backup never looks complete).
 */
export async function writeBackup(url: string, file: string): Promise<BackupManifest> {
  const target = path.resolve(file);
  mkdirSync(path.dirname(target), { recursive: true });
  const work = mkdtempSync(path.join(path.dirname(target), ".kizuna-backup-"));
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    // Shared with other backups, exclusive with migrate() and restores: the
    // migrations recorded are exactly the schema the rows were read from.
    await client.query(`SELECT pg_advisory_lock_shared(${MIGRATION_LOCK})`);
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    const tables = await tablesInLoadOrder(client);
    if (!tables.some((t) => t.name === "_prisma_migrations")) {
      throw new Error("this database has no _prisma_migrations table: it was not made by Kizuna's migrations, so a backup could not be restored");
    }
    // As pg_dump does: no table can be altered or dropped until the dump is read.
    await client.query(`LOCK TABLE ${tables.map((t) => ident(t.name)).join(", ")} IN ACCESS SHARE MODE`);
    const { rows: migrations } = await client.query<{ name: string; checksum: string }>(
      `SELECT migration_name AS name, checksum FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name`,
    );
    const entries: BackupManifest["tables"] = [];
    mkdirSync(path.join(work, "tables"));
    for (const [i, table] of tables.entries()) {
      const entry = `tables/${String(i + 1).padStart(3, "0")}-${table.name}.copy`;
      const counter = new RowCounter();
      const columns = table.columns.map(ident).join(", ");
      await pipeline(client.query(copyTo(`COPY ${ident(table.name)} (${columns}) TO STDOUT`)), counter, createWriteStream(path.join(work, entry)));
      entries.push({ name: table.name, file: entry, columns: table.columns, rows: counter.rows });
    }
    // Sequences are not transactional: read now, a value is at least every id
    // in the snapshot, so restored rows never meet a reused id.
    const { rows: sequences } = await client.query<{ name: string; value: string | null }>(
      `SELECT sequencename::text AS name, last_value::text AS value FROM pg_sequences WHERE schemaname = 'public' ORDER BY 1`,
    );
    const { rows: version } = await client.query<{ server_version: string }>("SHOW server_version");
    await client.query("COMMIT");
    const manifest: BackupManifest = {
      format: FORMAT,
      version: FORMAT_VERSION,
      createdAt: new Date().toISOString(),
      server: `PostgreSQL ${version[0].server_version}`,
      migrations,
      tables: entries,
      sequences,
    };
    await pack(manifest, work, `${target}.partial`);
    renameSync(`${target}.partial`, target);
    return manifest;
  } finally {
    await client.query("ROLLBACK").catch(() => {});
    await client.query(`SELECT pg_advisory_unlock_shared(${MIGRATION_LOCK})`).catch(() => {});
    await client.end();
    rmSync(work, { recursive: true, force: true });
    rmSync(`${target}.partial`, { force: true });
  }
}

/** The manifest first (a restore checks it before it touches anything), then each table's file. */
async function pack(manifest: BackupManifest, work: string, file: string): Promise<void> {
  const archive = tar.pack();
  const written = pipeline(archive, createGzip(), createWriteStream(file));
  const add = (header: { name: string; size: number }, source?: string) =>
    new Promise<void>((resolve, reject) => {
      const entry = archive.entry(header, (error) => (error ? reject(error) : resolve()));
      if (!source) return;
      const input = createReadStream(source);
      input.on("error", reject);
      input.pipe(entry);
    });
  archive.entry({ name: MANIFEST }, `${JSON.stringify(manifest, null, 2)}\n`);
  for (const table of manifest.tables) {
    const source = path.join(work, table.file);
    await add({ name: table.file, size: statSync(source).size }, source);
  }
  archive.finalize();
  await written;
}

/** Reads the entries of a backup in order; any fault of the file (not gzip, not tar, truncated) surfaces as a thrown error. */
async function* readEntries(file: string): AsyncGenerator<{ name: string; stream: NodeJS.ReadableStream }> {
  const extract = tar.extract();
  const reading = pipeline(createReadStream(file), createGunzip(), extract);
  reading.catch(() => {}); // surfaced through the iteration below, or awaited at its end
  for await (const entry of extract) yield { name: entry.header.name, stream: entry as unknown as NodeJS.ReadableStream };
  await reading;
}

async function readAll(stream: NodeJS.ReadableStream, limit: number): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    size += (chunk as Buffer).length;
    if (size > limit) throw new Error("its manifest is too large");
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString("utf8");
}

/** A manifest this code can restore, or an error that says why not. */
export function checkManifest(raw: string, file: string): BackupManifest {
  const notOurs = `${file} is not a Kizuna backup`;
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    throw new Error(`${notOurs} (its manifest.json is not JSON)`);
  }
  const head = z.object({ format: z.literal(FORMAT), version: z.number() }).safeParse(json);
  if (!head.success) throw new Error(`${notOurs} (its manifest does not say format "${FORMAT}")`);
  if (head.data.version !== FORMAT_VERSION) {
    throw new Error(`${file} is a Kizuna backup of format version ${head.data.version}; this code reads version ${FORMAT_VERSION} only`);
  }
  const parsed = ManifestSchema.safeParse(json);
  if (!parsed.success) throw new Error(`${notOurs} (its manifest is malformed: ${parsed.error.issues[0]?.path.join(".")} ${parsed.error.issues[0]?.message})`);
  const known = new Set(readMigrations().map((m) => m.name));
  const unknown = parsed.data.migrations.filter((m) => !known.has(m.name)).map((m) => m.name);
  if (unknown.length) {
    throw new Error(
      `${file} was taken from a database with migrations this code does not have (${unknown.join(", ")}): restore it with the version of Kizuna that made it, or a newer one`,
    );
  }
  return parsed.data;
}

/** The manifest of a backup file, without reading further. */
export async function readManifest(file: string): Promise<BackupManifest> {
  const entries = readEntries(file);
  try {
    const first = await entries.next().catch((error: Error) => {
      throw new Error(`${file} is not a Kizuna backup (not a gzip'ed tar file: ${error.message})`);
    });
    if (first.done || first.value.name !== MANIFEST) throw new Error(`${file} is not a Kizuna backup (it does not begin with ${MANIFEST})`);
    return checkManifest(await readAll(first.value.stream, 16 << 20), file);
  } finally {
    await entries.return(undefined).catch(() => {});
  }
}

/**
 * Replaces everything in the public schema of the database at `url` with the
 * backup in `file`, in one transaction: if anything fails (a corrupt file, a
 * row count that differs from the manifest, a constraint), nothing changed.
 * Refuses a database that holds data unless `force`, and then takes a backup
 * of it first (returned as `safetyBackup`).
 */
export async function restoreBackup(
  url: string,
  file: string,
  options: { force?: boolean; log?: Log; backupDir?: string } = {},
): Promise<{ manifest: BackupManifest; safetyBackup: string | null }> {
  const log = options.log ?? (() => {});
  const manifest = await readManifest(file);
  const code = new Map(readMigrations().map((m) => [m.name, m]));
  for (const recorded of manifest.migrations) {
    if (code.get(recorded.name)!.checksum !== recorded.checksum) log(`warning: migration ${recorded.name} differs from the one the backup was taken with (checksum)`);
  }

  const client = new pg.Client({ connectionString: url });
  await client.connect();
  let safetyBackup: string | null = null;
  const entries = readEntries(file);
  try {
    const holding = await tablesHoldingData(client);
    if (holding.length) {
      if (!options.force) {
        throw new Error(
          `the database already holds data (in ${holding.slice(0, 5).join(", ")}${holding.length > 5 ? ", …" : ""}); a restore replaces all of it. Run it again with --force to go on (a backup of the current data is taken first)`,
        );
      }
      safetyBackup = path.join(options.backupDir ?? BACKUP_DIR, backupFileName("before-restore"));
      log(`--force: backing up the current data first to ${safetyBackup}`);
      await writeBackup(url, safetyBackup);
      pruneAutomaticBackups(options.backupDir ?? BACKUP_DIR);
    }

    // No migration may run meanwhile (npm start on the same database).
    await client.query(`SELECT pg_advisory_lock(${MIGRATION_LOCK})`);
    await client.query("BEGIN");
    const { rows: state } = await client.query<{ present: boolean }>(`SELECT to_regclass('public."SearchState"') IS NOT NULL AS present`);
    const previous = state[0].present ? (await client.query<{ generation: string }>(`SELECT generation::text FROM "SearchState"`)).rows[0]?.generation : undefined;
    // The schema of the backup: the same migrations, from this code.
    await client.query("DROP SCHEMA public CASCADE; CREATE SCHEMA public;");
    await client.query(MIGRATIONS_TABLE_DDL);
    for (const recorded of manifest.migrations) await client.query(code.get(recorded.name)!.sql);
    // Functions are not in the migrations (prisma/functions/): this code's, as migrate() applies them.
    await client.query("SET LOCAL check_function_bodies = off");
    for (const fn of readFunctions()) await client.query(fn.sql);

    const tables = await tablesInLoadOrder(client);
    const inSchema = new Set(tables.map((t) => t.name));
    const inBackup = new Set(manifest.tables.map((t) => t.name));
    const missing = [...inSchema].filter((t) => !inBackup.has(t));
    const extra = [...inBackup].filter((t) => !inSchema.has(t));
    if (missing.length || extra.length) {
      throw new Error(`${file} does not match the schema of its own migrations (${[...missing.map((t) => `no rows for ${t}`), ...extra.map((t) => `unknown table ${t}`)].join(", ")})`);
    }
    // Rows go in as they were: no trigger may bump counters or rebuild
    // derived rows that the backup holds already. (Foreign keys stay checked.)
    for (const t of tables) await client.query(`ALTER TABLE ${ident(t.name)} DISABLE TRIGGER USER`);
    // The rows the migrations inserted are in the backup too.
    await client.query(`TRUNCATE ${tables.map((t) => ident(t.name)).join(", ")} RESTART IDENTITY`);

    const first = await entries.next();
    if (first.done || first.value.name !== MANIFEST) throw new Error(`${file} changed while it was read`);
    first.value.stream.resume();
    for (const table of manifest.tables) {
      const next = await entries.next();
      if (next.done) throw new Error(`${file} is incomplete: it ends before ${table.file}`);
      if (next.value.name !== table.file) throw new Error(`${file} is corrupt: found ${next.value.name} where ${table.file} was expected`);
      const copy = client.query(copyFrom(`COPY ${ident(table.name)} (${table.columns.map(ident).join(", ")}) FROM STDIN`));
      await pipeline(next.value.stream, copy);
      if (copy.rowCount !== table.rows) throw new Error(`${file} is corrupt: ${table.name} has ${copy.rowCount} rows where its manifest says ${table.rows}`);
    }
    if (!(await entries.next()).done) throw new Error(`${file} is corrupt: it holds more than its manifest lists`);
    for (const t of tables) await client.query(`ALTER TABLE ${ident(t.name)} ENABLE TRIGGER USER`);

    for (const sequence of manifest.sequences) {
      if (sequence.value !== null) await client.query("SELECT setval($1::regclass, $2::bigint, true)", [ident(sequence.name), sequence.value]);
    }
    // Every app process caches search results under the search generation
    // (src/server/search/cache.ts). The restored number may be one that a
    // running app has already seen with other data: move it past both the old
    // database's and any number this backup's history can have reached.
    if (inSchema.has("SearchState")) {
      await client.query(
        `UPDATE "SearchState" SET generation = GREATEST(generation, COALESCE($1::bigint, 0), (extract(epoch FROM clock_timestamp()) * 1000)::bigint) + 1`,
        [previous ?? null],
      );
    }
    // The planner's statistics: the search's plans depend on them.
    await client.query("ANALYZE");
    await client.query("COMMIT");
    return { manifest, safetyBackup };
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    await entries.return(undefined).catch(() => {});
    await client.query(`SELECT pg_advisory_unlock(${MIGRATION_LOCK})`).catch(() => {});
    await client.end();
  }
}

/** Deletes the oldest automatic backups beyond AUTOMATIC_BACKUPS_KEPT; never a backup a person asked for. */
export function pruneAutomaticBackups(dir = BACKUP_DIR, keep = AUTOMATIC_BACKUPS_KEPT): void {
  if (!existsSync(dir)) return;
  const automatic = readdirSync(dir)
    .filter((name) => /^kizuna-\d{8}T\d{6}\.\d{3}Z-before-.+\.tar\.gz$/.test(name))
    .sort();
  for (const name of automatic.slice(0, Math.max(0, automatic.length - keep))) rmSync(path.join(dir, name), { force: true });
}

/**
 * Called before migrations are applied (scripts/lib/database.ts): when some
 * are pending and the database holds data, a backup goes to BACKUP_DIR first,
 * so that a migration that goes wrong never costs the data.
 */
export async function backupBeforeMigrating(url: string, log: Log = () => {}, dir = BACKUP_DIR): Promise<string | null> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  let pending: string[];
  try {
    const { rows } = await client.query<{ exists: boolean }>(`SELECT to_regclass('public._prisma_migrations') IS NOT NULL AS exists`);
    if (!rows[0].exists) return null;
    const applied = new Set(
      (await client.query<{ name: string }>(`SELECT migration_name AS name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`)).rows.map(
        (r) => r.name,
      ),
    );
    pending = readMigrations()
      .map((m) => m.name)
      .filter((name) => !applied.has(name));
    if (!pending.length || !(await tablesHoldingData(client)).length) return null;
  } finally {
    await client.end();
  }
  const file = path.join(dir, backupFileName(`before-${pending[0]}`));
  log(`backing up the database before applying ${pending.length} migration(s): ${path.relative(process.cwd(), file) || file}`);
  await writeBackup(url, file);
  pruneAutomaticBackups(dir);
  return file;
}
