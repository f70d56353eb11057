// npm run bench:memory [-- --duration 30] [--connections 10] [--rounds 2] [--snapshot] [--skip-build] [--env NAME=VALUE]…
//
// Memory of `next-server` under a mixed load, on the seeded directory (the
// five articles, ~1,000 rows), as issue 15 saw it settle at ~850 MB RSS:
// a throwaway embedded PostgreSQL, migrated and seeded as for the tests
// (scripts/test.ts), the production build, `next start` on a free port, then
// identical rounds of autocannon over the public pages, the search page and
// the search API (the same pseudo-random sequence of URLs each round; most
// searches distinct, as crawlers and typing make them). RSS is read from
// /proc and the V8 heap from inside the server (a preloaded probe, written
// here, answers SIGUSR2 with process.memoryUsage() before and after a full
// GC, the search cache's size, and with --snapshot a heap snapshot).
// Prints the figures and writes them to docs/benchmarks-memory.md.
// A benchmark only: nothing here fails on a high figure.
import autocannon from "autocannon";
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import v8 from "node:v8";
import vm from "node:vm";
import pg from "pg";
import { seed } from "../prisma/seed/seed";
import { createPrisma, log, ROOT, run } from "./lib/database";
import { freePort, startEmbeddedPostgres } from "./lib/embedded-postgres";
import { migrate } from "./lib/migrate";
import { buildIsStale, runNext } from "./lib/serve";

const NEXT_BIN = path.join(ROOT, "node_modules", "next", "dist", "bin", "next");
const APPENDIX = path.join(ROOT, "docs", "benchmarks-memory.md");
const USAGE = "usage: npm run bench:memory -- [--duration 30] [--connections 10] [--rounds 2] [--snapshot] [--skip-build] [--env NAME=VALUE]…";

// The probe, loaded into every Node process of `next start` through NODE_OPTIONS; only the server is signalled.
const PROBE = `
const fs = require("node:fs"), path = require("node:path"), v8 = require("node:v8"), vm = require("node:vm");
const dir = process.env.KIZUNA_MEMORY_PROBE_DIR;
v8.setFlagsFromString("--expose-gc");
const gc = vm.runInNewContext("gc");
process.on("SIGUSR2", () => {
  const before = process.memoryUsage();
  gc();
  const after = process.memoryUsage();
  const cache = globalThis.kizunaSearchCache;
  // The cache's own estimate when it keeps one (lru-cache's calculatedSize), else the JSON length of its values.
  let bytes = null;
  if (cache && typeof cache.calculatedSize === "number") bytes = cache.calculatedSize;
  else if (cache) { bytes = 0; for (const entry of cache.values()) bytes += JSON.stringify(entry.value ?? entry).length; }
  const searchCache = cache ? { entries: cache.size, bytes } : null;
  let snapshot = null;
  if (fs.existsSync(path.join(dir, "snapshot-" + process.pid))) {
    snapshot = v8.writeHeapSnapshot(path.join(dir, "server-" + Date.now() + ".heapsnapshot"));
    fs.rmSync(path.join(dir, "snapshot-" + process.pid));
  }
  fs.writeFileSync(path.join(dir, "memory-" + process.pid + ".json"), JSON.stringify({ before, after, searchCache, snapshot }));
});
`;

type Usage = { rss: number; heapTotal: number; heapUsed: number; external: number; arrayBuffers: number };
type Reading = { label: string; rssKb: number; before: Usage; after: Usage; searchCache: { entries: number; bytes: number | null } | null; snapshot: string | null; requests?: number; non2xx?: number; errors?: number; rps?: number; p95?: number };

const MB = (bytes: number) => (bytes / 1024 / 1024).toFixed(0);

function rssKb(pid: number): number {
  const line = readFileSync(`/proc/${pid}/status`, "utf8").split("\n").find((l) => l.startsWith("VmRSS:"));
  return Number(line?.replace(/\D+/g, "") ?? 0);
}

function descendants(pid: number): number[] {
  const children = (p: number): number[] => {
    try {
      return readdirSync(`/proc/${p}/task`).flatMap((t) => readFileSync(`/proc/${p}/task/${t}/children`, "utf8").trim().split(/\s+/).filter(Boolean).map(Number));
    } catch {
      return [];
    }
  };
  const all = [pid];
  for (let i = 0; i < all.length; i++) all.push(...children(all[i]));
  return all;
}

/** The process that serves: the one Next.js titles `next-server`, else the one `next start` is. */
function serverPid(root: number): number {
  for (const pid of descendants(root)) {
    try {
      if (readFileSync(`/proc/${pid}/cmdline`, "utf8").startsWith("next-server")) return pid;
    } catch {
      /* gone */
    }
  }
  return root;
}

async function read(dir: string, pid: number, label: string, snapshot = false): Promise<Reading> {
  const rss = rssKb(pid);
  const answer = path.join(dir, `memory-${pid}.json`);
  rmSync(answer, { force: true });
  if (snapshot) writeFileSync(path.join(dir, `snapshot-${pid}`), "");
  process.kill(pid, "SIGUSR2");
  for (let i = 0; !existsSync(answer); i++) {
    if (i > 1200) throw new Error("the memory probe in the server did not answer within 120 s");
    await new Promise((r) => setTimeout(r, 100));
  }
  await new Promise((r) => setTimeout(r, 200));
  return { label, rssKb: rss, ...(JSON.parse(readFileSync(answer, "utf8")) as Omit<Reading, "label" | "rssKb">) };
}

/** A small deterministic generator (mulberry32), so that every round asks for the same URLs in the same order. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Public pages of every type (from the seeded database), search words and facet values. */
async function loadMix(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const slugs = async (table: string, base: string) =>
      (await client.query<{ slug: string }>(`SELECT slug FROM "${table}" WHERE status = 'PUBLISHED' ORDER BY slug`)).rows.map((r) => `${base}/${r.slug}`);
    const pages = [
      "/", "/regions", "/agreements", "/missions", "/events", "/organisations", "/people", "/sectors", "/sources", "/search",
      ...(await slugs("Region", "/regions")), ...(await slugs("Agreement", "/agreements")), ...(await slugs("Organisation", "/organisations")),
      ...(await slugs("Person", "/people")), ...(await slugs("Mission", "/missions")), ...(await slugs("Event", "/events")),
      ...(await slugs("Source", "/sources")), ...(await slugs("Sector", "/sectors")),
      ...(await client.query<{ slug: string }>(`SELECT slug FROM "Pair" ORDER BY slug`)).rows.map((r) => `/pairs/${r.slug}`),
    ];
    const words = (await client.query<{ word: string }>(`SELECT word FROM "SearchWord" ORDER BY word`)).rows.map((r) => r.word);
    const sectors = (await client.query<{ slug: string }>(`SELECT slug FROM "Sector" ORDER BY slug`)).rows.map((r) => r.slug);
    return { pages, words, sectors };
  } finally {
    await client.end();
  }
}

type Mix = Awaited<ReturnType<typeof loadMix>>;

/** The next URL of the mix: 40% public pages, 30% the search page, 30% the search API; 2 searches in 3 are a combination seen rarely. */
function nextPath(mix: Mix, rand: () => number): string {
  const pick = <T>(list: T[]) => list[Math.floor(rand() * list.length)];
  const r = rand();
  if (r < 0.4) return pick(mix.pages);
  const params = new URLSearchParams();
  const words = 1 + Math.floor(rand() * 2);
  params.set("q", Array.from({ length: words }, () => pick(mix.words)).join(" "));
  if (rand() < 0.3) params.set("sector", pick(mix.sectors));
  if (rand() < 0.2) params.set("type", pick(["agreement", "region", "organisation", "mission", "event", "source"]));
  if (rand() < 0.3) params.set("page", String(1 + Math.floor(rand() * 3)));
  if (rand() < 0.33) params.set("q", pick(["kyoto", "lyon", "biotech", "occitanie", "京都", "smart city", "ocitanie"]));
  return `${r < 0.7 ? "/search" : "/api/v1/search"}?${params}`;
}

function round(origin: string, mix: Mix, connections: number, duration: number): Promise<autocannon.Result> {
  const rand = random(20261202);
  return new Promise((resolve, reject) => {
    autocannon(
      {
        url: origin,
        connections,
        duration,
        requests: [{ setupRequest: (request) => ({ ...request, path: nextPath(mix, rand) }) }],
      },
      (error, result) => (error ? reject(error) : resolve(result)),
    );
  });
}

/**
 * What a search result costs in the heap against its JSON length, the
 * estimate the search cache bounds itself by (approximateBytes() in
 * src/server/search/cache.ts): `count` results of the API, parsed and kept
 * here, measured by heapUsed after full GCs.
 */
async function heapPerJsonByte(origin: string, mix: Mix, count = 300): Promise<{ results: number; json: number; heap: number }> {
  v8.setFlagsFromString("--expose-gc");
  const gc = vm.runInNewContext("gc") as () => void;
  const rand = random(7);
  const texts: string[] = [];
  while (texts.length < count) {
    const search = nextPath(mix, rand);
    if (!search.startsWith("/api/v1/search")) continue;
    texts.push(await (await fetch(origin + search)).text());
  }
  gc();
  const before = process.memoryUsage().heapUsed;
  const kept = texts.map((t) => JSON.parse(t) as unknown);
  gc();
  const heap = process.memoryUsage().heapUsed - before;
  return { results: kept.length, json: texts.reduce((sum, t) => sum + t.length, 0), heap };
}

/** Self size by constructor in a V8 heap snapshot (the top `limit`), to see what the heap is made of. */
type Group = { name: string; count: number; bytes: number };

function heapSummary(file: string, limit = 25): { total: number; rows: Group[]; strings: Group[] } {
  const snapshot = JSON.parse(readFileSync(file, "utf8")) as {
    snapshot: { meta: { node_fields: string[]; node_types: [string[]] } };
    nodes: number[];
    strings: string[];
  };
  const fields = snapshot.snapshot.meta.node_fields;
  const types = snapshot.snapshot.meta.node_types[0];
  const width = fields.length;
  const [typeAt, nameAt, sizeAt] = ["type", "name", "self_size"].map((f) => fields.indexOf(f));
  const groups = new Map<string, { count: number; bytes: number }>();
  let total = 0;
  for (let i = 0; i < snapshot.nodes.length; i += width) {
    const type = types[snapshot.nodes[i + typeAt]];
    const size = snapshot.nodes[i + sizeAt];
    total += size;
    const name = type === "object" || type === "closure" || type === "native" ? `${type} ${snapshot.strings[snapshot.nodes[i + nameAt]].slice(0, 60)}` : `(${type})`;
    const group = groups.get(name) ?? { count: 0, bytes: 0 };
    group.count++;
    group.bytes += size;
    groups.set(name, group);
  }
  const rows = [...groups].map(([name, g]) => ({ name, ...g })).sort((a, b) => b.bytes - a.bytes).slice(0, limit);
  // Strings by their beginning (60 characters): which text the string bytes are.
  const texts = new Map<string, { count: number; bytes: number }>();
  for (let i = 0; i < snapshot.nodes.length; i += width) {
    if (types[snapshot.nodes[i + typeAt]] !== "string") continue;
    const key = snapshot.strings[snapshot.nodes[i + nameAt]].slice(0, 60).replace(/\s+/g, " ");
    const group = texts.get(key) ?? { count: 0, bytes: 0 };
    group.count++;
    group.bytes += snapshot.nodes[i + sizeAt];
    texts.set(key, group);
  }
  const strings = [...texts].map(([name, g]) => ({ name, ...g })).sort((a, b) => b.bytes - a.bytes).slice(0, 12);
  return { total, rows, strings };
}

run(async () => {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        duration: { type: "string", default: "30" },
        connections: { type: "string", default: "10" },
        rounds: { type: "string", default: "2" },
        snapshot: { type: "boolean", default: false },
        "skip-build": { type: "boolean", default: false },
        env: { type: "string", multiple: true, default: [] },
      },
    }));
  } catch (error) {
    throw new Error(`${(error as Error).message}\n${USAGE}`);
  }
  const duration = Number(values.duration);
  const connections = Number(values.connections);
  const rounds = Number(values.rounds);
  if (![duration, connections, rounds].every((n) => Number.isInteger(n) && n > 0)) throw new Error(USAGE);
  const extraEnv = Object.fromEntries(values.env.map((pair) => {
    const at = pair.indexOf("=");
    if (at < 1) throw new Error(`--env takes NAME=VALUE (got "${pair}")`);
    return [pair.slice(0, at), pair.slice(at + 1)];
  }));

  const tmp = mkdtempSync(path.join(os.tmpdir(), "kizuna-bench-memory-"));
  const probeDir = path.join(tmp, "probe");
  const db = await startEmbeddedPostgres({ dir: path.join(tmp, "pg"), persistent: false, log });
  let child: ChildProcess | null = null;
  try {
    await migrate(db.url);
    const prisma = createPrisma(db.url);
    try {
      await seed(prisma);
    } finally {
      await prisma.$disconnect();
    }
    const mix = await loadMix(db.url);
    const rows = await (async () => {
      const client = new pg.Client({ connectionString: db.url });
      await client.connect();
      try {
        return (await client.query<{ n: number }>(`SELECT sum(n_live_tup)::int AS n FROM pg_stat_user_tables`)).rows[0].n;
      } finally {
        await client.end();
      }
    })();
    if (!values["skip-build"] && buildIsStale()) {
      log("building the app");
      if ((await runNext(["build"], { DATABASE_URL: db.url })) !== 0) throw new Error("next build failed");
    }
    mkdirSync(probeDir);
    const probe = path.join(tmp, "probe.cjs");
    writeFileSync(probe, PROBE);
    const port = await freePort(3100 + Math.floor(Math.random() * 800));
    const origin = `http://127.0.0.1:${port}`;
    child = spawn(process.execPath, [NEXT_BIN, "start", "-p", String(port), "-H", "127.0.0.1"], {
      cwd: ROOT,
      stdio: ["ignore", "ignore", "inherit"],
      env: {
        ...process.env,
        NODE_ENV: "production",
        NEXT_TELEMETRY_DISABLED: "1",
        DATABASE_URL: db.url,
        KIZUNA_MEMORY_PROBE_DIR: probeDir,
        ...extraEnv,
        // The probe, and no option of this script's own process: the server runs as under npm start.
        NODE_OPTIONS: `--require ${probe} ${extraEnv.NODE_OPTIONS ?? ""}`.trim(),
      },
    });
    for (let i = 0; ; i++) {
      try {
        const response = await fetch(`${origin}/`);
        await response.arrayBuffer();
        if (response.status < 500) break;
      } catch {
        /* not listening yet */
      }
      if (i > 600 || child.exitCode !== null) throw new Error("next start did not come up");
      await new Promise((r) => setTimeout(r, 100));
    }
    const pid = serverPid(child.pid!);
    log(`next start on ${origin} (server pid ${pid}); ${mix.pages.length} pages, ${mix.words.length} search words; ${rows} rows in the database`);

    const readings: Reading[] = [await read(probeDir, pid, "start (after one request)")];
    for (let i = 1; i <= rounds; i++) {
      log(`round ${i}: ${connections} connections for ${duration} s`);
      const result = await round(origin, mix, connections, duration);
      await new Promise((r) => setTimeout(r, 2000));
      const reading = await read(probeDir, pid, `after round ${i}`, values.snapshot && i === rounds);
      Object.assign(reading, { requests: result.requests.total, non2xx: result.non2xx, errors: result.errors, rps: result.requests.average, p95: result.latency.p97_5 });
      readings.push(reading);
    }
    for (const r of readings) {
      log(
        `${r.label}: RSS ${MB(r.rssKb * 1024)} MB (${MB(r.after.rss)} MB after a full GC); heap used ${MB(r.before.heapUsed)} MB (${MB(r.after.heapUsed)} MB after a full GC), heap total ${MB(r.before.heapTotal)} MB, external ${MB(r.before.external)} MB` +
          (r.searchCache ? `; search cache ${r.searchCache.entries} entries${r.searchCache.bytes !== null ? `, ~${MB(r.searchCache.bytes)} MB` : ""}` : "") +
          (r.requests !== undefined ? `; ${r.requests} requests, ${r.non2xx} non-2xx, ${r.errors} errors` : ""),
      );
    }
    const summary = readings.at(-1)?.snapshot ? heapSummary(readings.at(-1)!.snapshot!) : null;
    const perByte = await heapPerJsonByte(origin, mix);
    log(`search results in the heap: ${(perByte.heap / perByte.json).toFixed(2)} bytes per byte of JSON (${perByte.results} results, ${(perByte.json / perByte.results / 1024).toFixed(1)} kB of JSON each)`);
    writeAppendix({ readings, summary, perByte, duration, connections, rows, pages: mix.pages.length, extraEnv });
    log(`figures written to ${path.relative(ROOT, APPENDIX)}`);
  } finally {
    if (child && child.exitCode === null) {
      child.kill("SIGTERM");
      await new Promise((r) => setTimeout(r, 1000));
    }
    await db.stop();
    rmSync(tmp, { recursive: true, force: true });
  }
});

function writeAppendix(run: {
  readings: Reading[];
  summary: ReturnType<typeof heapSummary> | null;
  perByte: Awaited<ReturnType<typeof heapPerJsonByte>>;
  duration: number;
  connections: number;
  rows: number;
  pages: number;
  extraEnv: Record<string, string>;
}) {
  const cpu = os.cpus()[0]?.model ?? "unknown CPU";
  const lines = [
    `### Run of ${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC${Object.keys(run.extraEnv).length ? ` (${Object.entries(run.extraEnv).map(([k, v]) => `${k}=${v}`).join(" ")})` : ""}`,
    "",
    `- Machine: ${os.cpus().length} × ${cpu}, ${MB(os.totalmem())} MB RAM, ${os.type()} ${os.release()}, Node ${process.version}; shared with other work while it ran`,
    `- Database: the seed (${run.rows} rows), embedded PostgreSQL 18; ${run.pages} public pages in the mix`,
    `- Load: ${run.connections} connections × ${run.duration} s per round (autocannon); the same URL sequence each round`,
    "",
    "| When | RSS | RSS after full GC | heap used | heap used after full GC | heap total | external | search cache | requests (non-2xx) | req/s | p97.5 ms |",
    "| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- | ---: | ---: | ---: |",
    ...run.readings.map(
      (r) =>
        `| ${r.label} | ${MB(r.rssKb * 1024)} MB | ${MB(r.after.rss)} MB | ${MB(r.before.heapUsed)} MB | ${MB(r.after.heapUsed)} MB | ${MB(r.before.heapTotal)} MB | ${MB(r.before.external)} MB | ` +
        `${r.searchCache ? `${r.searchCache.entries} entries${r.searchCache.bytes !== null ? `, ~${MB(r.searchCache.bytes)} MB` : ""}` : "—"} | ` +
        `${r.requests ?? "—"}${r.non2xx ? ` (${r.non2xx})` : ""} | ${r.rps?.toFixed(0) ?? "—"} | ${r.p95 ?? "—"} |`,
    ),
    "",
  ];
  lines.push(
    `Search results held in a heap (${run.perByte.results} API results parsed and kept, ${(run.perByte.json / run.perByte.results / 1024).toFixed(1)} kB of JSON each): ` +
      `${(run.perByte.heap / run.perByte.json).toFixed(2)} bytes of heap per byte of JSON.`,
    "",
  );
  if (run.summary) {
    lines.push(
      `Heap snapshot after the last round (live objects: ${MB(run.summary.total)} MB in all), the largest groups by self size:`,
      "",
      "| Group | count | MB |",
      "| --- | ---: | ---: |",
      ...run.summary.rows.map((r) => `| ${r.name.replace(/\|/g, "\\|")} | ${r.count} | ${(r.bytes / 1024 / 1024).toFixed(1)} |`),
      "",
      "The largest strings, grouped by their first 60 characters:",
      "",
      "| Begins with | count | MB |",
      "| --- | ---: | ---: |",
      ...run.summary.strings.map((r) => `| \`${r.name.replace(/[|`]/g, " ")}\` | ${r.count} | ${(r.bytes / 1024 / 1024).toFixed(1)} |`),
      "",
    );
  }
  const header = "# Memory of next-server: raw figures\n\nWritten by `npm run bench:memory` (scripts/bench-memory.ts); each run is added at the top. Summary: docs/benchmarks.md, \"Memory\".\n\n";
  const previous = existsSync(APPENDIX) ? readFileSync(APPENDIX, "utf8").replace(header, "") : "";
  writeFileSync(APPENDIX, `${header + lines.join("\n")}\n${previous}`);
}
