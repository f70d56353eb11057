// The database a maintenance command (admin:create, db:backup, db:restore)
// works on while `npm start` may be serving: DATABASE_URL when set; else the
// embedded server already running on .data/postgres (a second server cannot
// open the same files); else the embedded server, started for the command.
import { checkDatabaseUrl, DATA_DIR, log, openDatabase } from "./database";
import { embeddedUrl, isPostmasterOf, readPostmasterPid, type RunningDatabase } from "./embedded-postgres";

/** The embedded server running on the data directory (.data/postgres), if any: PostgreSQL's own lock file names it. */
export function runningEmbeddedUrl(): string | null {
  if (process.env.DATABASE_URL?.trim()) return null;
  const lock = readPostmasterPid(DATA_DIR);
  return lock && lock.port > 0 && isPostmasterOf(lock.pid, DATA_DIR) ? embeddedUrl(lock.port) : null;
}

/** The database as it is: migrations are applied only when the embedded server is started here (openDatabase). */
export async function openMaintenanceDatabase(): Promise<RunningDatabase> {
  const external = process.env.DATABASE_URL?.trim();
  if (external) {
    const url = checkDatabaseUrl(external);
    log(`using the PostgreSQL server at DATABASE_URL (${new URL(url).host})`);
    return { url, stop: async () => {} };
  }
  const running = runningEmbeddedUrl();
  if (running) {
    log(`using the embedded PostgreSQL that is already running (${new URL(running).host})`);
    return { url: running, stop: async () => {} };
  }
  return openDatabase();
}
