// Shared by `npm start` and `npm run dev`: database up, migrated, seeded when
// empty, then Next.js in a child process; Ctrl-C stops both cleanly.
import { spawn } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { seed } from "../../prisma/seed/seed";
import { createPrisma, log, openDatabase, ROOT } from "./database";

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

export async function serve(mode: "start" | "dev"): Promise<void> {
  const listenPort = port();
  const db = await openDatabase();
  let exitCode = 0;
  try {
    await seedIfEmpty(db.url);
    if (mode === "start" && buildIsStale()) {
      log("building the app (first start, or the code changed since the last build)…");
      const code = await runNext(["build"], { DATABASE_URL: db.url });
      if (code !== 0) throw new Error("next build failed; see the output above");
    }
    log(`serving Kizuna on http://localhost:${listenPort}  (Ctrl-C to stop)`);
    exitCode = await runNext(mode === "start" ? ["start", "-p", String(listenPort)] : ["dev", "-p", String(listenPort)], {
      DATABASE_URL: db.url,
    });
  } finally {
    if (db.embedded) log("stopping the embedded PostgreSQL");
    await db.stop();
  }
  process.exit(exitCode);
}
