import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sectors as seedSectors } from "../../prisma/seed/data/sectors";
import { migrate } from "../../scripts/lib/migrate";
import { synthesize } from "../../scripts/lib/synth";

// The synthetic directory the benchmarks run on must have the seed's sector
// taxonomy, row for row: it once kept its own copy, which drifted (other
// themes, other synonyms), so the benchmarks measured another taxonomy.

const DB = "kizuna_synth_taxonomy_test";
let url = "";

beforeAll(async () => {
  const admin = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${DB} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${DB}`);
  await admin.end();
  const target = new URL(process.env.TEST_DATABASE_URL!);
  target.pathname = `/${DB}`;
  url = target.toString();
  await migrate(url);
  await synthesize(url, { agreements: 500, seed: 3 });
}, 600_000);

afterAll(async () => {
  const admin = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${DB} WITH (FORCE)`);
  await admin.end();
});

describe("the synthetic directory's sectors", () => {
  it("are the seed's: same slugs, names, synonyms, ecosystems, order and summaries", async () => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    const { rows } = await client.query<{ slug: string; name: string; nameFr: string; synonyms: string[]; parent: string | null; position: number; summary: string }>(
      `SELECT s.slug, s.name, s."nameFr", s.synonyms, p.slug AS parent, s.position, s.summary
       FROM "Sector" s LEFT JOIN "Sector" p ON p.id = s."parentId" ORDER BY s.position, s.slug`,
    );
    await client.end();
    const expected = seedSectors.map((s, position) => ({
      slug: s.slug, name: s.name, nameFr: s.nameFr ?? s.name, synonyms: s.synonyms ?? [], parent: s.parent ?? null, position, summary: s.summary ?? "",
    }));
    expect(rows).toEqual(expected);
  });

  it("are each used by some synthetic agreement, so a benchmark's facet has results", async () => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    const { rows } = await client.query<{ slug: string }>(
      `SELECT s.slug FROM "Sector" s WHERE s."parentId" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "AgreementSector" x WHERE x."sectorId" = s.id) ORDER BY 1`,
    );
    await client.end();
    expect(rows.map((r) => r.slug)).toEqual([]);
  });
});
