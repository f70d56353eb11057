import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseSearchParams } from "@/lib/search-params";
import { buildEstimateSql, buildSearchSql, completeEstimate, planSearch, readEstimate, sampleLevel, type ResolvedSearch } from "@/server/search/sql";
import { involvingSql } from "@/server/scope";
import { migrate } from "../../scripts/lib/migrate";
import { synthesize } from "../../scripts/lib/synth";

// On a moderately sized synthetic directory (its own database, beside the
// seeded one), the main search queries must use their indexes: no sequential
// scan of the documents table for text queries and selective facets, and the
// relational tables (e.g. "Agreement") are never scanned by the search at all.
// Plans only — no timing (speed is measured in docs/benchmarks.md). A word
// found in a large share of all documents ("cooperation") is rightly read
// sequentially by the planner; docs/benchmarks.md discusses those.

const AGREEMENTS = 20_000;
let url = "";
let client: pg.Client;

beforeAll(async () => {
  const admin = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
  await admin.connect();
  await admin.query("DROP DATABASE IF EXISTS kizuna_plan_test WITH (FORCE)");
  await admin.query("CREATE DATABASE kizuna_plan_test");
  await admin.end();
  const target = new URL(process.env.TEST_DATABASE_URL!);
  target.pathname = "/kizuna_plan_test";
  url = target.toString();
  await migrate(url);
  await synthesize(url, { agreements: AGREEMENTS, seed: 7 });
  client = new pg.Client({ connectionString: url });
  await client.connect();
}, 600_000);

afterAll(async () => {
  await client?.end();
  const admin = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
  await admin.connect();
  await admin.query("DROP DATABASE IF EXISTS kizuna_plan_test WITH (FORCE)");
  await admin.end();
});

type PlanNode = { "Node Type": string; "Relation Name"?: string; "Index Name"?: string; Plans?: PlanNode[] };

function nodes(plan: PlanNode): PlanNode[] {
  return [plan, ...(plan.Plans ?? []).flatMap(nodes)];
}

async function plan(raw: Record<string, string>): Promise<PlanNode[]> {
  const { params } = parseSearchParams(raw);
  const sectorIds = params.sectors.length
    ? (await client.query<{ id: number }>(`SELECT id FROM "Sector" WHERE slug = ANY($1)`, [params.sectors])).rows.map((r) => r.id)
    : [];
  const regionId = params.region
    ? ((await client.query<{ id: number }>(`SELECT id FROM "Region" WHERE slug = $1`, [params.region])).rows[0]?.id ?? null)
    : null;
  const resolved: ResolvedSearch = { params, sectorIds, regionId };
  const sql = buildSearchSql(resolved);
  const { rows } = await client.query(`EXPLAIN (FORMAT JSON) ${sql.text}`, sql.values as unknown[]);
  return nodes((rows[0]["QUERY PLAN"] as { Plan: PlanNode }[])[0].Plan);
}

const seqScans = (plan: PlanNode[], relation: string) => plan.filter((n) => n["Node Type"] === "Seq Scan" && n["Relation Name"] === relation);
const indexes = (plan: PlanNode[]) => plan.map((n) => n["Index Name"]).filter(Boolean);

describe(`search plans on ${AGREEMENTS.toLocaleString("en")} synthetic agreements`, () => {
  it("has the synthetic set loaded and its statistics gathered", async () => {
    const { rows } = await client.query(`SELECT count(*)::int AS n FROM "SearchDocument" WHERE "recordType" = 'AGREEMENT'`);
    expect(rows[0].n).toBeGreaterThan(AGREEMENTS * 0.9);
  });

  // A word in a few per cent of the documents. Not "biotech": with the seed's 16 themes
  // (scripts/lib/synth.ts) its short label is in many synthetic names, the planner expects a
  // sixth of the documents to match it by trigram, and it then rightly reads the names whole.
  it.each([
    ["a single word", { q: "pharmaceuticals" }],
    ["a name with a typo", { q: "ocitanie" }],
    ["Japanese", { q: "京都" }],
    ["a facet and a word", { q: "pharmaceuticals", sector: "health" }],
  ])("%s uses the full-text or trigram indexes and scans no table", async (_label, raw) => {
    const p = await plan(raw);
    expect(seqScans(p, "SearchDocument")).toEqual([]);
    expect(seqScans(p, "Agreement")).toEqual([]);
    expect(indexes(p).some((name) => /SearchDocument_(document|names_trgm)_idx/.test(String(name)))).toBe(true);
  });

  it("a selective facet alone (a theme) uses the sector index", async () => {
    const theme = (await client.query<{ slug: string }>(
      `SELECT s.slug FROM "Sector" s JOIN "SearchDocument" d ON d."sectorIds" @> ARRAY[s.id]
       WHERE s."parentId" IS NOT NULL GROUP BY s.slug ORDER BY count(*) ASC LIMIT 1`,
    )).rows[0].slug;
    const p = await plan({ sector: theme });
    expect(seqScans(p, "SearchDocument")).toEqual([]);
    expect(indexes(p)).toContain("SearchDocument_sectorIds_idx");
  });

  it("no search plan touches the relational agreements table", async () => {
    const cases: Record<string, string>[] = [{}, { sector: "health" }, { type: "agreement", from: "2010", to: "2020" }];
    for (const raw of cases) {
      expect(seqScans(await plan(raw), "Agreement")).toEqual([]);
    }
  });
});

describe(`large result sets on ${AGREEMENTS.toLocaleString("en")} synthetic agreements: counted on a sample`, () => {
  async function resolvedFor(raw: Record<string, string>): Promise<ResolvedSearch> {
    const { params } = parseSearchParams(raw);
    const sectorIds = params.sectors.length
      ? (await client.query<{ id: number }>(`SELECT id FROM "Sector" WHERE slug = ANY($1)`, [params.sectors])).rows.map((r) => r.id)
      : [];
    return { params, sectorIds, regionId: null };
  }
  const run = async (sql: { text: string; values: unknown[] }) => (await client.query(sql.text, sql.values)).rows[0];

  it.each([
    ["a common word", { q: "cooperation" }],
    ["a facet alone", { sector: "health" }],
    ["a facet and a common word", { q: "cooperation", sector: "health" }],
    ["a selective facet alone", { type: "region" }],
    ["two facets", { type: "agreement", sector: "health" }],
    ["a year range", { from: "2010", to: "2016" }],
  ])("%s: a sample is chosen, figures are flagged and near the exact ones, and no table is read whole", async (_label, raw) => {
    const r = await resolvedFor(raw);
    const estimate = readEstimate(await run(buildEstimateSql(r)));
    const { level, statement: sampled } = planSearch(r, estimate);
    expect(level).toBeGreaterThan(1);
    const row = await run(sampled);
    const exact = await run(buildSearchSql(r));
    expect(row.hits).toHaveLength(20);
    // The total is exact when precomputed (a facet alone), otherwise an estimate within 15 %.
    if (row.approximate.total) expect(Math.abs(row.total - exact.total) / exact.total).toBeLessThan(0.15);
    else expect(row.total).toBe(exact.total);
    expect(Object.entries(row.approximate).some(([name, flag]) => name !== "total" && flag)).toBe(true);
    // The largest type count is near the exact one.
    const top = (counts: [string, number][]) => [...counts].sort((a, b) => b[1] - a[1])[0];
    const [value, n] = top(row.type);
    const exactN = exact.type.find(([v]: [string, number]) => v === value)[1];
    expect(Math.abs(n - exactN) / exactN).toBeLessThan(0.2);
    // A sequential scan may only feed the LIMIT of the ranked first matches (a word found in most
    // documents is found fastest that way); every other read goes through an index.
    const { rows } = await client.query(`EXPLAIN (FORMAT JSON) ${sampled.text}`, sampled.values as unknown[]);
    const unbounded: PlanNode[] = [];
    const walk = (node: PlanNode, parent: PlanNode | null) => {
      if (node["Node Type"] === "Seq Scan" && ["SearchDocument", "Agreement"].includes(node["Relation Name"] ?? "") && parent?.["Node Type"] !== "Limit") unbounded.push(node);
      for (const child of node.Plans ?? []) walk(child, node);
    };
    walk((rows[0]["QUERY PLAN"] as { Plan: PlanNode }[])[0].Plan, null);
    expect(unbounded).toEqual([]);
  });

  it("small sets are counted exactly (no sample)", async () => {
    const r = await resolvedFor({ q: "ocitanie", type: "region" });
    expect(sampleLevel(r, await completeEstimate(r, await run(buildEstimateSql(r)), run))).toBe(1);
  });

  it("a misspelt name is estimated, and then searched, by full text under its corrected spelling", async () => {
    const r = await resolvedFor({ q: "ocitanie" });
    const estimate = await completeEstimate(r, await run(buildEstimateSql(r)), run);
    expect(estimate).toMatchObject({ mode: "fts", corrected: "occitanie" });
    expect(estimate.matches).toBeGreaterThan(0);
    // Each estimate statement reads through the indexes: the text is a bind parameter in every one.
    for (const sql of [buildEstimateSql(r), buildEstimateSql({ ...r, params: { ...r.params, q: "occitanie" } }, "stop")]) {
      const { rows } = await client.query(`EXPLAIN (FORMAT JSON) ${sql.text}`, sql.values as unknown[]);
      expect(seqScans(nodes((rows[0]["QUERY PLAN"] as { Plan: PlanNode }[])[0].Plan), "SearchDocument")).toEqual([]);
    }
  });

  it("a few results whose facets count a large set (type=source&side=europe): exact results, the type's counts on a sample", async () => {
    const r = await resolvedFor({ type: "source", side: "europe" });
    const estimate = readEstimate(await run(buildEstimateSql(r)));
    expect(sampleLevel(r, estimate)).toBe(1);
    const { statement } = planSearch(r, estimate);
    const row = await run(statement);
    const exact = await run(buildSearchSql(r));
    expect(row.total).toBe(exact.total);
    expect(row.approximate.total).toBe(false);
    expect(row.approximate.type).toBe(true);
    expect(row.approximate.sector).toBe(false);
    expect(row.sector).toEqual(exact.sector);
  });

  it("without text, the most selective filter bounds the set: a rare type is counted exactly", async () => {
    const r = await resolvedFor({ type: "source" });
    const estimate = readEstimate(await run(buildEstimateSql(r)));
    const exact = (await client.query(`SELECT count(*)::int AS n FROM "SearchDocument" WHERE status = 'PUBLISHED' AND "recordType" = 'SOURCE'`)).rows[0].n;
    expect(estimate.matches).toBe(exact);
    expect(sampleLevel(r, estimate)).toBe(1);
    expect((await run(planSearch(r, estimate).statement)).total).toBe(exact);
  });

  it("Japanese matches by full text (a prefix of the token), not only by trigrams", async () => {
    const r = await resolvedFor({ q: "京都" });
    const estimate = readEstimate(await run(buildEstimateSql(r)));
    expect(estimate.mode).toBe("fts");
  });

  it("a region page finds the agreements involving a region through the indexes of the parties, not by reading every party", async () => {
    // The region with the most agreement parties, and everything within it (src/server/shared.ts regionAndDescendants).
    const { rows } = await client.query<{ ids: number[] }>(`
      WITH RECURSIVE top AS (SELECT "regionId" AS id FROM "AgreementParty" WHERE "regionId" IS NOT NULL GROUP BY 1 ORDER BY count(*) DESC LIMIT 1),
      tree AS (SELECT id FROM top UNION SELECT r.id FROM "Region" r JOIN tree t ON r."parentId" = t.id)
      SELECT array_agg(id) AS ids FROM tree`);
    const sql = involvingSql("AGREEMENT", { regionIds: rows[0].ids, organisationIds: [] })!;
    const { rows: explained } = await client.query(`EXPLAIN (FORMAT JSON) ${sql.text}`, sql.values as unknown[]);
    const plan = nodes((explained[0]["QUERY PLAN"] as { Plan: PlanNode }[])[0].Plan);
    expect(seqScans(plan, "AgreementParty")).toEqual([]);
    expect(indexes(plan)).toContain("AgreementParty_regionId_idx");
  });
});
