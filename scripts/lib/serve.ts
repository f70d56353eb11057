// Shared by `npm start` and `npm run dev`: database up (watched), migrated,
// seeded when empty, built when stale, then Next.js inside our own HTTP server
// (scripts/lib/app-server.ts); Ctrl-C drains the app, then stops the database.
import { spawn } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { seed } from "../../prisma/seed/seed";
import { reportDatabaseDown, reportDatabaseUp } from "../../src/lib/database-health";
import { startAppServer, type AppServer } from "./app-server";
import { createPrisma, DATA_DIR, describeFailure, log, openDatabase, ROOT } from "./database";

const NEXT_BIN = path.join(ROOT, "node_modules", "next", "dist", "bin", "next");

export function port(): number {
  const raw = process.env.PORT?.trim() || "3000";
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1 || value > 65535) throw new Error(`PORT must be a number from 1 to 65535 (got "${raw}").`);
  return value;
}

export async function seedIfEmpty(url: string): Promise<void> {
  const prisma = createPrisma(url);
  try {
    const [sources, regions] = await Promise.all([prisma.source.count(), prisma.region.count()]);
    if (sources + regions > 0) {
      log(`database already holds ${regions} regions and ${sources} sources; not seeding`);
      return;
    }
    log("database is empty; seeding it from the five source articles");
    const created = await seed(prisma);
    log(`seeded: ${Object.entries(created).map(([k, n]) => `${n} ${k}`).join(", ")}`);
  } finally {
    await prisma.$disconnect();
  }
}

function newestMtime(entry: string): number {
  if (!existsSync(entry)) return 0;
  const stat = statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(entry).reduce((max, name) => Math.max(max, newestMtime(path.join(entry, name))), stat.mtimeMs);
}

/** True when there is no production build or a source file is newer than it. */
export function buildIsStale(): boolean {
  const buildId = path.join(ROOT, ".next", "BUILD_ID");
  if (!existsSync(buildId)) return true;
  const built = statSync(buildId).mtimeMs;
  const inputs = ["src", "public", "next.config.ts", "postcss.config.mjs", "package-lock.json", "tsconfig.json"];
  return inputs.some((input) => newestMtime(path.join(ROOT, input)) > built);
}

export function runNext(args: string[], env: Record<string, string>): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [NEXT_BIN, ...args], {
      cwd: ROOT,
      stdio: "inherit",
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...env },
    });
    const forward = (signal: NodeJS.Signals) => child.kill(signal);
    process.on("SIGINT", forward);
    process.on("SIGTERM", forward);
    child.on("error", reject);
    child.on("exit", (code, signal) => {
      process.off("SIGINT", forward);
      process.off("SIGTERM", forward);
      resolve(code ?? (signal ? 0 : 1));
    });
  });
}

/**
 * The order of a stop (Ctrl-C, SIGTERM, or PostgreSQL gone for good): the app
 * drains first, while the database still answers, and PostgreSQL stops last.
 * Each step is logged; a second Ctrl-C stops waiting for requests.
 */
export async function serve(mode: "start" | "dev"): Promise<void> {
  const listenPort = port();
  let db: Awaited<ReturnType<typeof openDatabase>> | null = null;
  let app: AppServer | null = null;
  let stopping = 0;
  const stop = async (reason: string, code?: number) => {
    if (stopping) {
      // Ctrl-C reaches npm and this process at once, and npm relays it
      // again: a repeat within a second is the same key press.
      if (Date.now() - stopping < 1_000) return;
      log(`${reason} again: not waiting for the requests in flight`);
      app?.abort();
      return;
    }
    stopping = Date.now();
    let drained = true;
    if (app) drained = await app.close(reason);
    else log(`${reason}: stopping`);
    if (db?.embedded) {
      log("stopping the embedded PostgreSQL");
      await db.stop();
      log("embedded PostgreSQL stopped");
    }
    log(drained ? "stopped cleanly" : "stopped (some requests were cut short)");
    process.exit(code ?? (drained ? 0 : 1));
  };
  process.on("SIGINT", () => void stop("Ctrl-C (SIGINT)"));
  process.on("SIGTERM", () => void stop("SIGTERM"));

  db = await openDatabase({
    onExit: (how) => {
      reportDatabaseDown();
      log(`PostgreSQL exited unexpectedly (${how}); pages answer 503 while it is restarted. Its own log: ${path.relative(process.cwd(), `${DATA_DIR}.log`)}`);
    },
    onRestart: () => {
      log("PostgreSQL is running again on the same data directory and port");
      reportDatabaseUp();
    },
    onGiveUp: (error) => {
      log(`PostgreSQL could not be restarted: ${describeFailure(error)}`);
      log(`What to do: read ${path.relative(process.cwd(), `${DATA_DIR}.log`)}, fix what it says, then npm start again.`);
      void stop("PostgreSQL is gone", 1);
    },
  });
  if (stopping) return;
  try {
    await seedIfEmpty(db.url);
    if (mode === "start" && buildIsStale()) {
      log("building the app (first start, or the code changed since the last build)…");
      const code = await runNext(["build"], { DATABASE_URL: db.url });
      if (code !== 0) throw new Error("next build failed; see the output above");
    }
    if (stopping) return;
    app = await startAppServer({ dev: mode === "dev", port: listenPort, databaseUrl: db.url });
  } catch (error) {
    if (db.embedded) await db.stop();
    throw error;
  }
  log(`serving Kizuna on http://localhost:${listenPort}  (Ctrl-C to stop)`);
}
