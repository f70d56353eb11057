import { readdirSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { seed } from "../../prisma/seed/seed";
import { seedData } from "../../prisma/seed/data/index";
import { normaliseForQuote } from "../../prisma/seed/validate";
import { testPrisma, withPg } from "../support/db";

// scripts/test.ts seeded this database once before the tier started.
const prisma = testPrisma();
afterAll(() => prisma.$disconnect());

const TABLES = [
  "Region", "Organisation", "Person", "PersonRole", "Sector", "OrganisationSector", "Agreement", "AgreementParty",
  "AgreementSignatory", "AgreementSector", "Mission", "MissionParticipant", "MissionSector", "Event", "EventParticipant",
  "EventSession", "SessionSpeaker", "EventSector", "Pair", "Source", "Citation",
];

async function snapshot() {
  return withPg(async (client) => {
    const out: Record<string, string> = {};
    for (const table of TABLES) {
      const { rows } = await client.query(`SELECT md5(string_agg(t::text, '|' ORDER BY t::text)) AS h, count(*)::int AS n FROM "${table}" t`);
      out[table] = `${rows[0].n}:${rows[0].h}`;
    }
    return out;
  });
}

describe("the seed", () => {
  it("loads every record of the dataset", async () => {
    expect(await prisma.source.count()).toBe(seedData.sources.length);
    expect(await prisma.region.count()).toBe(seedData.regions.length);
    expect(await prisma.organisation.count()).toBe(seedData.organisations.length);
    expect(await prisma.person.count()).toBe(seedData.people.length);
    expect(await prisma.agreement.count()).toBe(seedData.agreements.length);
    expect(await prisma.mission.count()).toBe(seedData.missions.length);
    expect(await prisma.event.count()).toBe(seedData.events.length);
    expect(await prisma.pair.count()).toBe(seedData.pairs.length);
  });

  it("holds one source record per article in prisma/seed/sources, with its full text", async () => {
    const files = readdirSync(path.resolve(import.meta.dirname, "../../prisma/seed/sources")).filter((f) => f.endsWith(".txt"));
    const sources = await prisma.source.findMany({ select: { fileName: true, text: true } });
    expect(sources.map((s) => s.fileName).sort()).toEqual(files.sort());
    for (const s of sources) expect(s.text.length, s.fileName ?? "").toBeGreaterThan(1000);
  });

  it("cites every source article, and every quote occurs in the article it cites", async () => {
    const sources = await prisma.source.findMany({ select: { slug: true, text: true, citations: { select: { quote: true } } } });
    for (const source of sources) {
      expect(source.citations.length, `${source.slug} is never cited`).toBeGreaterThan(0);
      const text = normaliseForQuote(source.text);
      for (const c of source.citations) expect(text.includes(normaliseForQuote(c.quote)), `${source.slug}: ${c.quote}`).toBe(true);
    }
  });

  it("gives every agreement, mission and event at least one citation", async () => {
    for (const model of ["agreement", "mission", "event"] as const) {
      const rows: { slug: string; _count: { citations: number } }[] = await (prisma[model] as unknown as {
        findMany: (a: object) => Promise<{ slug: string; _count: { citations: number } }[]>;
      }).findMany({ select: { slug: true, _count: { select: { citations: true } } } });
      for (const row of rows) expect(row._count.citations, `${model} ${row.slug}`).toBeGreaterThan(0);
    }
  });

  it("never stores a date without its precision or an inferred date without its reasoning", async () => {
    await withPg(async (client) => {
      const { rows } = await client.query(`
        SELECT slug FROM "Agreement" WHERE ("signedOn" IS NULL) <> ("signedPrecision" = 'UNKNOWN')
        UNION ALL SELECT slug FROM "Agreement" WHERE "signedInferredFrom" = ''
        UNION ALL SELECT slug FROM "Event" WHERE "startsInferredFrom" = '' OR "placeInferredFrom" = ''`);
      expect(rows).toEqual([]);
    });
  });

  it("records the 14 EU industrial ecosystems as the top level of sectors", async () => {
    const top = await prisma.sector.findMany({ where: { parentId: null }, select: { slug: true } });
    expect(top).toHaveLength(14);
    const biotech = await prisma.sector.findUnique({ where: { slug: "biotech" }, select: { parent: { select: { slug: true } } } });
    expect(biotech?.parent?.slug).toBe("health");
  });

  it("is idempotent: seeding again changes no row", async () => {
    const before = await snapshot();
    const created = await seed(prisma);
    expect(created).toEqual({});
    expect(await snapshot()).toEqual(before);
  });

  it("never overwrites a record an editor changed", async () => {
    const original = await prisma.region.findUniqueOrThrow({ where: { slug: "lyon" }, select: { summary: true } });
    await prisma.region.update({ where: { slug: "lyon" }, data: { summary: "Edited by an editor" } });
    try {
      await seed(prisma);
      expect((await prisma.region.findUniqueOrThrow({ where: { slug: "lyon" } })).summary).toBe("Edited by an editor");
    } finally {
      await prisma.region.update({ where: { slug: "lyon" }, data: { summary: original.summary } });
    }
  });
});
