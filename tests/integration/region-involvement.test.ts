import { describe, expect, it } from "vitest";
import { isPartyRole } from "@/lib/labels";
import { parseSearchParams } from "@/lib/search-params";
import { getOrganisation } from "@/server/organisations/queries";
import { getPair } from "@/server/pairs/queries";
import { getRegion, listRegions } from "@/server/regions/queries";
import { search } from "@/server/search/queries";
import { withPg } from "../support/db";

// "Involves a region" is defined once (prisma/functions/kizuna_involvements.sql):
// a region page's counts are the counts of the search it links to, and its
// partner regions rest on agreements to which both are parties. On the seed.

const searchTotal = async (region: string, type: string) => {
  const { params, ignored } = parseSearchParams({ region, type });
  return (await search(params, ignored)).total;
};

describe("a region page", () => {
  it("counts, for every region, the agreements, missions and events that the search with that region and type finds", async () => {
    const regions = await listRegions();
    expect(regions.length).toBeGreaterThan(20);
    const differences: string[] = [];
    for (const { slug } of regions) {
      const region = (await getRegion(slug))!;
      for (const [type, count] of [["agreement", region.totals.agreements], ["mission", region.totals.missions], ["event", region.totals.events]] as const) {
        const total = await searchTotal(slug, type);
        if (total !== count) differences.push(`${slug} ${type}: page ${count}, search ${total}`);
      }
    }
    expect(differences).toEqual([]);
  });

  it("lists the agreements its parties signed, not those its organisations only witnessed", async () => {
    // Veolia, Enedis and GRDF (Île-de-France) witnessed the Knowledge Capital–TUBA accord.
    const idf = (await getRegion("ile-de-france"))!;
    expect(idf.agreements.map((a) => a.slug)).not.toContain("knowledge-capital-tuba-accord-2016");
    expect((await getRegion("lyon"))!.agreements.map((a) => a.slug)).toContain("knowledge-capital-tuba-accord-2016");
  });

  it("lists the missions that went to, came from or visited it, not those one of whose participants is based there", async () => {
    // Knowledge Capital (Osaka) took part in the Lyon mission, which did not go to Osaka.
    expect((await getRegion("osaka"))!.missions.map((m) => m.slug)).not.toContain("lyon-mission-japan-2016");
    expect((await getRegion("lyon"))!.missions.map((m) => m.slug)).toContain("lyon-mission-japan-2016");
    expect((await getRegion("tokyo"))!.missions.map((m) => m.slug)).toContain("lyon-mission-japan-2016");
  });

  it("lists the events held in it, not those its organisations only attended", async () => {
    // Lyon French Tech took part in CEATEC, held in Chiba.
    expect((await getRegion("lyon"))!.events.map((e) => e.slug)).not.toContain("ceatec-2016");
    expect((await getRegion("chiba"))!.events.map((e) => e.slug)).toContain("ceatec-2016");
  });
});

describe("partner regions on the other side", () => {
  const partners = async (slug: string) => (await getRegion(slug))!.partners;

  it("come only from agreements to which both are parties, never from witnesses or event venues", async () => {
    const osaka = (await partners("osaka-prefecture")).map((p) => p.slug);
    expect(osaka).not.toContain("cologne");
    expect(osaka).not.toContain("ile-de-france");
    expect(osaka).toContain("lyon");
    expect((await partners("lyon")).map((p) => p.slug)).not.toContain("chiba");
    expect((await partners("occitanie")).map((p) => p.slug)).toEqual(["kyoto-prefecture"]);
  });

  it("say which agreements the link rests on and which organisations it runs through", async () => {
    const osaka = (await partners("lyon")).find((p) => p.slug === "osaka")!;
    expect(osaka.via).toEqual([
      expect.objectContaining({
        agreement: expect.objectContaining({ slug: "knowledge-capital-tuba-accord-2016" }),
        organisations: [expect.objectContaining({ slug: "tuba", place: "Lyon" }), expect.objectContaining({ slug: "knowledge-capital", place: "Osaka" })],
      }),
    ]);
    const kyoto = (await partners("occitanie")).find((p) => p.slug === "kyoto-prefecture")!;
    // The regions themselves signed one accord; Sigfox and Kyocera, based in them, the other.
    expect(kyoto.via.map((v) => v.organisations.map((o) => o.slug))).toContainEqual([]);
  });

  it("are symmetric: if A lists B, B lists A", async () => {
    const regions = await listRegions();
    const lists = new Map<string, string[]>();
    for (const { slug } of regions) lists.set(slug, (await partners(slug)).map((p) => p.slug));
    const oneSided: string[] = [];
    for (const [a, bs] of lists) for (const b of bs) if (!lists.get(b)?.includes(a)) oneSided.push(`${a} lists ${b}, not the reverse`);
    expect(oneSided).toEqual([]);
    expect([...lists.values()].flat().length).toBeGreaterThan(4);
  });
});

describe("what an agreement's link rests on", () => {
  it("a pair page says, for each side, whether a party is the side itself, a member, or an organisation based in it", async () => {
    const occitanie = (await getPair("occitanie-kyoto"))!;
    expect(occitanie.basis["occitanie-kyoto-cooperation-accord"]).toEqual({
      europe: [{ kind: "party", type: "region", slug: "occitanie", name: "Occitanie", memberOf: null }],
      japan: [{ kind: "party", type: "region", slug: "kyoto-prefecture", name: "Kyoto Prefecture", memberOf: null }],
    });
    const bio = (await getPair("bioxclusters-osaka"))!;
    const mou = bio.basis["bioxclusters-plus-osaka-bio-headquarters-mou"];
    expect(mou.europe).toEqual([
      expect.objectContaining({ kind: "party", slug: "bioxclusters-plus", memberOf: null }),
      expect.objectContaining({ kind: "party", slug: "lyonbiopole", memberOf: "bioXclusters Plus" }),
    ]);
    expect(mou.japan).toEqual([expect.objectContaining({ kind: "through", organisation: expect.objectContaining({ slug: "osaka-bio-headquarters" }), place: "Osaka Prefecture" })]);
    // Every agreement listed between the sides rests on something on each side.
    for (const pair of [occitanie, bio]) {
      for (const a of pair.agreements) {
        expect(pair.basis[a.slug]?.europe.length, a.slug).toBeGreaterThan(0);
        expect(pair.basis[a.slug]?.japan.length, a.slug).toBeGreaterThan(0);
      }
    }
  });

  it("an organisation's page shows its role in each agreement: Veolia witnessed the Knowledge Capital–TUBA accord", async () => {
    const veolia = (await getOrganisation("veolia"))!;
    expect(veolia.agreements.map((a) => a.slug)).toEqual(["knowledge-capital-tuba-accord-2016"]);
    expect(veolia.agreementRoles["knowledge-capital-tuba-accord-2016"]).toEqual([{ name: "Veolia", role: "WITNESS", member: false }]);
    const alliance = (await getOrganisation("bioxclusters-plus"))!;
    expect(alliance.agreementRoles["bioxclusters-plus-osaka-bio-headquarters-mou"]).toEqual([
      { name: "bioXclusters Plus", role: "SIGNATORY", member: false },
      { name: "Lyonbiopôle", role: "SIGNATORY", member: true },
    ]);
  });
});

it("the pages and the database agree on which roles make a party", async () => {
  const { rows } = await withPg((c) => c.query<{ role: string; party: boolean }>(
    `SELECT r::text AS role, kizuna_is_party(r) AS party FROM unnest(enum_range(NULL::"PartyRole")) r`));
  expect(rows.length).toBeGreaterThan(3);
  for (const { role, party } of rows) expect(isPartyRole(role), role).toBe(party);
});
