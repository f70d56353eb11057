import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseSearchParams, type SearchParams } from "@/lib/search-params";
import { search } from "@/server/search/queries";
import { listAgreements } from "@/server/agreements/queries";
import { AGREEMENT_KIND_LABELS } from "@/lib/labels";
import { testPrisma, withPg } from "../support/db";

// The matching rules users expect, checked on the seeded directory.
const find = async (raw: Record<string, string | string[]>) => {
  const { params, ignored } = parseSearchParams(raw);
  return search(params, ignored);
};
const keys = (r: Awaited<ReturnType<typeof find>>) => r.hits.map((h) => `${h.type}:${h.slug}`);

describe("matching", () => {
  it("is case- and accent-insensitive: 'region occitanie' finds Région Occitanie", async () => {
    const r = await find({ q: "region occitanie" });
    expect(keys(r)).toContain("region:occitanie");
    expect(keys(await find({ q: "RÉGION OCCITANIE" }))).toContain("region:occitanie");
  });

  it("tolerates a missing letter or a typo in names", async () => {
    expect(keys(await find({ q: "ocitanie" }))).toContain("region:occitanie");
    expect(keys(await find({ q: "Lyonbiopole" }))).toContain("organisation:lyonbiopole");
    expect(keys(await find({ q: "lyonbiopol" }))).toContain("organisation:lyonbiopole");
    expect(keys(await find({ q: "kyotoo" }))).toContain("region:kyoto-prefecture");
  });

  it("corrects a misspelt word to the closest word of the names and says so", async () => {
    const r = await find({ q: "ocitanie" });
    expect(r.correctedQuery).toBe("occitanie");
    expect(keys(r)[0]).toBe("region:occitanie");
    expect(r.hits[0].title.filter((s) => s.match).map((s) => s.text)).toEqual(["Occitanie"]);
    // Only the unknown word changes; a word the names hold stays as typed.
    expect((await find({ q: "région ocitanie" })).correctedQuery).toBe("region occitanie");
    // Text that matches as typed is never corrected.
    expect((await find({ q: "occitanie" })).correctedQuery).toBeNull();
    expect((await find({ q: "biotechnologies" })).correctedQuery).toBeNull();
    // Numbers, stop words and words that full text finds elsewhere (a summary) are never changed.
    const correct = async (q: string) => (await withPg((c) => c.query<{ c: string | null }>(`SELECT kizuna_correct($1) AS c`, [q]))).rows[0].c;
    expect(await correct("ocitanie 2017")).toBe("occitanie 2017");
    expect(await correct("biotechnologies ocitanie")).toBe("biotechnologies occitanie");
    expect(await correct("the ocitanie")).toBe("the occitanie");
    expect(await correct("-kyotoo")).toBeNull();
    // Nothing close enough: no correction, and the search says there is nothing.
    const none = await find({ q: "zzzqqxw" });
    expect(none.correctedQuery).toBeNull();
    expect(none.total).toBe(0);
  });

  it("the name vocabulary follows the published names", async () => {
    const words = async (word: string) => (await withPg((c) => c.query<{ n: number }>(`SELECT n FROM "SearchWord" WHERE word = $1`, [word]))).rows[0]?.n ?? 0;
    const before = await words("occitanie");
    expect(before).toBeGreaterThan(0);
    // Every word of every published name is there, counted once per document.
    const { rows } = await withPg((c) => c.query<{ missing: number; wrong: number }>(`
      WITH live AS (SELECT w, count(*)::int AS n FROM "SearchDocument" d, kizuna_name_words(d.names) w WHERE d.status = 'PUBLISHED' GROUP BY w)
      SELECT (SELECT count(*)::int FROM live l FULL JOIN "SearchWord" s ON s.word = l.w WHERE l.w IS NULL OR s.word IS NULL) AS missing,
             (SELECT count(*)::int FROM live l JOIN "SearchWord" s ON s.word = l.w WHERE s.n <> l.n) AS wrong`));
    expect(rows[0]).toEqual({ missing: 0, wrong: 0 });
  });

  it("finds Japanese script: 京都 finds 京都府 / Kyoto Prefecture", async () => {
    expect(keys(await find({ q: "京都" }))).toContain("region:kyoto-prefecture");
  });

  it("several Japanese words find what each finds alone: 京都府 協定 finds the Occitanie–Kyoto accord", async () => {
    expect(keys(await find({ q: "京都府 協定" }))).toEqual(["agreement:occitanie-kyoto-cooperation-accord"]);
    // Each word required, as English words are: what both find, whatever their order or spacing.
    for (const [a, b] of [["京都府", "協定"], ["大阪", "覚書"], ["京都", "府"], ["協定", "更新"]]) {
      const [ab, alone] = [keys(await find({ q: `${a} ${b}` })), [keys(await find({ q: a })), keys(await find({ q: b }))]];
      const both = alone[0].filter((k) => alone[1].includes(k));
      if (both.length) expect(ab, `${a} ${b}`).toEqual(expect.arrayContaining(both));
      if (both.length) expect(ab.length, `${a} ${b}`).toBe(both.length);
      expect(keys(await find({ q: `${b}　${a}` })).sort(), `${b} ${a}`).toEqual([...ab].sort());
    }
    // A word in the middle of a name is found by full text, not only by trigrams.
    expect(keys(await find({ q: "都府" }))).toContain("region:kyoto-prefecture");
    // A Japanese word next to an English one is required too.
    expect(keys(await find({ q: "kyoto 協定" }))).toEqual(["agreement:occitanie-kyoto-cooperation-accord"]);
  });

  it("finds Japanese words inside summaries and commitments, not only in names", async () => {
    const prisma = testPrisma();
    const slug = `japanese-summary-${Date.now()}`;
    const agreement = await prisma.agreement.create({
      data: {
        slug, title: "Test accord with a Japanese summary", kind: "OTHER", agreementStatus: "SIGNED",
        summary: "京都府とオクシタニー地域圏は協力関係を確認した。", commitments: ["医療機器の共同研究を進める。"],
      },
      select: { id: true },
    });
    const refresh = () => withPg((c) => c.query(`SELECT kizuna_search_refresh('AGREEMENT', $1::int[])`, [[agreement.id]]));
    try {
      await refresh();
      for (const q of ["地域圏", "協力関係", "共同研究", "医療機器 共同研究"]) expect(keys(await find({ q })), q).toContain(`agreement:${slug}`);
      expect(keys(await find({ q: "地域圏 協定" }))).not.toContain(`agreement:${slug}`);
    } finally {
      await prisma.agreement.delete({ where: { id: agreement.id } });
      await refresh();
      await prisma.$disconnect();
    }
  });

  it("finds agreements by the words of their kind, in English, French and Japanese", async () => {
    expect(keys(await find({ q: "覚書" }))).toEqual(["agreement:bioxclusters-plus-osaka-bio-headquarters-mou"]);
    expect(keys(await find({ q: "déclaration conjointe" }))).toContain("agreement:france-japan-joint-declaration-innovation-digital");
    // The words of each kind include the label it is shown with.
    const { rows } = await withPg((c) => c.query<{ kind: keyof typeof AGREEMENT_KIND_LABELS; words: string }>(
      `SELECT k::text AS kind, kizuna_agreement_kind_words(k) AS words FROM unnest(enum_range(NULL::"AgreementKind")) k`));
    expect(rows.map((r) => r.kind).sort()).toEqual(Object.keys(AGREEMENT_KIND_LABELS).sort());
    for (const r of rows) expect(r.words.toLowerCase(), r.kind).toContain(AGREEMENT_KIND_LABELS[r.kind].toLowerCase());
  });

  it("a query for a sector finds every record its facet counts: by slug ('medtech'), name, French name, and an ecosystem by its themes' records", async () => {
    const sectors = (await withPg((c) => c.query<{ slug: string; name: string; nameFr: string }>(`SELECT slug, name, "nameFr" FROM "Sector" WHERE status = 'PUBLISHED'`))).rows;
    const missing: string[] = [];
    for (const s of sectors) {
      const tagged = (await find({ sector: s.slug })).total;
      for (const q of [s.slug, s.name, s.nameFr]) {
        const found = (await find({ sector: s.slug, q })).total;
        if (found !== tagged) missing.push(`${s.slug}: q=${q} finds ${found} of the ${tagged} the facet counts`);
      }
    }
    expect(missing).toEqual([]);
    expect((await find({ q: "medtech" })).total).toBeGreaterThanOrEqual((await find({ sector: "medtech" })).total);
  });

  it("matches French and English words in summaries and commitments, by stem", async () => {
    expect(keys(await find({ q: "biotechnologies" }))).toContain("agreement:bioxclusters-plus-osaka-bio-headquarters-mou");
    expect(keys(await find({ q: "start-up" }))).toContain("agreement:knowledge-capital-tuba-accord-2016");
    expect(keys(await find({ q: "smart city" }))).toContain("agreement:knowledge-capital-tuba-accord-2016");
    expect(keys(await find({ q: "jeunes pousses" }))).toEqual(expect.arrayContaining(["source:lyon-mission-japan-2016-journal-eco"]));
  });

  it("knows sector synonyms: 'biotech' and 'life sciences' find the bioXclusters agreement", async () => {
    for (const q of ["biotech", "life sciences"]) {
      const r = await find({ q, type: "agreement" });
      expect(keys(r), q).toContain("agreement:bioxclusters-plus-osaka-bio-headquarters-mou");
    }
  });

  it("ranks the record named by the query above records that merely mention it", async () => {
    const r = await find({ q: "Lyonbiopôle" });
    expect(keys(r)[0]).toBe("organisation:lyonbiopole");
  });

  it("marks the matched words in titles", async () => {
    const r = await find({ q: "kyoto", type: "region" });
    const hit = r.hits.find((h) => h.slug === "kyoto-prefecture")!;
    expect(hit.title.filter((s) => s.match).map((s) => s.text)).toEqual(["Kyoto"]);
    expect(hit.context).toContain("Japan");
  });
});

describe("facets", () => {
  it("an ecosystem includes its themes: sector=health finds what is tagged biotech or medtech", async () => {
    const r = await find({ sector: "health", type: "agreement" });
    expect(keys(r)).toContain("agreement:bioxclusters-plus-osaka-bio-headquarters-mou");
  });

  it("an empty query with facets lists everything in the facets, newest first", async () => {
    const r = await find({ type: "agreement", side: "japan" });
    expect(r.total).toBeGreaterThanOrEqual(5);
    expect(r.hits.every((h) => h.type === "agreement")).toBe(true);
    expect(r.hits[0].slug).toBe("france-japan-joint-declaration-innovation-digital");
  });

  it("lists each sector's themes right under it", async () => {
    const sectors = (await find({})).facets.sector;
    expect(sectors.some((v) => v.parent)).toBe(true);
    let ecosystem: string | null = null;
    for (const v of sectors) {
      if (!v.parent) ecosystem = v.value;
      else expect(v.parent, v.value).toBe(ecosystem);
    }
  });

  it("each facet value counts the results choosing it would give", async () => {
    const r = await find({ q: "kyoto" });
    for (const value of r.facets.type) {
      const narrowed = await find({ q: "kyoto", type: value.value });
      expect(narrowed.total, value.value).toBe(value.count);
    }
    const sector = r.facets.sector[0];
    expect((await find({ q: "kyoto", sector: sector.value })).total).toBe(sector.count);
  });

  it("with no text and no filter, the precomputed counts agree with live counting", async () => {
    const all = await find({});
    const sum = all.facets.type.reduce((n, v) => n + v.count, 0);
    expect(all.total).toBe(sum);
    for (const v of all.facets.sector.slice(0, 5)) {
      // A sector filter makes the total count live; the landing page's figure was precomputed.
      expect((await find({ sector: v.value })).total, v.value).toBe(v.count);
    }
    for (const v of all.facets.side) expect((await find({ side: v.value, q: "" })).total, v.value).toBe(v.count);
  });

  it("filters by region (with everything below it), country, kind, status and years", async () => {
    expect(keys(await find({ region: "france", type: "agreement" }))).toContain("agreement:knowledge-capital-tuba-accord-2016");
    expect((await find({ country: "JP", type: "region" })).hits.every((h) => h.type === "region")).toBe(true);
    expect(keys(await find({ kind: "joint_declaration" }))).toEqual(["agreement:france-japan-joint-declaration-innovation-digital"]);
    expect(keys(await find({ status: "announced" }))).toEqual(["agreement:sigfox-kyocera-collaboration"]);
    expect(keys(await find({ type: "agreement", from: "2018", to: "2018" }))).toEqual(["agreement:france-japan-joint-declaration-innovation-digital"]);
  });

  it("no result says so and keeps the facets to remove", async () => {
    const r = await find({ q: "kyoto", sector: "tourism" });
    expect(r.total).toBe(0);
    expect(r.facets.sector.find((s) => s.value === "tourism")).toMatchObject({ selected: true, count: 0 });
  });

  it("reports unknown facet values instead of failing", async () => {
    const r = await find({ sector: ["atlantis", "health", "health"], region: "nowhere", type: "planet" });
    expect(r.ignored).toEqual(expect.arrayContaining(["type", 'sector "atlantis" is not in the directory', 'region "nowhere" is not in the directory']));
    expect(r.params.sectors).toEqual(["health"]);
  });

  it("the agreements list is the same query restricted to agreements", async () => {
    const list = await listAgreements({ sector: "health" });
    const searched = await find({ sector: "health", type: "agreement" });
    expect(list.items.map((a) => a.slug)).toEqual(searched.hits.map((h) => h.slug));
  });
});

describe("hostile input never breaks the search", () => {
  const nasty = [
    "\"", "'", "&|!:*()", "a & b | !c", "<->", "'; DROP TABLE \"Agreement\"; --", "<script>alert(1)</script>", "😀🇯🇵", "\u0000", "%E0%A4%A",
    "x".repeat(10_000), "*:*", "!!!", "()", "\\", "京都府'\"",
  ];
  it.each(nasty)("query %# gives results or none, with no error", async (q) => {
    const r = await find({ q });
    expect(r.total).toBeGreaterThanOrEqual(0);
    expect(r.params.q.length).toBeLessThanOrEqual(200);
  });

  it("page numbers out of range are clamped or ignored", async () => {
    for (const page of ["-1", "0", "99999999", "1e3", "abc", "2"]) {
      const r = await find({ q: "kyoto", page });
      expect(r.page).toBeGreaterThanOrEqual(1);
      expect(r.page).toBeLessThanOrEqual(r.pageCount);
    }
  });

  it("any combination of parameters parses and searches without throwing (property)", async () => {
    const value = fc.oneof(
      fc.string({ maxLength: 300 }),
      fc.constantFrom("health", "biotech", "lyon", "JP", "FR", "japan", "europe", "agreement", "region", "joint_declaration", "signed", "2016", "-5", "9999999999"),
      fc.string({ maxLength: 50, unit: "binary" }),
    );
    const key = fc.constantFrom("q", "type", "sector", "side", "country", "region", "kind", "status", "from", "to", "page", "unknown");
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(key, value), { maxLength: 8 }), async (pairs) => {
        const raw: Record<string, string[]> = {};
        for (const [k, v] of pairs) {
          raw[k] ??= [];
          raw[k].push(v);
        }
        const { params, ignored } = parseSearchParams(raw);
        const r = await search(params as SearchParams, ignored);
        expect(r.hits.length).toBeLessThanOrEqual(20);
        expect(r.total).toBeGreaterThanOrEqual(r.hits.length);
      }),
      { numRuns: 120 },
    );
  });
});
