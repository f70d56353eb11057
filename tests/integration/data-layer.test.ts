import { afterAll, describe, expect, it } from "vitest";
import { getAgreement, listAgreements } from "@/server/agreements/queries";
import { getEvent } from "@/server/events/queries";
import { getPair } from "@/server/pairs/queries";
import { refreshSearch } from "@/server/search/queries";
import { getRegion, listRegions } from "@/server/regions/queries";
import { getSector } from "@/server/sectors/queries";
import { getSource } from "@/server/sources/queries";
import { testPrisma } from "../support/db";

const prisma = testPrisma();
afterAll(() => prisma.$disconnect());

const slugs = (list: { slug: string }[]) => list.map((x) => x.slug).sort();

describe("agreements", () => {
  it("shows the Knowledge Capital–TUBA accord with its parties, witnesses, inferred year and quotes", async () => {
    const a = await getAgreement("knowledge-capital-tuba-accord-2016");
    expect(a).not.toBeNull();
    expect(a!.parties.filter((p) => p.role === "SIGNATORY").map((p) => p.slug).sort()).toEqual(["knowledge-capital", "tuba"]);
    expect(a!.parties.filter((p) => p.role === "WITNESS").map((p) => p.slug).sort()).toEqual(["enedis", "grdf", "veolia"]);
    expect(a!.signed.precision).toBe("YEAR");
    expect(a!.signed.inferredFrom).toMatch(/mission/);
    expect(a!.mission?.slug).toBe("lyon-mission-japan-2016");
    expect(a!.citations.length).toBeGreaterThan(0);
  });

  it("dates the bioXclusters agreement to 8 November 2016, inferred, for 24 months", async () => {
    const a = await getAgreement("bioxclusters-plus-osaka-bio-headquarters-mou");
    expect(a!.signed.date?.toISOString().slice(0, 10)).toBe("2016-11-08");
    expect(a!.signed.precision).toBe("DAY");
    expect(a!.signed.inferredFrom).toMatch(/Tuesday/);
    expect(a!.durationMonths).toBe(24);
    expect(a!.commitments).toHaveLength(4);
    expect(a!.event?.slug).toBe("eu-japan-cluster-matchmaking-event-2016");
  });

  it("leaves the Occitanie–Kyoto accord's date unknown, as the source gives none", async () => {
    const a = await getAgreement("occitanie-kyoto-cooperation-accord");
    expect(a!.signed).toEqual({ date: null, precision: "UNKNOWN", inferredFrom: null });
    expect(a!.signatories.map((s) => s.personSlug).sort()).toEqual(["carole-delga", "keiji-yamada"]);
  });

  it("filters by region including the regions below it, and by organisations based there", async () => {
    const lyon = await listAgreements({ region: "lyon" });
    expect(slugs(lyon.items)).toEqual(["bioxclusters-plus-osaka-bio-headquarters-mou", "knowledge-capital-tuba-accord-2016"]);
    const france = await listAgreements({ region: "france" });
    expect(france.items.length).toBeGreaterThanOrEqual(lyon.items.length + 2);
  });

  it("filters by an ecosystem through its themes, by country, kind and year", async () => {
    const health = await listAgreements({ sector: "health" });
    expect(slugs(health.items)).toContain("bioxclusters-plus-osaka-bio-headquarters-mou");
    expect(slugs(await listAgreements({ country: "JP" }).then((l) => l.items))).toContain("occitanie-kyoto-cooperation-accord");
    expect(slugs((await listAgreements({ kind: "JOINT_DECLARATION" })).items)).toEqual(["france-japan-joint-declaration-innovation-digital"]);
    const y2018 = await listAgreements({ year: 2018 });
    expect(slugs(y2018.items)).toEqual(["france-japan-joint-declaration-innovation-digital"]);
  });

  it("reports a filter that names no record, and does not apply it", async () => {
    const list = await listAgreements({ region: "atlantis", sector: "alchemy" });
    expect(list.ignored.sort()).toEqual(['region "atlantis" is not in the directory', 'sector "alchemy" is not in the directory']);
    expect(list.total).toBe((await listAgreements({})).total);
  });

  it("clamps a page number past the end to the last page", async () => {
    const list = await listAgreements({ page: 500 });
    expect(list.page).toBe(list.pageCount);
    expect(list.items.length).toBeGreaterThan(0);
  });
});

describe("pairs tell the truth about what links their sides", () => {
  it("Lyon–Tokyo: no agreement between the two; the TUBA accord is listed apart; the mission and the ONLY LYON evening link them", async () => {
    const pair = await getPair("lyon-tokyo");
    expect(pair!.agreements).toEqual([]);
    expect(slugs(pair!.relatedAgreements)).toEqual(["knowledge-capital-tuba-accord-2016"]);
    expect(slugs(pair!.missions)).toEqual(["lyon-mission-japan-2016"]);
    expect(slugs(pair!.events)).toContain("only-lyon-evening-tokyo-2016");
  });

  it("Occitanie–Kyoto gathers the accord and the mission", async () => {
    const pair = await getPair("occitanie-kyoto");
    expect(slugs(pair!.agreements)).toContain("occitanie-kyoto-cooperation-accord");
    expect(slugs(pair!.missions)).toEqual(["occitanie-mission-japan"]);
  });

  it("bioXclusters–Osaka gathers the agreement (through Lyonbiopôle's alliance) and the fair where it was signed", async () => {
    const pair = await getPair("bioxclusters-osaka");
    expect(slugs(pair!.agreements)).toEqual(["bioxclusters-plus-osaka-bio-headquarters-mou"]);
    expect(slugs(pair!.events)).toContain("eu-japan-cluster-matchmaking-event-2016");
  });

  it("an unknown pair is null (a 404 upstream)", async () => {
    expect(await getPair("paris-mars")).toBeNull();
  });

  it("a malformed slug is null without reaching the database (a NUL byte would make PostgreSQL fail)", async () => {
    for (const slug of ["\u0000", "lyon\u0000", "<script>", "Lyon", "a".repeat(500)]) {
      expect(await getRegion(slug)).toBeNull();
      expect(await getAgreement(slug)).toBeNull();
    }
  });
});

describe("regions, events, sectors and sources", () => {
  it("Lyon's page lists partner regions on the Japanese side and its parents", async () => {
    const lyon = await getRegion("lyon");
    expect(lyon!.ancestors.map((a) => a.slug)).toEqual(["auvergne-rhone-alpes", "france"]);
    expect(lyon!.partners.every((p) => p.side === "JAPAN")).toBe(true);
    // Partners are parties to an agreement with Lyon (issue 9): Tokyo, where the mission went, is none.
    expect(slugs(lyon!.partners)).toEqual(["osaka", "osaka-prefecture"]);
    expect(slugs(lyon!.missions)).toEqual(["lyon-mission-japan-2016"]);
  });

  it("groups every region under Europe or Japan with a country code", async () => {
    const regions = await listRegions();
    expect(regions.length).toBeGreaterThan(20);
    for (const r of regions) {
      expect(["EUROPE", "JAPAN", "ELSEWHERE"]).toContain(r.side);
      expect(r.country).toMatch(/^[A-Z]{2}$/);
    }
    expect(regions.find((r) => r.slug === "kyoto-prefecture")?.localNames.ja).toBe("京都府");
  });

  it("the EU-Japan Centre seminar carries its programme with times and speakers", async () => {
    const seminar = await getEvent("eu-japan-region-to-region-seminar");
    expect(seminar!.starts.precision).toBe("UNKNOWN");
    expect(seminar!.sessions.length).toBeGreaterThanOrEqual(8);
    const speakers = seminar!.sessions.flatMap((s) => s.speakers.map((sp) => sp.name));
    for (const name of ["Takuya Tasso", "Patricia Flor", "Ben Kloeck", "Riki Aoki"]) expect(speakers.join("|")).toContain(name);
  });

  it("an ecosystem's page includes the agreements of its themes", async () => {
    const health = await getSector("health");
    expect(slugs(health!.children)).toEqual(expect.arrayContaining(["biotech", "medtech"]));
    expect(slugs(health!.agreements)).toContain("bioxclusters-plus-osaka-bio-headquarters-mou");
  });

  it("a source page lists every record it supports", async () => {
    const source = await getSource("bioxclusters-plus-osaka-bio-headquarters");
    const records = new Set(source!.citations.map((c) => `${c.record.type}:${c.record.slug}`));
    expect(records).toContain("agreement:bioxclusters-plus-osaka-bio-headquarters-mou");
  });
});

describe("drafts stay off the public site", () => {
  it("hides a draft agreement from its page, the lists and the pairs, and shows it again once published", async () => {
    const slug = "occitanie-kyoto-cooperation-accord";
    const { id } = await prisma.agreement.update({ where: { slug }, data: { status: "DRAFT" } });
    await refreshSearch("AGREEMENT", [id]);
    try {
      expect(await getAgreement(slug)).toBeNull();
      expect(slugs((await listAgreements({})).items)).not.toContain(slug);
      expect(slugs((await getPair("occitanie-kyoto"))!.agreements)).not.toContain(slug);
      expect(slugs((await getRegion("occitanie"))!.agreements)).not.toContain(slug);
    } finally {
      await prisma.agreement.update({ where: { slug }, data: { status: "PUBLISHED" } });
      await refreshSearch("AGREEMENT", [id]);
    }
    expect(await getAgreement(slug)).not.toBeNull();
    expect(slugs((await listAgreements({})).items)).toContain(slug);
  });

  it("hides a draft organisation from an agreement's parties", async () => {
    await prisma.organisation.update({ where: { slug: "veolia" }, data: { status: "DRAFT" } });
    try {
      const a = await getAgreement("knowledge-capital-tuba-accord-2016");
      expect(a!.parties.map((p) => p.slug)).not.toContain("veolia");
    } finally {
      await prisma.organisation.update({ where: { slug: "veolia" }, data: { status: "PUBLISHED" } });
    }
  });
});
