import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedData } from "../../prisma/seed/data/index";
import { dateToJSON } from "@/lib/dates";
import { parseSearchParams } from "@/lib/search-params";
import { changeStatus, UNCITED_PUBLISH_MESSAGE } from "@/server/admin/records";
import { qualityReport, type QualityCheckKey } from "@/server/quality/queries";
import { search } from "@/server/search/queries";
import { createTestEditor, idOfSlug, removeTestEditor, testPrisma } from "../support/db";

// Certainty wherever a value is shown: the search line and the API carry each
// date's certainty, publishing an uncited record needs a confirmation, and the
// data-quality report lists exactly the records each check is about. Records
// made here carry the prefix `q<run>-` and are removed afterwards.
const prisma = testPrisma();
const run = Date.now().toString(36);
const P = `q${run}-`;
let viewer: { id: number };
let sourceId: number;

const quote = (id: number) => ({ sourceId: id, quote: "Plusieurs accords ont été signés en marge de ce déplacement." });

beforeAll(async () => {
  viewer = await createTestEditor(prisma, "Quentin Quality");
  sourceId = await idOfSlug(prisma, "source", "lyon-mission-japan-2016-journal-eco");
  const cited = { citations: { create: [quote(sourceId)] } };
  const region = (slug: string, data: object) => prisma.region.create({ data: { slug: `${P}${slug}`, name: `${P}${slug}`, ...data } as never, select: { id: true } });
  // Complete and cited: in no check.
  const eu = await region("eu", { kind: "REGION", country: "FR", side: "EUROPE", iso3166_2: "FR-XX", nuts: "FRX", latitude: 45, longitude: 5, ...cited });
  const jp = await region("jp", { kind: "PREFECTURE", country: "JP", side: "JAPAN", iso3166_2: "JP-99", latitude: 35, longitude: 135, ...cited });
  // Missing coordinates only.
  await region("nocoords", { kind: "CITY", country: "JP", side: "JAPAN", ...cited });
  const both = [{ regionId: eu.id, role: "SIGNATORY" as const }, { regionId: jp.id, role: "SIGNATORY" as const }];
  const agreement = (slug: string, data: object) =>
    prisma.agreement.create({ data: { slug: `${P}${slug}`, title: `${P}${slug}`, kind: "COOPERATION_AGREEMENT", agreementStatus: "SIGNED", ...data } as never });
  await agreement("uncited", { signedOn: new Date(Date.UTC(2020, 0, 1)), signedPrecision: "YEAR", parties: { create: both } });
  await agreement("inferred", { signedOn: new Date(Date.UTC(2020, 4, 1)), signedPrecision: "MONTH", signedInferredFrom: "worked out", parties: { create: both }, ...cited });
  await agreement("onesided", {
    parties: { create: [{ regionId: eu.id, role: "SIGNATORY" }, { regionId: jp.id, role: "WITNESS" }] }, ...cited,
  });
  const hidden = await region("hidden", { kind: "PREFECTURE", country: "JP", side: "JAPAN", iso3166_2: "JP-98", latitude: 35, longitude: 135, status: "DRAFT", ...cited });
  await prisma.pair.create({ data: { slug: `${P}pair`, name: `${P}pair`, europeRegionId: eu.id, japanRegionId: hidden.id } });
  await prisma.pair.create({ data: { slug: `${P}pair-ok`, name: `${P}pair-ok`, europeRegionId: eu.id, japanRegionId: jp.id } });
  await prisma.organisation.create({ data: { slug: `${P}gk`, name: `${P}gk`, kind: "COMPANY", homeRegionId: jp.id, homeRegionInferredFrom: "general knowledge", ...cited } });
  const stale = await prisma.organisation.create({ data: { slug: `${P}stale`, name: `${P}stale`, kind: "COMPANY", homeRegionId: eu.id, ...cited } });
  await prisma.$executeRaw`UPDATE "Organisation" SET "updatedAt" = now() - interval '2 years' WHERE id = ${stale.id}`;
});

afterAll(async () => {
  const mine = { slug: { startsWith: P } };
  await prisma.pair.deleteMany({ where: mine });
  await prisma.agreement.deleteMany({ where: mine });
  await prisma.organisation.deleteMany({ where: mine });
  await prisma.region.deleteMany({ where: mine });
  await removeTestEditor(prisma, viewer);
  await prisma.$disconnect();
});

describe("the data-quality report", () => {
  it("lists exactly the records each check is about", async () => {
    const report = await qualityReport();
    const mine = (key: QualityCheckKey) =>
      report.find((c) => c.key === key)!.items.filter((i) => i.slug.startsWith(P)).map((i) => `${i.type} ${i.slug.slice(P.length)}: ${i.detail}`).sort();
    expect(mine("uncited")).toEqual(["agreement uncited: "]);
    expect(mine("inferred-dates")).toEqual(["agreement inferred: signed"]);
    expect(mine("inferred-places")).toEqual(["organisation gk: based in: general knowledge"]);
    expect(mine("missing-codes")).toEqual(["region nocoords: coordinates"]);
    expect(mine("one-sided")).toEqual(["agreement onesided: no party on the Japanese side", "pair pair: Japanese side not published"]);
    expect(mine("not-reviewed")).toEqual([expect.stringMatching(/^organisation stale: last changed \d{4}-\d\d-\d\d$/)]);
    for (const check of report) expect(check.count, check.key).toBeGreaterThanOrEqual(check.items.length);
  });

  it("finds in the seed the records without a citation and the inferred dates the dataset holds", async () => {
    const report = await qualityReport();
    const seedSlugs = new Set(Object.values(seedData).flatMap((list: { slug: string }[]) => list.map((r) => r.slug)));
    const seeded = (key: QualityCheckKey) => report.find((c) => c.key === key)!.items.filter((i) => seedSlugs.has(i.slug)).map((i) => `${i.type} ${i.slug}`).sort();
    const uncited = [
      ...seedData.regions.filter((r) => !r.citations?.length).map((r) => `region ${r.slug}`),
      ...seedData.organisations.filter((o) => !o.citations?.length).map((o) => `organisation ${o.slug}`),
      ...seedData.people.filter((p) => !p.citations?.length).map((p) => `person ${p.slug}`),
    ].sort();
    expect(seeded("uncited")).toEqual(uncited);
    const inferred = (d: { inferredFrom?: string } | null | undefined) => Boolean(d?.inferredFrom);
    expect(seeded("inferred-dates")).toEqual([
      ...seedData.agreements.filter((a) => inferred(a.signed) || inferred(a.starts) || inferred(a.ends)).map((a) => `agreement ${a.slug}`),
      ...seedData.missions.filter((m) => inferred(m.starts) || inferred(m.ends)).map((m) => `mission ${m.slug}`),
      ...seedData.events.filter((e) => inferred(e.starts) || inferred(e.ends)).map((e) => `event ${e.slug}`),
      ...seedData.sources.filter((s) => inferred(s.published)).map((s) => `source ${s.slug}`),
    ].sort());
  });
});

describe("publishing a record that cites no source", () => {
  it("is refused until the editor confirms it, and a cited record needs no confirmation", async () => {
    const uncited = await prisma.region.create({ data: { slug: `${P}draft`, name: `${P}draft`, kind: "CITY", country: "FR", side: "EUROPE", status: "DRAFT" } });
    expect(await changeStatus(viewer, "region", uncited.id, 1, "publish")).toEqual({ ok: false, message: UNCITED_PUBLISH_MESSAGE });
    expect((await prisma.region.findUniqueOrThrow({ where: { id: uncited.id } })).status).toBe("DRAFT");
    expect(await changeStatus(viewer, "region", uncited.id, 1, "publish", { confirmUncited: true })).toMatchObject({ ok: true, version: 2 });

    const cited = await prisma.region.create({
      data: { slug: `${P}draft-cited`, name: `${P}draft-cited`, kind: "CITY", country: "FR", side: "EUROPE", status: "DRAFT", citations: { create: [quote(sourceId)] } },
    });
    expect(await changeStatus(viewer, "region", cited.id, 1, "publish")).toMatchObject({ ok: true, version: 2 });
  });
});

describe("the search line of a hit", () => {
  const hitOf = async (q: string, type: string, slug: string) => {
    const { params } = parseSearchParams({ q, type });
    const hit = (await search(params)).hits.find((h) => h.slug === slug);
    expect(hit, slug).toBeDefined();
    return hit!;
  };

  it("marks an inferred date and carries its reasoning, and leaves a stated one bare", async () => {
    const mou = await hitOf("bioxclusters osaka", "agreement", "bioxclusters-plus-osaka-bio-headquarters-mou");
    expect(mou.context).toMatch(/ · 8 November 2016 \(inferred\)$/);
    expect(dateToJSON(mou.date!)).toMatchObject({ value: "2016-11-08", precision: "day", certainty: "inferred", inferredFrom: expect.stringContaining("mardi 8 novembre") });
    const declaration = await hitOf("déclaration conjointe", "agreement", "france-japan-joint-declaration-innovation-digital");
    expect(declaration.context).toMatch(/13 July 2018 \(inferred\)$/);
    const lyon = await hitOf("Collomb", "mission", "lyon-mission-japan-2016");
    expect(lyon.context).toMatch(/30 September 2016$/);
    expect(dateToJSON(lyon.date!)).toMatchObject({ value: "2016-09-30", certainty: "stated", inferredFrom: null });
  });

  it("marks an inferred place: an event's city and an organisation's home region", async () => {
    const fair = await hitOf("Bio Europe Fall", "event", "bio-europe-fall-2016");
    expect(fair.context).toContain("Cologne (inferred)");
    expect(fair.contextParts.find((p) => p.what === "place")?.inferredFrom).toContain("Germany");
    const veolia = await hitOf("Veolia", "organisation", "veolia");
    expect(veolia.context).toContain("Île-de-France (inferred)");
    expect(veolia.date).toBeNull();
  });
});
