import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseSearchParams } from "@/lib/search-params";
import { getRegion } from "@/server/regions/queries";
import { search } from "@/server/search/queries";
import { migrate } from "../../scripts/lib/migrate";
import { synthesize } from "../../scripts/lib/synth";

// The same agreement between region pages and the search as on the seed
// (region-involvement.test.ts), on a small generated directory in its own
// database: thousands of regions in a hierarchy, organisations based in them,
// missions and events with participants of every kind. This file's data layer
// points at that database (each test file runs in a process of its own, and
// the client is created on first use).

const DATABASE = "kizuna_involvement_synth";
const target = new URL(process.env.TEST_DATABASE_URL!);
target.pathname = `/${DATABASE}`;
const url = target.toString();

async function admin(sql: string) {
  const client = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

let sample: string[] = [];

beforeAll(async () => {
  await admin(`DROP DATABASE IF EXISTS ${DATABASE} WITH (FORCE)`);
  await admin(`CREATE DATABASE ${DATABASE}`);
  await migrate(url);
  await synthesize(url, { agreements: 400, seed: 11 });
  process.env.DATABASE_URL = url;
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    // Every region some record involves, with its ancestors (the countries and
    // regions above it), at most 150 of them, in a fixed order.
    sample = (await client.query<{ slug: string }>(`
      WITH RECURSIVE linked AS (
        SELECT DISTINCT region_id AS id FROM kizuna_involvements() WHERE region_id IS NOT NULL
        UNION
        SELECT r."parentId" FROM linked JOIN "Region" r ON r.id = linked.id WHERE r."parentId" IS NOT NULL
      )
      SELECT r.slug FROM linked JOIN "Region" r ON r.id = linked.id WHERE r.status = 'PUBLISHED'
      ORDER BY md5(r.slug) LIMIT 150`)).rows.map((r) => r.slug);
  } finally {
    await client.end();
  }
}, 600_000);

afterAll(async () => {
  await admin(`DROP DATABASE IF EXISTS ${DATABASE} WITH (FORCE)`);
});

describe("on a generated directory, a region page", () => {
  it("counts the agreements, missions and events that the search with that region and type finds", async () => {
    expect(sample.length).toBeGreaterThan(50);
    const differences: string[] = [];
    let counted = 0;
    for (const slug of sample) {
      const region = (await getRegion(slug))!;
      for (const [type, count] of [["agreement", region.totals.agreements], ["mission", region.totals.missions], ["event", region.totals.events]] as const) {
        const { params, ignored } = parseSearchParams({ region: slug, type });
        const total = (await search(params, ignored)).total;
        counted += count;
        if (total !== count) differences.push(`${slug} ${type}: page ${count}, search ${total}`);
      }
    }
    expect(differences).toEqual([]);
    expect(counted).toBeGreaterThan(100);
  }, 300_000);

  it("lists partners that list it back", async () => {
    const oneSided: string[] = [];
    for (const slug of sample.slice(0, 60)) {
      for (const partner of (await getRegion(slug))!.partners) {
        if (!(await getRegion(partner.slug))!.partners.some((p) => p.slug === slug)) oneSided.push(`${slug} lists ${partner.slug}, not the reverse`);
      }
    }
    expect(oneSided).toEqual([]);
  }, 300_000);
});
