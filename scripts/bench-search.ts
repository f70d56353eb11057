// npm run bench:search [-- --sizes 100000,1000000] [--seed 42] [--duration 10] [--connections 1,10]
//                          [--warmup 3] [--also /agreements,/regions/tokyo] [--force-synth] [--skip-build]
//
// Search latency on a synthetic directory. For each size: the synthetic set
// (scripts/lib/synth.ts; an embedded PostgreSQL in .data/synth-<n>/, reused
// between runs), the production build (rebuilt only when the code changed),
// `next start` on a free port against it, a warm-up, then autocannon for
// each URL at each connection count. Every figure, the static-file baseline
// included, comes from the same run; its section of docs/benchmarks.md is rewritten whole
// (other benchmarks' sections kept), and the EXPLAIN output goes to docs/benchmarks-search-explain.md.
// A benchmark only: nothing here fails on a slow figure.
import autocannon from "autocannon";
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { pathToFileURL } from "node:url";
import pg from "pg";
import { log, ROOT, run } from "./lib/database";
import { freePort } from "./lib/embedded-postgres";
import { buildIsStale, runNext } from "./lib/serve";
import { DEFAULT_SEED, describeDatabase, formatBytes, openSynthDatabase, type SynthDatabase } from "./lib/synth";

const NEXT_BIN = path.join(ROOT, "node_modules", "next", "dist", "bin", "next");
const DOC = path.join(ROOT, "docs", "benchmarks.md");
/** The long EXPLAIN output, in an appendix so that benchmarks.md stays readable. */
const EXPLAIN_DOC = path.join(ROOT, "docs", "benchmarks-search-explain.md");
const BASELINE_PATH = "/bench-baseline.txt";
const USAGE =
  "usage: npm run bench:search -- [--sizes 100000,1000000] [--seed 42] [--duration 10] [--connections 1,10] [--warmup 3] [--also /agreements] [--force-synth] [--skip-build]";

/** p95 targets at 10 connections, by number of agreements (2-core machine). */
const TARGETS: Record<number, number> = { 100000: 30, 1000000: 100 };
const TARGET_CONNECTIONS = 10;

/** The fixed query mix. `params` is the query string without "?". */
const QUERIES = [
  { id: "word", label: "single word", params: "q=biotech" },
  { id: "typo", label: "name with a typo", params: "q=ocitanie" },
  { id: "ja", label: "Japanese", params: `q=${encodeURIComponent("京都")}` },
  { id: "facet", label: "sector facet only", params: "sector=health" },
  { id: "facet-word", label: "facet + word", params: "sector=health&q=cooperation" },
  { id: "empty", label: "empty query", params: "" },
] as const;

/**
 * `cached`: measured on a second app process with the search cache on
 * (src/server/search/cache.ts, its default size), where every request after
 * the first of a URL is a hit. Every other row runs with SEARCH_CACHE_SIZE=0:
 * those are the search itself, and they decide whether a target is met.
 */
type Target = { key: string; label: string; query: string | null; endpoint: "baseline" | "api" | "page" | "extra"; path: string; cached: boolean };

function targetsFor(also: string[]): Target[] {
  const withQuery = (base: string, params: string) => (params ? `${base}?${params}` : base);
  const searches = (cached: boolean) =>
    QUERIES.flatMap((q) => [
      { key: `api${cached ? "+cache" : ""}:${q.id}`, label: q.label, query: q.id, endpoint: "api" as const, path: withQuery("/api/v1/search", q.params), cached },
      { key: `page${cached ? "+cache" : ""}:${q.id}`, label: q.label, query: q.id, endpoint: "page" as const, path: withQuery("/search", q.params), cached },
    ]);
  return [
    { key: "baseline", label: "baseline: static file", query: null, endpoint: "baseline", path: BASELINE_PATH, cached: false },
    ...searches(false),
    ...also.map((p) => ({ key: `extra:${p}`, label: `extra: ${p}`, query: null, endpoint: "extra" as const, path: p, cached: false })),
    ...searches(true),
  ];
}

type Measurement = {
  connections: number;
  requests: number;
  seconds: number;
  p50: number;
  p95: number;
  p99: number;
  rps: number;
  non2xx: number;
  errors: number;
  /** Too few requests completed in the time window: measured instead until this many had completed. */
  untilDone?: number;
};

/** Fewer completed requests than this in the window: measure again by count instead of time. */
const MIN_SAMPLES = 5;

type Probe = { status: number; bytes: number; total: number | null; ms: number };

type SizeReport = {
  agreements: number;
  seed: number;
  synthSeconds: number | null;
  generatedNow: boolean;
  dbBytes: number;
  counts: Record<string, number>;
  probes: Record<string, Probe>;
  results: Record<string, Measurement[]>;
  explains: { query: string; label: string; params: string; p95: number; target: number; plan: string }[];
  explainNote: string | null;
  postgres: string;
};

// ------------------------------------------------------------------ measuring

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
}

function measure(url: string, connections: number, duration: number, amount?: number): Promise<Measurement> {
  return new Promise((resolve, reject) => {
    const latencies: number[] = [];
    let non2xx = 0;
    const options = amount ? { url, connections, amount, pipelining: 1, timeout: 600 } : { url, connections, duration, pipelining: 1, timeout: 60 };
    const instance = autocannon(options, (error, result) => {
      if (error) return reject(error);
      latencies.sort((a, b) => a - b);
      const seconds = result.duration || duration;
      resolve({
        connections,
        requests: latencies.length,
        seconds,
        p50: percentile(latencies, 50),
        p95: percentile(latencies, 95),
        p99: percentile(latencies, 99),
        rps: latencies.length / seconds,
        non2xx,
        errors: result.errors,
        ...(amount ? { untilDone: amount } : {}),
      });
    });
    instance.on("response", (_client, statusCode, _bytes, responseTime) => {
      latencies.push(responseTime);
      if (statusCode < 200 || statusCode >= 300) non2xx++;
    });
  });
}

async function probe(url: string): Promise<Probe> {
  const t0 = performance.now();
  const response = await fetch(url, { redirect: "manual" });
  const body = await response.text();
  const ms = performance.now() - t0;
  let total: number | null = null;
  if ((response.headers.get("content-type") ?? "").includes("json")) {
    try {
      const parsed = JSON.parse(body) as { total?: unknown };
      if (typeof parsed.total === "number") total = parsed.total;
    } catch {
      /* not JSON after all */
    }
  }
  return { status: response.status, bytes: Buffer.byteLength(body), total, ms };
}

/**
 * Waits until the database runs no query (three quiet polls in a row). When a
 * load test ends, the requests still in flight are abandoned by autocannon but
 * not by the app, which keeps running them (and those queued behind its pool);
 * measuring the next URL before they finish would charge it for them.
 */
async function waitForIdle(databaseUrl: string, limitSeconds = 900): Promise<number> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const t0 = Date.now();
  try {
    let quiet = 0;
    while (quiet < 3) {
      const { rows } = await client.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM pg_stat_activity
         WHERE datname = current_database() AND pid <> pg_backend_pid() AND state = 'active' AND backend_type = 'client backend'`,
      );
      quiet = rows[0].n === 0 ? quiet + 1 : 0;
      if (Date.now() - t0 > limitSeconds * 1000) {
        log(`warning: the database was still busy after ${limitSeconds} s; measuring anyway`);
        break;
      }
      await new Promise((r) => setTimeout(r, 200));
    }
  } finally {
    await client.end();
  }
  return (Date.now() - t0) / 1000;
}

/** Sequential requests (one at a time, each awaited) for `seconds`, at least two: warms caches without a backlog. */
async function warmUp(url: string, seconds: number): Promise<number> {
  const until = Date.now() + seconds * 1000;
  let n = 0;
  while (n < 2 || Date.now() < until) {
    const response = await fetch(url);
    await response.arrayBuffer();
    n++;
  }
  return n;
}

// ------------------------------------------------------------------ the app server

type AppServer = { origin: string; stop: () => Promise<void>; output: () => string[] };

async function startApp(databaseUrl: string, extraEnv: Record<string, string> = {}, firstPort = 3100): Promise<AppServer> {
  const port = await freePort(firstPort);
  const output: string[] = [];
  const child: ChildProcess = spawn(process.execPath, [NEXT_BIN, "start", "-p", String(port), "-H", "127.0.0.1"], {
    cwd: ROOT,
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1", DATABASE_URL: databaseUrl, PORT: String(port), ...extraEnv },
  });
  const keep = (chunk: Buffer) => {
    output.push(...chunk.toString("utf8").split("\n").filter(Boolean));
    if (output.length > 200) output.splice(0, output.length - 200);
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  let exited: number | null = null;
  const exit = new Promise<void>((resolve) => child.on("exit", (code) => { exited = code ?? 0; resolve(); }));
  const stop = async () => {
    if (exited !== null) return;
    child.kill("SIGTERM");
    const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
    await exit;
    clearTimeout(timer);
  };
  const origin = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 90_000;
  while (true) {
    if (exited !== null) throw new Error(`next start exited with code ${exited}:\n${output.slice(-30).join("\n")}`);
    try {
      const response = await fetch(origin + BASELINE_PATH);
      await response.arrayBuffer();
      if (response.ok) break;
    } catch {
      /* not listening yet */
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`next start did not serve ${BASELINE_PATH} within 90 s:\n${output.slice(-30).join("\n")}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return { origin, stop, output: () => [...output] };
}

// ------------------------------------------------------------------ EXPLAIN of the search SQL

/**
 * EXPLAIN (ANALYZE, BUFFERS) of the statement the search runs for `params`,
 * built by the app's own src/server/search/sql.ts (imported at run time, so
 * this script keeps working while that code changes, and says so if it cannot).
 */
async function explainSearch(databaseUrl: string, queryString: string): Promise<string> {
  const paramsModule = await import(pathToFileURL(path.join(ROOT, "src", "lib", "search-params.ts")).href);
  const sqlModule = await import(pathToFileURL(path.join(ROOT, "src", "server", "search", "sql.ts")).href);
  const { params } = paramsModule.parseSearchParams(new URLSearchParams(queryString));
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const sectorIds = params.sectors.length
      ? (await client.query<{ id: number }>(`SELECT id FROM "Sector" WHERE status = 'PUBLISHED' AND slug = ANY($1::text[])`, [params.sectors])).rows.map((r) => r.id)
      : [];
    const regionId = params.region
      ? ((await client.query<{ id: number }>(`SELECT id FROM "Region" WHERE status = 'PUBLISHED' AND slug = $1`, [params.region])).rows[0]?.id ?? null)
      : null;
    type Sql = { text: string; values: unknown[] };
    const resolved = { params, sectorIds, regionId };
    const explain = async (sql: Sql) =>
      (await client.query<{ "QUERY PLAN": string }>(`EXPLAIN (ANALYZE, BUFFERS) ${sql.text}`, sql.values)).rows.map((r) => r["QUERY PLAN"]).join("\n");
    if (typeof sqlModule.buildEstimateSql !== "function") return explain(sqlModule.buildSearchSql(resolved) as Sql);
    // As src/server/search/queries.ts does: the estimate, then the exact or the sampled statement.
    const estimateSql = sqlModule.buildEstimateSql(resolved) as Sql;
    const runRow = async (sql: Sql) => (await client.query(sql.text, sql.values)).rows[0];
    const estimate = typeof sqlModule.completeEstimate === "function"
      ? await sqlModule.completeEstimate(resolved, await runRow(estimateSql), runRow)
      : sqlModule.readEstimate(await runRow(estimateSql));
    // The corrected spelling, when full text found nothing for the text as typed.
    const matching = typeof sqlModule.withCorrection === "function" ? sqlModule.withCorrection(resolved, estimate) : resolved;
    const { level, statement: main } = sqlModule.planSearch(matching, estimate) as { level: number; statement: Sql };
    return [
      `-- 1. buildEstimateSql(): ${JSON.stringify(estimate)}; sample level ${level}`,
      await explain(estimateSql),
      "",
      `-- 2. ${level === 1 ? "buildSearchSql() (exact)" : `buildSampledSearchSql() (1-in-${level} sample)`}`,
      await explain(main),
    ].join("\n");
  } finally {
    await client.end();
  }
}

// ------------------------------------------------------------------ one size

async function benchSize(options: {
  agreements: number;
  seed: number;
  duration: number;
  warmup: number;
  connections: number[];
  also: string[];
  forceSynth: boolean;
}): Promise<SizeReport> {
  const { agreements, seed } = options;
  log(`— ${agreements.toLocaleString("en")} agreements —`);
  const db: SynthDatabase = await openSynthDatabase({ agreements, seed, force: options.forceSynth, log });
  let app: AppServer | null = null;
  let cachedApp: AppServer | null = null;
  try {
    const { counts, bytes } = await describeDatabase(db.url);
    const client = new pg.Client({ connectionString: db.url });
    await client.connect();
    const postgres = (await client.query<{ v: string }>(`SELECT current_setting('server_version') AS v`)).rows[0].v;
    await client.end();

    log(`starting next start against it, twice: with the search cache off, and on`);
    app = await startApp(db.url, { SEARCH_CACHE_SIZE: "0" });
    cachedApp = await startApp(db.url, {}, Number(new URL(app.origin).port) + 1);
    log(`app is serving on ${app.origin} (search cache off) and ${cachedApp.origin} (search cache on)`);
    const targets = targetsFor(options.also);
    const origin = (t: Target) => (t.cached ? cachedApp! : app!).origin;

    const probes: Record<string, Probe> = {};
    for (const t of targets) {
      probes[t.key] = await probe(origin(t) + t.path);
      const p = probes[t.key];
      log(`probe ${t.path}: HTTP ${p.status}, ${p.bytes} bytes, ${p.ms.toFixed(0)} ms${p.total !== null ? `, ${p.total.toLocaleString("en")} results` : ""}`);
    }
    const measurable = targets.filter((t) => probes[t.key].status < 400);
    if (targets.some((t) => probes[t.key].status >= 500)) {
      log(`some URLs fail; the app's last output lines:\n${app.output().slice(-40).join("\n")}`);
    }
    for (const t of targets.filter((x) => !measurable.includes(x))) log(`not measured: ${t.path} answers HTTP ${probes[t.key].status}`);

    if (options.warmup > 0) {
      log(`warming up: sequential requests to each URL for ${options.warmup} s (at least 2 each)`);
      for (const t of measurable) await warmUp(origin(t) + t.path, options.warmup);
    }

    const results: Record<string, Measurement[]> = {};
    for (const connections of options.connections) {
      for (const t of measurable) {
        const waited = await waitForIdle(db.url);
        if (waited > 2) log(`(waited ${waited.toFixed(0)} s for the queries of the previous URL to finish)`);
        let m = await measure(origin(t) + t.path, connections, options.duration);
        if (m.requests < MIN_SAMPLES) {
          const amount = Math.max(MIN_SAMPLES, connections);
          log(`${t.path}: only ${m.requests} request(s) completed in ${options.duration} s at ${connections} connection(s); measuring until ${amount} have`);
          await waitForIdle(db.url);
          m = await measure(origin(t) + t.path, connections, options.duration, amount);
        }
        results[t.key] ??= [];
        results[t.key].push(m);
        log(
          `${(t.endpoint + (t.cached ? "+cache" : "")).padEnd(12)} ${t.label.padEnd(22)} c=${String(connections).padStart(2)}  p50 ${fmt(m.p50)}  p95 ${fmt(m.p95)}  p99 ${fmt(m.p99)} ms  ${m.rps.toFixed(1)} req/s` +
            (m.non2xx || m.errors ? `  (${m.non2xx} non-2xx, ${m.errors} errors)` : ""),
        );
      }
    }
    await app.stop();
    app = null;
    await cachedApp.stop();
    cachedApp = null;
    await waitForIdle(db.url, 60);

    // Plans of the queries that miss their target (the API and the page run the same SQL).
    const explains: SizeReport["explains"] = [];
    let explainNote: string | null = null;
    const target = TARGETS[agreements];
    if (target !== undefined) {
      for (const q of QUERIES) {
        // A URL not measured, or with no request completed in time, counts as a miss.
        const p95 = Math.max(
          ...["api", "page"].map((e) => {
            const m = results[`${e}:${q.id}`]?.find((x) => x.connections === TARGET_CONNECTIONS);
            return m && m.requests > 0 ? m.p95 : Infinity;
          }),
        );
        if (p95 <= target) continue;
        try {
          log(`EXPLAIN (ANALYZE, BUFFERS) for "${q.params || "(no parameters)"}" (p95 ${fmt(p95)} ms, target ${target} ms)`);
          explains.push({ query: q.id, label: q.label, params: q.params, p95, target, plan: await explainSearch(db.url, q.params) });
        } catch (error) {
          explainNote = `The plans could not be produced automatically (${(error as Error).message.split("\n")[0]}); the search engineer fills them in.`;
          log(`could not EXPLAIN: ${(error as Error).message.split("\n")[0]}`);
          break;
        }
      }
    }
    return {
      agreements, seed, synthSeconds: db.synthSeconds, generatedNow: db.generated, dbBytes: bytes, counts, probes, results, explains, explainNote, postgres,
    };
  } finally {
    if (app) await app.stop();
    if (cachedApp) await cachedApp.stop();
    if (db.embedded) log("stopping the embedded PostgreSQL");
    await db.stop();
  }
}

// ------------------------------------------------------------------ the report

const fmt = (ms: number) => (Number.isFinite(ms) ? (ms >= 100 ? ms.toFixed(0) : ms.toFixed(1)) : "—");

function machine(postgres: string): string[] {
  const cpus = os.cpus();
  const next = JSON.parse(readFileSync(path.join(ROOT, "node_modules", "next", "package.json"), "utf8")).version;
  return [
    `- CPU: ${cpus[0]?.model.trim() ?? "unknown"} × ${cpus.length} (os.cpus())`,
    `- RAM: ${(os.totalmem() / 1024 ** 3).toFixed(1)} GB`,
    `- OS: ${os.type()} ${os.release()} (${os.arch()})`,
    `- Node ${process.version}, Next.js ${next} (\`next start\`, production build), PostgreSQL ${postgres} (embedded, default settings)`,
    `- Date: ${new Date().toISOString().replace(/\.\d+Z$/, "Z")}`,
    `- Load generator: autocannon (programmatic), on the same machine as the app and the database`,
  ];
}

function sizeSection(r: SizeReport, options: { duration: number; connections: number[]; also: string[] }): string[] {
  const target = TARGETS[r.agreements];
  const out: string[] = [];
  out.push(`### ${r.agreements.toLocaleString("en")} agreements`, "");
  const c = r.counts;
  out.push(
    `Synthetic set: seed ${r.seed}; ${(c.Agreement ?? 0).toLocaleString("en")} agreements, ${(c.AgreementParty ?? 0).toLocaleString("en")} parties, ` +
      `${(c.Organisation ?? 0).toLocaleString("en")} organisations, ${(c.Region ?? 0).toLocaleString("en")} regions, ${(c.Mission ?? 0).toLocaleString("en")} missions, ` +
      `${(c.Event ?? 0).toLocaleString("en")} events, ${(c.SearchDocument ?? 0).toLocaleString("en")} search documents; database ${formatBytes(r.dbBytes)}.`,
    `Synthesis (\`npm run db:synth -- --agreements ${r.agreements}\`): ${r.synthSeconds === null ? "time not recorded" : `${r.synthSeconds.toFixed(0)} s`}` +
      `${r.generatedNow ? " (in this run)" : " (when the set was generated; reused by this run)"}.`,
    "",
  );
  if (target !== undefined) out.push(`Target: p95 ≤ ${target} ms for every query at ${TARGET_CONNECTIONS} connections.`, "");
  out.push(
    "| Query | URL | Results | Conn. | p50 ms | p95 ms | p99 ms | req/s | Requests | Target |",
    "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | :---: |",
  );
  const targets = targetsFor(options.also);
  for (const connections of options.connections) {
    for (const t of targets) {
      const m = r.results[t.key]?.find((x) => x.connections === connections);
      const p = r.probes[t.key];
      const total = t.endpoint === "api" ? p?.total : r.probes[`api${t.cached ? "+cache" : ""}:${t.query}`]?.total;
      const results = t.query ? (total === null || total === undefined ? "—" : total.toLocaleString("en")) : "";
      const url = `\`${t.path.replace(/\|/g, "\\|")}\``;
      const label = t.endpoint === "baseline" ? `**${t.label}**` : t.endpoint === "extra" ? t.label
        : `${t.label} (${t.endpoint === "api" ? "API" : "page"}${t.cached ? ", cached" : ""})`;
      if (!m) {
        out.push(`| ${label} | ${url} | ${results} | ${connections} | not measured: HTTP ${p?.status ?? "?"} | | | | | |`);
        continue;
      }
      const flag = target !== undefined && t.query && connections === TARGET_CONNECTIONS ? (m.requests > 0 && m.p95 <= target ? "✓" : "✗") : "";
      if (m.requests === 0) {
        out.push(`| ${label} | ${url} | ${results} | ${connections} | no request completed | | | | 0 | ${flag} |`);
        continue;
      }
      const count = m.untilDone ? `${m.requests.toLocaleString("en")}²` : m.requests.toLocaleString("en");
      const bad = m.non2xx || m.errors ? ` (${m.non2xx} non-2xx, ${m.errors} errors)` : "";
      const cell = (v: string) => (t.endpoint === "baseline" ? `**${v}**` : v);
      out.push(
        `| ${label} | ${url} | ${results} | ${connections} | ${cell(fmt(m.p50))} | ${cell(fmt(m.p95))} | ${cell(fmt(m.p99))} | ${cell(m.rps.toFixed(1))} | ${count}${bad} | ${flag} |`,
      );
    }
  }
  out.push("");
  if (Object.values(r.results).some((ms) => ms.some((m) => m.untilDone))) {
    out.push(`² Fewer than ${MIN_SAMPLES} requests completed in the ${options.duration} s window, so this row was measured again until ${MIN_SAMPLES} requests, or one per connection if more, had completed (no time limit).`, "");
  }
  const missed = (endpoints: string[]) => QUERIES.filter((q) => {
    if (target === undefined) return false;
    return endpoints.some((e) => {
      const m = r.results[`${e}:${q.id}`]?.find((x) => x.connections === TARGET_CONNECTIONS);
      return !m || m.requests === 0 || m.p95 > target;
    });
  });
  if (target !== undefined) {
    const list = (endpoints: string[]) => {
      const m = missed(endpoints);
      return m.length ? `missed by ${m.map((q) => q.label).join(", ")}` : "met by every query";
    };
    out.push(
      `The target, without the cache (the search itself): API ${list(["api"])}; page ${list(["page"])}.`,
      `With the cache (repeated requests of one URL): API ${list(["api+cache"])}; page ${list(["page+cache"])}.`,
      "",
    );
  }
  return out;
}

function writeReport(reports: SizeReport[], options: { duration: number; connections: number[]; warmup: number; also: string[]; sizes: number[] }): void {
  const lines: string[] = [
    "# Benchmarks",
    "",
    "Speed is measured here, never asserted in tests. Each figure is given with a same-run baseline",
    "(a static file served by the same server in the same run) and the machine it ran on.",
    "",
    "## Search",
    "",
    "This section is written by `npm run bench:search` (scripts/bench-search.ts). Each run replaces the",
    "sections of the sizes it measures; a size it did not measure keeps its section from an earlier run,",
    "marked \"Not re-measured\" (with the date of the run that made this file before). For each size it generates (or reuses) the",
    "synthetic directory of `npm run db:synth` (scripts/lib/synth.ts: an embedded PostgreSQL in",
    "`.data/synth-<n>/`), builds the app if the code changed, starts `next start` against it twice",
    "(one process with the search cache off, `SEARCH_CACHE_SIZE=0`, for the baseline and the search",
    "itself; one with the cache on, its default, for the rows marked \"cached\", where every request",
    "after a URL's first is a hit: what a repeated query costs; src/server/search/cache.ts), warms",
    `up every URL (sequential requests for ${options.warmup} s each), then measures each URL with autocannon for ${options.duration} s at ${options.connections.join(" and at ")}`,
    "connection(s), one URL at a time, each only once the database is idle again (the app keeps running",
    "the requests a finished load test left in flight). Latencies are per request, from autocannon's",
    "`response` events (exact percentiles, not its histogram buckets); a request still in flight when",
    "the time is up is not counted, so a row with few requests is a rough figure. The baseline is",
    "`/bench-baseline.txt`, a static file from `public/`.",
    "",
    "Why the targets are missed and what would meet them: [search-performance.md](search-performance.md).",
    "",
    "```sh",
    "npm run bench:search                               # sizes 100000 and 1000000",
    "npm run bench:search -- --sizes 20000,100000       # other sizes",
    "npm run db:synth -- --agreements 1000000           # only the data (seed 42)",
    "```",
    "",
    "Targets (2-core machine): at 1,000,000 agreements p95 ≤ 100 ms for every query at 10",
    "connections; at 100,000 agreements p95 ≤ 30 ms. The query mix, each on `/api/v1/search` and on",
    "`/search`: a single word (`q=biotech`), a name with a typo (`q=ocitanie`), Japanese (`q=京都`),",
    "the sector facet only (`sector=health`), facet + word (`sector=health&q=cooperation`) and the",
    "empty query. \"Results\" is the `total` the API reported. A target is met when the rows without",
    "the cache meet it; the cached rows show what the cache adds for a repeated query.",
    "",
    "### Machine",
    "",
    ...machine(reports[0]?.postgres ?? "?"),
    "",
  ];
  for (const r of reports) lines.push(...sizeSection(r, options));
  const earlier = earlierSections(reports.map((r) => r.agreements));
  lines.push(...earlier.sizes);
  lines.push(
    "### EXPLAIN output",
    "",
    "`EXPLAIN (ANALYZE, BUFFERS)` of every query that missed its target, from the same run: in the appendix",
    "[benchmarks-search-explain.md](benchmarks-search-explain.md).",
    "",
  );
  const plans: string[] = ["# Search benchmark: EXPLAIN output", "", "Appendix of [benchmarks.md](benchmarks.md#search), written by `npm run bench:search` with it.", ""];
  const withPlans = reports.filter((r) => r.explains.length || r.explainNote);
  if (!withPlans.length) {
    plans.push(
      reports.some((r) => TARGETS[r.agreements] !== undefined)
        ? "No query missed its target in this run, so no plan is recorded."
        : "No size of this run has a target, so no plan is recorded.",
      "",
    );
  }
  for (const r of withPlans) {
    for (const e of r.explains) {
      plans.push(
        `#### ${r.agreements.toLocaleString("en")} agreements — ${e.label} (\`${e.params || "no parameters"}\`): ` +
          (Number.isFinite(e.p95) ? `p95 ${fmt(e.p95)} ms > ${e.target} ms` : `not measured or no request completed; target ${e.target} ms`),
        "",
        "`EXPLAIN (ANALYZE, BUFFERS)` of the statements that src/server/search/sql.ts (as the source stood when the " +
          "benchmark ended) builds for these parameters, run on the same database right after its load test:",
        "",
        "```text",
        e.plan,
        "```",
        "",
      );
    }
    if (r.explainNote) plans.push(`${r.agreements.toLocaleString("en")} agreements: ${r.explainNote}`, "");
  }
  plans.push(...earlier.plans);
  lines.push(...otherSections());
  writeFileSync(DOC, lines.join("\n"));
  writeFileSync(EXPLAIN_DOC, plans.join("\n"));
}

/**
 * The sections of sizes this run did not measure, kept from the current
 * docs/benchmarks.md (a run at 100,000 only must not erase the 1,000,000
 * figures), each marked as coming from an earlier run and an earlier code.
 */
function earlierSections(measured: number[]): { sizes: string[]; plans: string[] } {
  if (!existsSync(DOC)) return { sizes: [], plans: [] };
  const text = readFileSync(DOC, "utf8");
  const date = /^- Date: (.+)$/m.exec(text)?.[1] ?? "an unknown date";
  const sizes: string[] = [];
  const plans: string[] = [];
  const sizeOf = (heading: string) => Number((/^#{3,4} ([\d,]+) agreements/.exec(heading)?.[1] ?? "").replace(/,/g, ""));
  // "### N agreements" sections, up to the next "### ".
  for (const block of text.split(/^(?=### )/m)) {
    const n = sizeOf(block);
    if (!n || measured.includes(n)) continue;
    const [heading, ...rest] = block.trimEnd().split("\n");
    const note = rest[0]?.startsWith("Not re-measured") ? [] : ["", `Not re-measured by the latest run: these figures come from an earlier run (${date}), with the code as it stood then.`];
    sizes.push(heading, ...note, ...rest, "");
  }
  // "#### N agreements — …" plans, up to the next "#### " or "### " (in the appendix).
  const planText = existsSync(EXPLAIN_DOC) ? readFileSync(EXPLAIN_DOC, "utf8") : text;
  for (const block of planText.split(/^(?=#### |### )/m)) {
    const n = sizeOf(block);
    if (!n || measured.includes(n) || !block.startsWith("#### ")) continue;
    const [heading, ...rest] = block.trimEnd().split("\n");
    plans.push(heading.includes("(earlier run)") ? heading : `${heading} (earlier run)`, ...rest, "");
  }
  return { sizes, plans };
}

/** The "## " sections other benchmarks write into docs/benchmarks.md (bench:regex), kept as they are. */
function otherSections(): string[] {
  if (!existsSync(DOC)) return [];
  return readFileSync(DOC, "utf8").split(/^(?=## )/m).filter((block) => block.startsWith("## ") && !block.startsWith("## Search\n"))
    .flatMap((block) => ["", ...block.trimEnd().split("\n"), ""]);
}

// ------------------------------------------------------------------ main

function intList(name: string, raw: string, min: number): number[] {
  const values = raw.split(",").map((s) => s.trim()).filter(Boolean).map((s) => Number(s.replace(/_/g, "")));
  if (!values.length || values.some((v) => !Number.isSafeInteger(v) || v < min)) throw new Error(`--${name} must be a comma-separated list of integers ≥ ${min} (got "${raw}")\n${USAGE}`);
  return values;
}

run(async () => {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        sizes: { type: "string", default: "100000,1000000" },
        seed: { type: "string", default: String(DEFAULT_SEED) },
        duration: { type: "string", default: "10" },
        connections: { type: "string", default: "1,10" },
        warmup: { type: "string", default: "3" },
        also: { type: "string", default: "" },
        "force-synth": { type: "boolean", default: false },
        "skip-build": { type: "boolean", default: false },
        help: { type: "boolean", default: false },
      },
    }));
  } catch (error) {
    throw new Error(`${(error as Error).message}\n${USAGE}`);
  }
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const sizes = intList("sizes", values.sizes, 100);
  const [seed] = intList("seed", values.seed, 0);
  const [duration] = intList("duration", values.duration, 1);
  const connections = intList("connections", values.connections, 1);
  const [warmup] = intList("warmup", values.warmup, 0);
  const also = values.also.split(",").map((s) => s.trim()).filter(Boolean);
  if (also.some((p) => !p.startsWith("/"))) throw new Error(`--also takes paths starting with "/" (got "${values.also}")`);

  if (!existsSync(path.join(ROOT, "public", BASELINE_PATH.slice(1)))) {
    throw new Error(`the baseline file public${BASELINE_PATH} is missing; it is the static file every figure is compared with`);
  }
  if (process.env.DATABASE_URL) log("note: DATABASE_URL is ignored; the benchmark uses its own synthetic databases in .data/synth-<n>/");
  if (!values["skip-build"] && buildIsStale()) {
    log("building the app (no production build, or the code changed since the last one)…");
    const code = await runNext(["build"], {});
    if (code !== 0) throw new Error("next build failed; see the output above");
  }

  const reports: SizeReport[] = [];
  for (const agreements of sizes) {
    reports.push(await benchSize({ agreements, seed, duration, warmup, connections, also, forceSynth: values["force-synth"] }));
    // Written after each size, so a long run that stops half-way still leaves its figures.
    writeReport(reports, { duration, connections, warmup, also, sizes });
  }
  log(`wrote ${path.relative(process.cwd(), DOC)}`);
});
