// npm test — every test tier, on a throwaway PostgreSQL, never on .data/.
//
//   static        the linter (Biome) and the type checker (tsc --noEmit): one
//                 test each
//   unit          pure logic (Vitest)
//   integration   the data layer and seed on real PostgreSQL (Vitest)
//   e2e           the built app in Chromium (Playwright + axe)
//   faults        `npm start` itself under load while its PostgreSQL is stopped,
//                 crashed, Ctrl-C'd, kill -9'd (tests/faults, each test on its
//                 own throwaway data directory)
//
// `--only <tier>` runs one tier. TEST_DATABASE_URL points the run at an
// existing server instead (its public schema is dropped and rebuilt!).
// Ends with the line `tests: N passed, M failed`; exits non-zero when a test
// failed or a tier could not run.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { seed } from "../prisma/seed/seed";
import { createPrisma, log, ROOT, run } from "./lib/database";
import { freePort, startEmbeddedPostgres, type RunningDatabase } from "./lib/embedded-postgres";
import { dropAll, migrate } from "./lib/migrate";
import { buildIsStale, runNext } from "./lib/serve";

type Tier = "static" | "unit" | "integration" | "e2e" | "faults";
type Tally = { passed: number; failed: number; problems: string[] };

const RESULTS = path.join(ROOT, "test-results");
const only = process.argv.includes("--only") ? (process.argv[process.argv.indexOf("--only") + 1] as Tier) : null;
/** Test files named after the options (`npm run test:e2e -- tests/e2e/admin.spec.ts`) narrow Vitest and Playwright to them. */
const files = process.argv.slice(2).filter((arg, i, all) => !arg.startsWith("--") && all[i - 1] !== "--only");
const tiers: Tier[] = only ? [only] : ["static", "unit", "integration", "e2e", "faults"];

function command(cmd: string, args: string[], env: Record<string, string> = {}): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd: ROOT, stdio: "inherit", env: { ...process.env, ...env } });
    child.on("exit", (code) => resolve(code ?? 1));
    child.on("error", () => resolve(1));
  });
}

/** Lint and type check: each is one test, failed when the tool reports anything. */
async function statics(tally: Tally) {
  const checks: [string, string[]][] = [
    ["lint (biome)", [path.join(ROOT, "node_modules/@biomejs/biome/bin/biome"), "lint", "--error-on-warnings", "."]],
    ["typecheck (tsc --noEmit)", [path.join(ROOT, "node_modules/typescript/bin/tsc"), "--noEmit"]],
  ];
  for (const [name, args] of checks) {
    log(`tier static: ${name}`);
    if ((await command(process.execPath, args)) === 0) tally.passed += 1;
    else {
      tally.failed += 1;
      console.error(`[kizuna] FAILED: ${name}`);
    }
  }
}

function readJson<T>(file: string): T | null {
  try {
    return JSON.parse(readFileSync(file, "utf8")) as T;
  } catch {
    return null;
  }
}

async function vitest(project: "unit" | "integration" | "faults", env: Record<string, string>, tally: Tally) {
  const output = path.join(RESULTS, `vitest-${project}.json`);
  rmSync(output, { force: true });
  log(`tier ${project}: vitest`);
  // The fault tier has a config of its own (tests/faults/vitest.config.ts): it starts servers, not a shared database.
  const select = project === "faults" ? ["--config", path.join(ROOT, "tests/faults/vitest.config.ts")] : ["--project", project];
  const mine = files.filter((f) => !f.startsWith("tests/e2e") && f.startsWith("tests/faults") === (project === "faults"));
  const code = await command(process.execPath, [path.join(ROOT, "node_modules/vitest/vitest.mjs"), "run", ...select, ...mine.map((f) => (project === "faults" ? path.resolve(ROOT, f) : f)), "--reporter=default", "--reporter=json", `--outputFile.json=${output}`], env);
  const report = readJson<{ numPassedTests: number; numFailedTests: number; numTotalTests: number }>(output);
  if (!report) return void tally.problems.push(`${project}: Vitest wrote no report (exit ${code})`);
  tally.passed += report.numPassedTests;
  tally.failed += report.numFailedTests;
  if (report.numTotalTests === 0) tally.problems.push(`${project}: no test ran`);
  else if (code !== 0 && report.numFailedTests === 0) tally.problems.push(`${project}: Vitest exited ${code}`);
}

/** Debian's Chromium where there is one (or apt can install it), else Playwright's own build. */
function findChromium(): string | null {
  const candidates = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"].filter(Boolean) as string[];
  const found = candidates.find((file) => existsSync(file));
  if (found) {
    log(`browser: using ${found}`);
    return found;
  }
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  if (isRoot && spawnSync("which", ["apt-get"]).status === 0) {
    log("browser: no Chromium found; installing Debian's chromium with apt-get");
    spawnSync("apt-get", ["update", "-qq"], { stdio: "inherit" });
    if (spawnSync("apt-get", ["install", "-y", "-qq", "chromium"], { stdio: "inherit" }).status === 0 && existsSync("/usr/bin/chromium")) {
      return "/usr/bin/chromium";
    }
  }
  log("browser: trying Playwright's own Chromium download (npx playwright install chromium)");
  if (spawnSync("npx", ["playwright", "install", "chromium"], { stdio: "inherit", cwd: ROOT }).status === 0) return "";
  return null;
}

async function faults(tally: Tally) {
  if (buildIsStale()) {
    log("tier faults: building the app");
    if ((await runNext(["build"], {})) !== 0) return void tally.problems.push("faults: next build failed");
  }
  await vitest("faults", {}, tally);
}

async function e2e(databaseUrl: string, tally: Tally) {
  const chromium = findChromium();
  if (chromium === null) return void tally.problems.push("e2e: no Chromium could be found or installed");
  if (buildIsStale()) {
    log("tier e2e: building the app");
    if ((await runNext(["build"], { DATABASE_URL: databaseUrl })) !== 0) return void tally.problems.push("e2e: next build failed");
  }
  const port = await freePort(0);
  // The app as `npm start` serves it (scripts/lib/app-server.ts in front of Next), on the test database.
  const server = spawn(process.execPath, ["--import", "tsx", path.join(ROOT, "scripts/start.ts")], {
    cwd: ROOT,
    stdio: ["ignore", "inherit", "inherit"],
    env: { ...process.env, DATABASE_URL: databaseUrl, PORT: String(port), NEXT_TELEMETRY_DISABLED: "1" },
  });
  try {
    const baseUrl = `http://127.0.0.1:${port}`;
    for (let i = 0; ; i++) {
      try {
        if ((await fetch(baseUrl)).status < 500) break;
      } catch {
        /* not listening yet */
      }
      if (i > 600 || server.exitCode !== null) return void tally.problems.push("e2e: the app did not start");
      await new Promise((r) => setTimeout(r, 100));
    }
    const output = path.join(RESULTS, "playwright.json");
    rmSync(output, { force: true });
    log(`tier e2e: playwright against ${baseUrl}`);
    const code = await command(process.execPath, [path.join(ROOT, "node_modules/@playwright/test/cli.js"), "test", ...files.filter((f) => f.startsWith("tests/e2e"))], {
      BASE_URL: baseUrl,
      DATABASE_URL: databaseUrl,
      CHROMIUM_PATH: chromium,
      PLAYWRIGHT_JSON_OUTPUT_NAME: output,
    });
    const report = readJson<{ stats: { expected: number; unexpected: number; flaky: number; skipped: number } }>(output);
    if (!report) return void tally.problems.push(`e2e: Playwright wrote no report (exit ${code})`);
    tally.passed += report.stats.expected + report.stats.flaky;
    tally.failed += report.stats.unexpected;
    if (report.stats.expected + report.stats.unexpected + report.stats.flaky === 0) tally.problems.push("e2e: no test ran");
    if (report.stats.skipped) tally.problems.push(`e2e: ${report.stats.skipped} test(s) skipped`);
  } finally {
    // It drains and exits; wait, so that the test database is not stopped under it.
    if (server.exitCode === null) {
      const exited = new Promise((resolve) => server.once("exit", resolve));
      server.kill("SIGTERM");
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 15_000))]);
    }
  }
}

run(async () => {
  mkdirSync(RESULTS, { recursive: true });
  const tally: Tally = { passed: 0, failed: 0, problems: [] };
  let db: RunningDatabase | null = null;
  let tmp: string | null = null;
  try {
    if (tiers.includes("static")) await statics(tally);
    if (tiers.includes("unit")) await vitest("unit", {}, tally);
    if (tiers.some((t) => t === "integration" || t === "e2e")) {
      if (process.env.TEST_DATABASE_URL) {
        log("test database: TEST_DATABASE_URL (its public schema is rebuilt)");
        db = { url: process.env.TEST_DATABASE_URL, stop: async () => {} };
      } else {
        tmp = mkdtempSync(path.join(os.tmpdir(), "kizuna-test-"));
        log(`test database: a throwaway embedded PostgreSQL in ${tmp}`);
        db = await startEmbeddedPostgres({ dir: path.join(tmp, "pg"), persistent: false, log });
      }
      await dropAll(db.url);
      await migrate(db.url, log);
      const prisma = createPrisma(db.url);
      try {
        await seed(prisma);
      } finally {
        await prisma.$disconnect();
      }
      if (tiers.includes("integration")) await vitest("integration", { TEST_DATABASE_URL: db.url }, tally);
      if (tiers.includes("e2e")) await e2e(db.url, tally);
    }
  } catch (error) {
    tally.problems.push(`setup: ${(error as Error).message}`);
  } finally {
    await db?.stop().catch(() => {});
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  }
  // After the shared test database is gone: these tests start servers of their own.
  if (tiers.includes("faults")) await faults(tally).catch((error: unknown) => tally.problems.push(`faults: ${(error as Error).message}`));
  for (const problem of tally.problems) console.error(`[kizuna] PROBLEM: ${problem}`);
  const failed = tally.failed + (tally.problems.length && tally.failed === 0 ? 1 : 0);
  console.log(`tests: ${tally.passed} passed, ${failed} failed`);
  process.exit(failed > 0 ? 1 : 0);
});

