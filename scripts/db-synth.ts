// npm run db:synth -- --agreements 1000000 [--seed 42] [--database-url URL] [--force]
//
// Fills a database with a synthetic, deterministic directory for benchmarks
// (scripts/lib/synth.ts). Without --database-url it uses an embedded
// PostgreSQL in .data/synth-<agreements>/ — never the app's .data/postgres —
// and stops it at the end. A database that already holds exactly that set is
// left as it is unless --force.
import { parseArgs } from "node:util";
import { log, run } from "./lib/database";
import { DEFAULT_SEED, describeDatabase, formatBytes, openSynthDatabase } from "./lib/synth";

const USAGE = "usage: npm run db:synth -- --agreements <n ≥ 100> [--seed <n>] [--database-url postgresql://…] [--force]";

function positiveInt(name: string, raw: string | undefined, fallback: number, min = 0): number {
  if (raw === undefined) return fallback;
  const value = Number(raw.replace(/_/g, ""));
  if (!Number.isSafeInteger(value) || value < min) throw new Error(`--${name} must be an integer ≥ ${min} (got "${raw}")\n${USAGE}`);
  return value;
}

run(async () => {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        agreements: { type: "string" },
        seed: { type: "string" },
        "database-url": { type: "string" },
        force: { type: "boolean", default: false },
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
  const agreements = positiveInt("agreements", values.agreements, 100_000, 100);
  const seed = positiveInt("seed", values.seed, DEFAULT_SEED);
  const started = Date.now();
  const db = await openSynthDatabase({ agreements, seed, force: values.force, databaseUrl: values["database-url"], log });
  try {
    const { counts, bytes } = await describeDatabase(db.url);
    if (db.generated) log(`synthesized ${agreements.toLocaleString("en")} agreements (seed ${seed}) in ${db.synthSeconds?.toFixed(1)} s`);
    else if (db.synthSeconds !== null) log(`(that set took ${db.synthSeconds.toFixed(1)} s to synthesize)`);
    log(`rows: ${Object.entries(counts).map(([table, n]) => `${table} ${n.toLocaleString("en")}`).join(", ")}`);
    log(`database size: ${formatBytes(bytes)}; total ${((Date.now() - started) / 1000).toFixed(1)} s`);
  } finally {
    if (db.embedded) log("stopping the embedded PostgreSQL");
    await db.stop();
  }
});
