// The database a maintenance command (admin:create, db:backup, db:restore)
// works on while `npm start` may be serving: DATABASE_URL when set; else the
// embedded server already running on .data/postgres (a second server cannot
// open the same files); else the embedded server, started for the command.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { checkDatabaseUrl, DATA_DIR, log, openDatabase } from "./database";
import { embeddedUrl, type RunningDatabase } from "./embedded-postgres";

/**
 * The embedded server running on .data/postgres, if any. PostgreSQL's own
 * postmaster.pid holds its pid (line 1) and port (line 4); the pid must be alive.
 */
export function runningEmbeddedUrl(): string | null {
  const pidFile = path.join(DATA_DIR, "postmaster.pid");
  if (process.env.DATABASE_URL?.trim() || !existsSync(pidFile)) return null;
  const lines = readFileSync(pidFile, "utf8").split("\n");
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  if (!Number.isInteger(pid) || !Number.isInteger(port) || port <= 0) return null;
  try {
    process.kill(pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EPERM") return null;
  }
  return embeddedUrl(port);
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
