// npm run db:restore -- FILE [--force] — replaces the database with a backup
// made by db:backup, in one transaction (a failed restore changes nothing).
// A database that holds data is replaced only with --force, and then a backup
// of it is taken first (.data/backups/kizuna-<time>-before-restore.tar.gz).
import { existsSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { readManifest, restoreBackup } from "./lib/backup";
import { log, run } from "./lib/database";
import { openMaintenanceDatabase } from "./lib/running-database";

const USAGE = "usage: npm run db:restore -- FILE [--force]";

run(async () => {
  let parsed;
  try {
    parsed = parseArgs({ options: { force: { type: "boolean", default: false }, help: { type: "boolean", default: false } }, allowPositionals: true });
  } catch (error) {
    throw new Error(`${(error as Error).message}\n${USAGE}`);
  }
  if (parsed.values.help) return void console.log(USAGE);
  if (parsed.positionals.length !== 1) throw new Error(USAGE);
  const file = path.resolve(parsed.positionals[0]);
  if (!existsSync(file)) throw new Error(`no such file: ${file}`);
  // A file that is no backup (or from a newer Kizuna) is refused before any server is started.
  await readManifest(file);
  const db = await openMaintenanceDatabase();
  try {
    const started = Date.now();
    const { manifest } = await restoreBackup(db.url, file, { force: parsed.values.force, log });
    const rows = manifest.tables.reduce((sum, t) => sum + t.rows, 0);
    log(`restored ${path.basename(file)} (taken ${manifest.createdAt}): ${manifest.tables.length} tables, ${rows} rows, in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  } finally {
    await db.stop();
  }
});
