import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { toRaw } from "@/lib/admin/fields";
import { FORMS } from "@/lib/admin/forms";
import { addCitation } from "@/server/admin/citations";
import { searchOptions } from "@/server/admin/options";
import { changeStatus, getEditable, listRecords, listRevisions, listTrash, revertRecord, saveRecord } from "@/server/admin/records";
import { getAgreement } from "@/server/agreements/queries";
import { getRegion } from "@/server/regions/queries";
import { search } from "@/server/search/queries";
import { parseSearchParams } from "@/lib/search-params";
import { createTestEditor, removeTestEditor, testPrisma } from "../support/db";

// The generic write path every admin form goes through: versions and
// conflicts, revisions and restoring them, publishing, the trash, the audit
// log, and the public pages and search seeing each change at once.

const prisma = testPrisma();
const run = Date.now().toString(36);
let viewer = { id: 0 };
const regionIds: number[] = [];
let agreementId = 0;

const regionRaw = (name: string, side: "EUROPE" | "JAPAN", country: string) => ({
  name, slug: `${name.toLowerCase().replace(/[^a-z0-9]+/g, "-")}`, kind: "REGION", side, country, parentId: "", localNames: [],
  iso3166_2: "", nuts: "", wikidataId: "", latitude: "", longitude: "", summary: "", citations: [],
});

beforeAll(async () => {
  viewer = await createTestEditor(prisma, "Rita Records");
  for (const [name, side, country] of [[`Nordlande ${run}`, "EUROPE", "DE"], [`Kitayama ${run}`, "JAPAN", "JP"]] as const) {
    const result = await saveRecord(viewer, "region", null, null, regionRaw(name, side, country));
    if (!result.ok) throw new Error(result.message);
    regionIds.push(result.id);
    await changeStatus(viewer, "region", result.id, 1, "publish", { confirmUncited: true });
  }
  const form = FORMS.agreement!;
  const raw = {
    ...toRaw(form, {}),
    title: `Nordlande–Kitayama accord ${run}`, slug: `nordlande-kitayama-accord-${run}`, kind: "COOPERATION_AGREEMENT", agreementStatus: "SIGNED",
    parties: [{ actor: `region:${regionIds[0]}`, role: "SIGNATORY" }, { actor: `region:${regionIds[1]}`, role: "SIGNATORY" }],
    signed: { value: "2025-06", inferredFrom: "" },
  };
  const created = await saveRecord(viewer, "agreement", null, null, raw);
  if (!created.ok) throw new Error(`${created.message} ${JSON.stringify(created.fieldErrors)}`);
  agreementId = created.id;
});

afterAll(async () => {
  await prisma.agreement.deleteMany({ where: { id: agreementId } });
  await prisma.region.deleteMany({ where: { id: { in: regionIds } } });
  await prisma.$executeRaw`SELECT kizuna_search_refresh()`;
  await removeTestEditor(prisma, viewer);
  await prisma.$disconnect();
});

describe("creating and publishing", () => {
  it("creates records as drafts that the public site does not show until published", async () => {
    const agreement = (await getEditable("agreement", agreementId))!;
    expect(agreement.status).toBe("DRAFT");
    expect(await getAgreement(agreement.slug)).toBeNull();
    const published = await changeStatus(viewer, "agreement", agreementId, agreement.version, "publish", { confirmUncited: true });
    expect(published).toMatchObject({ ok: true, version: agreement.version + 1 });
    expect((await getAgreement(agreement.slug))?.title).toBe(`Nordlande–Kitayama accord ${run}`);
  });

  it("shows a published agreement on its regions' pages and in search at once", async () => {
    const region = await getRegion(`nordlande-${run}`);
    expect(JSON.stringify(region)).toContain(`Nordlande–Kitayama accord ${run}`);
    const result = await search(parseSearchParams({ q: `Kitayama ${run}` }).params);
    expect(result.hits.map((h) => h.slug)).toContain(`nordlande-kitayama-accord-${run}`);
  });

  it("lists records by name with the search's folding, and by status", async () => {
    const byName = await listRecords("region", { q: `NORDLANDE ${run}` });
    expect(byName.rows.map((r) => r.id)).toEqual([regionIds[0]]);
    const drafts = await listRecords("region", { q: run, status: "DRAFT" });
    expect(drafts.total).toBe(0);
    const published = await listRecords("region", { q: run, status: "PUBLISHED" });
    expect(published.total).toBe(2);
  });
});

describe("versions, revisions and conflicts", () => {
  it("refuses a save made from an older version, says who changed it, and writes nothing", async () => {
    const opened = (await getEditable("agreement", agreementId))!;
    const form = FORMS.agreement!;
    const first = await saveRecord(viewer, "agreement", agreementId, opened.version, { ...toRaw(form, opened.values), summary: "First editor's summary." });
    expect(first.ok).toBe(true);
    const revisionsBefore = await prisma.revision.count();
    const second = await saveRecord(viewer, "agreement", agreementId, opened.version, { ...toRaw(form, opened.values), summary: "Second editor's summary." });
    expect(second.ok).toBe(false);
    if (second.ok) return;
    expect(second.conflict).toMatchObject({ changedBy: "Rita Records", fields: ["summary"] });
    expect(second.conflict?.theirs.summary).toBe("First editor's summary.");
    expect(await prisma.revision.count()).toBe(revisionsBefore);
    expect((await getEditable("agreement", agreementId))!.values.summary).toBe("First editor's summary.");
  });

  it("saves nothing, not even a new version, when nothing changed", async () => {
    const current = (await getEditable("agreement", agreementId))!;
    const result = await saveRecord(viewer, "agreement", agreementId, current.version, toRaw(FORMS.agreement!, current.values));
    expect(result).toMatchObject({ ok: true, unchanged: true, version: current.version });
    const after = (await getEditable("agreement", agreementId))!;
    expect(after.updatedAt).toEqual(current.updatedAt);
  });

  it("keeps a revision per change with the fields that changed, and restores an earlier one as a new revision", async () => {
    const revisions = await listRevisions("agreement", agreementId);
    expect(revisions.map((r) => r.action)).toEqual(["update", "publish", "create"]);
    expect(revisions[0].changes).toEqual([{ field: "summary", before: "", after: "First editor's summary." }]);
    const current = (await getEditable("agreement", agreementId))!;
    const reverted = await revertRecord(viewer, "agreement", agreementId, revisions[1].id, current.version);
    expect(reverted.ok).toBe(true);
    expect((await getEditable("agreement", agreementId))!.values.summary).toBe("");
    const after = await listRevisions("agreement", agreementId);
    expect(after[0]).toMatchObject({ action: "revert", changes: [{ field: "summary", before: "First editor's summary.", after: "" }] });
    expect(await prisma.auditEvent.count({ where: { userId: viewer.id, action: "revert", recordId: agreementId } })).toBe(1);
  });

  it("adds a citation of a source passage to a record, refusing a passage the source does not contain", async () => {
    const source = await prisma.source.findFirstOrThrow({ where: { status: "PUBLISHED" }, select: { id: true, text: true } });
    const passage = source.text.split(/\n/).find((line) => line.trim().length > 40)!.trim().slice(0, 60);
    const refused = await addCitation(viewer, source.id, { recordType: "agreement", recordId: agreementId, field: "summary", quote: "words that appear in no article at all" });
    expect(refused).toMatchObject({ ok: false, message: expect.stringMatching(/does not occur/) });
    const added = await addCitation(viewer, source.id, { recordType: "agreement", recordId: agreementId, field: "summary", quote: passage });
    expect(added.ok).toBe(true);
    expect((await getEditable("agreement", agreementId))!.values.citations).toEqual([{ sourceId: source.id, field: "summary", quote: passage }]);
  });
});

describe("choosing among many records", () => {
  it("finds records by name, local name or title whatever the case and accents, and never lists the trash", async () => {
    expect((await searchOptions("region", "KYOTO")).map((o) => o.label)).toContain("Kyoto Prefecture (JP)");
    expect((await searchOptions("region", "京都")).map((o) => o.label)).toContain("Kyoto Prefecture (JP)");
    expect((await searchOptions("actor", "lyonbiopole")).map((o) => o.value)).toEqual(expect.arrayContaining([expect.stringMatching(/^organisation:\d+$/)]));
    expect((await searchOptions("personRole", "governor")).length).toBeGreaterThan(0);
    expect(await searchOptions("region", "   ")).toEqual([]);
    expect(await searchOptions("region", "%_'\\")).toEqual([]);
    expect((await searchOptions("agreement", `Nordlande–Kitayama accord ${run}`)).map((o) => Number(o.value))).toEqual([agreementId]);
  });
});

describe("records from the seed", () => {
  it("keep their state from before the first admin change as a revision that can be restored", async () => {
    const seed = await prisma.region.findFirstOrThrow({ where: { status: "PUBLISHED", slug: "kyoto-prefecture" }, select: { id: true } });
    const original = (await getEditable("region", seed.id))!;
    const form = FORMS.region!;
    const edited = await saveRecord(viewer, "region", seed.id, original.version, { ...toRaw(form, original.values), summary: "Rewritten for a test." });
    expect(edited.ok).toBe(true);
    const revisions = await listRevisions("region", seed.id);
    expect(revisions.map((r) => r.action)).toEqual(["update", "import"]);
    expect(revisions[1]).toMatchObject({ version: original.version, by: null, snapshot: original.values });
    const current = (await getEditable("region", seed.id))!;
    expect((await revertRecord(viewer, "region", seed.id, revisions[1].id, current.version)).ok).toBe(true);
    expect((await getEditable("region", seed.id))!.values).toEqual(original.values);
    await prisma.revision.deleteMany({ where: { recordType: "region", recordId: seed.id } });
  });
});

describe("the trash", () => {
  it("refuses to delete a region an agreement uses, listing the agreement", async () => {
    const region = (await getEditable("region", regionIds[0]))!;
    const result = await changeStatus(viewer, "region", regionIds[0], region.version, "delete");
    expect(result).toMatchObject({ ok: false, usedBy: [`Agreement (party): Nordlande–Kitayama accord ${run}`] });
  });

  it("moves a deleted agreement to the trash, hidden everywhere, and restores it with its earlier status", async () => {
    const agreement = (await getEditable("agreement", agreementId))!;
    expect(agreement.status).toBe("PUBLISHED");
    expect((await changeStatus(viewer, "agreement", agreementId, agreement.version, "delete")).ok).toBe(true);
    expect(await getAgreement(agreement.slug)).toBeNull();
    expect((await search(parseSearchParams({ q: `Kitayama ${run}` }).params)).hits.map((h) => h.slug)).not.toContain(agreement.slug);
    expect((await listTrash()).map((r) => r.id)).toContain(agreementId);
    const trashed = (await getEditable("agreement", agreementId))!;
    const edit = await saveRecord(viewer, "agreement", agreementId, trashed.version, toRaw(FORMS.agreement!, trashed.values));
    expect(edit).toMatchObject({ ok: false, message: expect.stringMatching(/trash/) });
    expect((await changeStatus(viewer, "agreement", agreementId, trashed.version, "restore")).ok).toBe(true);
    expect((await getEditable("agreement", agreementId))!.status).toBe("PUBLISHED");
    expect((await getAgreement(agreement.slug))?.title).toBe(agreement.title);
  });

  it("keeps the precomputed facet counts and the name vocabulary equal to a full recount after every kind of write", async () => {
    const words = () => prisma.$queryRaw<{ word: string; n: number }[]>`SELECT word, n FROM "SearchWord" ORDER BY word`;
    const rewords = () => prisma.$queryRaw<{ word: string; n: number }[]>`
      SELECT w AS word, count(*)::int AS n FROM "SearchDocument" d, kizuna_name_words(d.names) w WHERE d.status = 'PUBLISHED' GROUP BY w ORDER BY w`;
    const counts = () => prisma.$queryRaw<{ facet: string; value: string; n: number }[]>`
      SELECT facet, value, n FROM "SearchFacetCount" WHERE n <> 0 ORDER BY facet, value`;
    const recount = () => prisma.$queryRaw<{ facet: string; value: string; n: number }[]>`
      SELECT facet, value, count(*)::int AS n FROM kizuna_facet_rows(NULL, NULL) GROUP BY 1, 2 ORDER BY 1, 2`;
    // Creates, publishes, edits, trashes and restores have all run above; one more edit of a party list:
    const current = (await getEditable("agreement", agreementId))!;
    const form = FORMS.agreement!;
    const raw = toRaw(form, current.values);
    await saveRecord(viewer, "agreement", agreementId, current.version, { ...raw, parties: (raw.parties as Record<string, string>[]).slice(0, 1), signed: { value: "2019", inferredFrom: "" } });
    expect(await counts()).toEqual(await recount());
    expect(await words()).toEqual(await rewords());
  });

  it("answers unknown records and types with a value, not an exception", async () => {
    expect(await getEditable("agreement", 2_000_000_000)).toBeNull();
    expect(await saveRecord(viewer, "agreement", 2_000_000_000, 1, toRaw(FORMS.agreement!, (await getEditable("agreement", agreementId))!.values))).toMatchObject({ ok: false, notFound: true });
    expect(await changeStatus(viewer, "region", 2_000_000_000, 1, "publish")).toMatchObject({ ok: false, notFound: true });
    expect(await revertRecord(viewer, "agreement", agreementId, 2_000_000_000, 1)).toMatchObject({ ok: false, notFound: true });
  });
});
