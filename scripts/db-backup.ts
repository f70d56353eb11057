// npm run db:backup [-- FILE] — a consistent backup (one snapshot) of the
// database, while the app serves; FILE defaults to .data/backups/kizuna-<time>.tar.gz.
// Format and method: scripts/lib/backup.ts; how to restore: README, "Backups".
import path from "node:path";
import { BACKUP_DIR, backupFileName, writeBackup } from "./lib/backup";
import { log, run } from "./lib/database";
import { openMaintenanceDatabase } from "./lib/running-database";

const USAGE = "usage: npm run db:backup [-- FILE]";

run(async () => {
  const args = process.argv.slice(2);
  if (args.includes("--help")) return void console.log(USAGE);
  if (args.length > 1 || args.some((a) => a.startsWith("-"))) throw new Error(USAGE);
  const file = path.resolve(args[0] ?? path.join(BACKUP_DIR, backupFileName()));
  const db = await openMaintenanceDatabase();
  try {
    const started = Date.now();
    const manifest = await writeBackup(db.url, file);
    const rows = manifest.tables.reduce((sum, t) => sum + t.rows, 0);
    const shown = path.relative(process.cwd(), file);
    log(`backup written: ${shown.startsWith("..") ? file : shown}`);
    log(`${manifest.tables.length} tables, ${rows} rows, ${manifest.migrations.length} migrations, ${((Date.now() - started) / 1000).toFixed(1)} s`);
  } finally {
    await db.stop();
  }
});
