import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RecordType } from "@/generated/prisma/client";
import { toRaw, type RawValues } from "@/lib/admin/fields";
import { FORMS } from "@/lib/admin/forms";
import { parseSearchParams } from "@/lib/search-params";
import { changeStatus, getEditable, listRevisions, saveRecord, type Values } from "@/server/admin/records";
import { refreshSearch, search } from "@/server/search/queries";
import { createTestEditor, idOfSlug, removeTestEditor, testPrisma } from "../support/db";

// The admin modules for organisations, people, sectors and pairs, through the
// generic write layer, on the seeded directory. Records created here are removed
// afterwards and seed records edited here are put back, so that the other test
// files (which count and search the seed) see the directory unchanged.
const prisma = testPrisma();
let viewer: { id: number };
const created: Partial<Record<"organisation" | "person" | "sector" | "pair", number>> = {};

const form = (type: RecordType) => FORMS[type]!;
const raw = (type: RecordType, values: Values) => toRaw(form(type), values);

async function editable(type: RecordType, id: number) {
  const record = await getEditable(type, id);
  expect(record, `${type} ${id}`).not.toBeNull();
  return record!;
}

/** Saves the record's current values with `change` applied. */
async function edit(type: RecordType, id: number, change: (raw: RawValues) => RawValues) {
  const record = await editable(type, id);
  return saveRecord(viewer, type, id, record.version, change(raw(type, record.values)));
}

async function create(type: RecordType, values: RawValues) {
  const result = await saveRecord(viewer, type, null, null, values);
  expect(result).toMatchObject({ ok: true, version: 1 });
  return result.ok ? result.id : 0;
}

/** Saving the loaded values as the form would show them changes nothing. */
async function expectRoundTrip(type: RecordType, id: number) {
  const record = await editable(type, id);
  const again = await saveRecord(viewer, type, id, record.version, raw(type, record.values));
  expect(again).toEqual({ ok: true, id, version: record.version, unchanged: true });
}

async function lastChanges(type: RecordType, id: number) {
  const [latest] = await listRevisions(type, id);
  return latest.changes.map((c) => c.field);
}

async function trashAndRestore(type: RecordType, id: number) {
  const before = await editable(type, id);
  const deleted = await changeStatus(viewer, type, id, before.version, "delete");
  expect(deleted).toMatchObject({ ok: true, version: before.version + 1 });
  expect((await editable(type, id)).status).toBe("TRASHED");
  const restored = await changeStatus(viewer, type, id, before.version + 1, "restore");
  expect(restored).toMatchObject({ ok: true, version: before.version + 2 });
  expect((await editable(type, id)).status).toBe(before.status);
}

async function expectDeleteRefused(type: RecordType, id: number, user: string) {
  const record = await editable(type, id);
  const result = await changeStatus(viewer, type, id, record.version, "delete");
  expect(result.ok).toBe(false);
  expect(!result.ok && result.usedBy).toContain(user);
  const after = await editable(type, id);
  expect(after.status).toBe(record.status);
  expect(after.version).toBe(record.version);
}

const idOf = (table: "region" | "organisation" | "sector" | "person" | "source", slug: string) => idOfSlug(prisma, table, slug);

const titleOf = async (slug: string) => (await prisma.agreement.findUniqueOrThrow({ where: { slug }, select: { title: true } })).title;

const findAgreements = async (q: string) => {
  const { params } = parseSearchParams({ q, type: "agreement" });
  return (await search(params)).hits.map((h) => h.slug);
};

beforeAll(async () => {
  viewer = await createTestEditor(prisma, "Records test editor");
});

afterAll(async () => {
  try {
    if (created.pair) await prisma.pair.delete({ where: { id: created.pair } });
    if (created.person) await prisma.person.delete({ where: { id: created.person } });
    if (created.organisation) {
      await prisma.organisation.delete({ where: { id: created.organisation } });
      await refreshSearch("ORGANISATION", [created.organisation]);
    }
    if (created.sector) await prisma.sector.delete({ where: { id: created.sector } });
    if (viewer) await removeTestEditor(prisma, viewer);
  } finally {
    await prisma.$disconnect();
  }
});

// ---------------------------------------------------------------- organisations

describe("organisation admin", () => {
  it("creates a draft from the posted form and loads back exactly what was saved", async () => {
    const [lyon, osakaBio, biotech, digital, source] = await Promise.all([
      idOf("region", "lyon"), idOf("organisation", "bioxclusters-plus"), idOf("sector", "biotech"), idOf("sector", "digital"),
      idOf("source", "bioxclusters-plus-osaka-bio-headquarters"),
    ]);
    const id = await create("organisation", {
      name: "  Test Cluster Rhône  ", slug: "test-admin-a-cluster",
      localNames: [{ lang: "fr", name: "Cluster test Rhône" }, { lang: "ja", name: "テストクラスター" }],
      kind: "CLUSTER", homeRegionId: String(lyon), homeRegionInferredFrom: "", parentId: String(osakaBio), website: "https://cluster.example.org/en",
      summary: "A cluster created by the admin test.", sectorIds: [String(digital), String(biotech), String(biotech)],
      citations: [{ sourceId: String(source), field: "name", quote: "Lyonbiopôle et ses partenaires européens de bioXclusters Plus ont signé" }],
    });
    created.organisation = id;
    const record = await editable("organisation", id);
    expect(record.status).toBe("DRAFT");
    expect(record.values).toEqual({
      name: "Test Cluster Rhône", slug: "test-admin-a-cluster",
      localNames: [{ lang: "fr", name: "Cluster test Rhône" }, { lang: "ja", name: "テストクラスター" }],
      kind: "CLUSTER", homeRegionId: lyon, homeRegionInferredFrom: null, parentId: osakaBio, website: "https://cluster.example.org/en",
      summary: "A cluster created by the admin test.", sectorIds: [biotech, digital].sort((a, b) => a - b),
      citations: [{ sourceId: source, field: "name", quote: "Lyonbiopôle et ses partenaires européens de bioXclusters Plus ont signé" }],
    });
    await expectRoundTrip("organisation", id);
  });

  it("saves a seed organisation unchanged when nothing was edited", async () => {
    for (const slug of ["lyonbiopole", "veolia", "knowledge-capital"]) await expectRoundTrip("organisation", await idOf("organisation", slug));
  });

  it("records only the edited field in the revision", async () => {
    const id = created.organisation!;
    const result = await edit("organisation", id, (r) => ({ ...r, website: "http://cluster.example.org/" }));
    expect(result).toMatchObject({ ok: true, version: 2 });
    expect(await lastChanges("organisation", id)).toEqual(["website"]);
  });

  it("refuses a website that is not an http(s) address, such as javascript:", async () => {
    for (const website of ["javascript:alert(1)", "data:text/html,hi", "ftp://example.org", "www.example.org", "https://exa mple.org"]) {
      const result = await edit("organisation", created.organisation!, (r) => ({ ...r, website }));
      expect(result.ok, website).toBe(false);
      expect(!result.ok && result.fieldErrors?.website, website).toMatch(/http/);
    }
  });

  it("refuses to make an organisation part of one of its own members", async () => {
    const [alliance, member] = await Promise.all([idOf("organisation", "bioxclusters-plus"), idOf("organisation", "lyonbiopole")]);
    const result = await edit("organisation", alliance, (r) => ({ ...r, parentId: String(member) }));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.fieldErrors?.parentId).toMatch(/its own members/);
    const itself = await edit("organisation", alliance, (r) => ({ ...r, parentId: String(alliance) }));
    expect(!itself.ok && itself.fieldErrors?.parentId).toMatch(/itself/);
  });

  it("refuses to delete an organisation an agreement names as a party, listing the agreement", async () => {
    const title = await titleOf("bioxclusters-plus-osaka-bio-headquarters-mou");
    await expectDeleteRefused("organisation", await idOf("organisation", "lyonbiopole"), `Agreement (party): ${title}`);
  });

  it("moves an unused organisation to the trash and restores it", async () => {
    await trashAndRestore("organisation", created.organisation!);
  });

  it("renaming an organisation makes its agreements findable by the new name", async () => {
    const id = await idOf("organisation", "osaka-bio-headquarters");
    const original = await editable("organisation", id);
    expect(await findAgreements("Quizzaphor")).not.toContain("bioxclusters-plus-osaka-bio-headquarters-mou");
    try {
      const renamed = await edit("organisation", id, (r) => ({ ...r, name: "Quizzaphor Biohub" }));
      expect(renamed.ok).toBe(true);
      expect(await findAgreements("Quizzaphor")).toContain("bioxclusters-plus-osaka-bio-headquarters-mou");
    } finally {
      const back = await edit("organisation", id, () => raw("organisation", original.values));
      expect(back.ok).toBe(true);
    }
    expect(await findAgreements("Quizzaphor")).not.toContain("bioxclusters-plus-osaka-bio-headquarters-mou");
  });
});

// ---------------------------------------------------------------- people

describe("person admin", () => {
  it("creates a person with roles and loads back the roles with their ids", async () => {
    const lyon = await idOf("region", "lyon");
    const tuba = await idOf("organisation", "tuba");
    const id = await create("person", {
      name: "Test Person", slug: "test-admin-a-person", localNames: [{ lang: "ja", name: "テスト" }], note: "Created by a test.",
      roles: [{ id: "", title: "Deputy Mayor of Lyon", actor: `region:${lyon}` }, { id: "", title: "Board member", actor: `organisation:${tuba}` }, { id: "", title: "Author", actor: "" }],
      citations: [],
    });
    created.person = id;
    const record = await editable("person", id);
    const roles = await prisma.personRole.findMany({ where: { personId: id }, orderBy: { id: "asc" }, select: { id: true } });
    expect(record.values).toEqual({
      name: "Test Person", slug: "test-admin-a-person", localNames: [{ lang: "ja", name: "テスト" }], note: "Created by a test.",
      roles: [
        { id: roles[0].id, title: "Deputy Mayor of Lyon", actor: `region:${lyon}` },
        { id: roles[1].id, title: "Board member", actor: `organisation:${tuba}` },
        { id: roles[2].id, title: "Author", actor: null },
      ],
      citations: [],
    });
    await expectRoundTrip("person", id);
  });

  it("saves a seed person unchanged when nothing was edited", async () => {
    for (const slug of ["keiji-yamada", "gerard-collomb"]) await expectRoundTrip("person", await idOf("person", slug));
  });

  it("keeps the ids of edited roles, deletes removed ones and creates new ones", async () => {
    const id = created.person!;
    const before = await editable("person", id);
    const [first, , third] = before.values.roles as { id: number }[];
    const result = await edit("person", id, (r) => ({
      ...r,
      roles: [{ ...(r.roles as Record<string, string>[])[0], title: "First Deputy Mayor of Lyon" }, (r.roles as Record<string, string>[])[2], { id: "", title: "Speaker", actor: "" }],
    }));
    expect(result).toMatchObject({ ok: true, version: before.version + 1 });
    const roles = await prisma.personRole.findMany({ where: { personId: id }, orderBy: { id: "asc" }, select: { id: true, title: true } });
    expect(roles.map((r) => r.title)).toEqual(["First Deputy Mayor of Lyon", "Author", "Speaker"]);
    expect(roles[0].id).toBe(first.id);
    expect(roles[1].id).toBe(third.id);
    expect(roles[2].id).toBeGreaterThan(third.id);
    expect(await lastChanges("person", id)).toEqual(["roles"]);
  });

  it("records only the edited field in the revision", async () => {
    const id = created.person!;
    expect((await edit("person", id, (r) => ({ ...r, note: "Edited by a test." }))).ok).toBe(true);
    expect(await lastChanges("person", id)).toEqual(["note"]);
  });

  it("refuses a role id that belongs to another person", async () => {
    const governor = await prisma.personRole.findFirstOrThrow({ where: { person: { slug: "keiji-yamada" } }, select: { id: true } });
    const result = await edit("person", created.person!, (r) => ({ ...r, roles: [...(r.roles as Record<string, string>[]), { id: String(governor.id), title: "Governor", actor: "" }] }));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.fieldErrors?.["roles.3.id"]).toMatch(/not one of this person's roles/);
  });

  it("refuses to remove a role a seed agreement's signatory uses, naming the agreement", async () => {
    const id = await idOf("person", "keiji-yamada");
    const before = await editable("person", id);
    const title = await titleOf("occitanie-kyoto-cooperation-accord");
    const result = await edit("person", id, (r) => ({ ...r, roles: [] }));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.fieldErrors?.roles).toContain(title);
    expect((await editable("person", id)).values).toEqual(before.values);
  });

  it("refuses to delete a person whose role signed an agreement, listing the agreement", async () => {
    const title = await titleOf("occitanie-kyoto-cooperation-accord");
    await expectDeleteRefused("person", await idOf("person", "keiji-yamada"), `Agreement (signatory): ${title}`);
  });

  it("moves an unused person to the trash and restores it", async () => {
    await trashAndRestore("person", created.person!);
  });
});

// ---------------------------------------------------------------- sectors

describe("sector admin", () => {
  it("creates a theme under an ecosystem and loads back exactly what was saved", async () => {
    const health = await idOf("sector", "health");
    const id = await create("sector", {
      name: "Test genomics", slug: "test-admin-a-genomics", nameFr: "Génomique (test)", synonyms: ["genome sequencing", "génomique"],
      parentId: String(health), position: "99", summary: "A theme created by the admin test.",
    });
    created.sector = id;
    expect((await editable("sector", id)).values).toEqual({
      name: "Test genomics", slug: "test-admin-a-genomics", nameFr: "Génomique (test)", synonyms: ["genome sequencing", "génomique"],
      parentId: health, position: 99, summary: "A theme created by the admin test.",
    });
    await expectRoundTrip("sector", id);
  });

  it("saves a seed sector unchanged when nothing was edited", async () => {
    for (const slug of ["health", "biotech", "smart-city"]) await expectRoundTrip("sector", await idOf("sector", slug));
  });

  it("records only the edited field in the revision", async () => {
    const id = created.sector!;
    expect((await edit("sector", id, (r) => ({ ...r, synonyms: ["genome sequencing", "génomique", "genomics"] }))).ok).toBe(true);
    expect(await lastChanges("sector", id)).toEqual(["synonyms"]);
  });

  it("refuses a parent that is itself under an ecosystem (two levels only)", async () => {
    const biotech = await idOf("sector", "biotech");
    const result = await edit("sector", created.sector!, (r) => ({ ...r, parentId: String(biotech) }));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.fieldErrors?.parentId).toMatch(/top-level/);
  });

  it("refuses to put an ecosystem that has themes under another sector, or a sector under itself", async () => {
    const [health, digital] = await Promise.all([idOf("sector", "health"), idOf("sector", "digital")]);
    const result = await edit("sector", health, (r) => ({ ...r, parentId: String(digital) }));
    expect(!result.ok && result.fieldErrors?.parentId).toMatch(/must stay a top-level sector/);
    const itself = await edit("sector", created.sector!, (r) => ({ ...r, parentId: String(created.sector) }));
    expect(!itself.ok && itself.fieldErrors?.parentId).toMatch(/own/);
  });

  it("refuses to delete a sector agreements and organisations use, listing them", async () => {
    const id = await idOf("sector", "biotech");
    await expectDeleteRefused("sector", id, `Agreement: ${await titleOf("bioxclusters-plus-osaka-bio-headquarters-mou")}`);
    const result = await changeStatus(viewer, "sector", id, (await editable("sector", id)).version, "delete");
    expect(!result.ok && result.usedBy).toContain("Organisation: Lyonbiopôle");
  });

  it("moves an unused sector to the trash and restores it", async () => {
    await trashAndRestore("sector", created.sector!);
  });

  it("a new synonym on a sector makes the agreements tagged with it findable by that word", async () => {
    const id = await idOf("sector", "biotech");
    const original = await editable("sector", id);
    try {
      const result = await edit("sector", id, (r) => ({ ...r, synonyms: [...(r.synonyms as string[]), "zymurgotics"] }));
      expect(result.ok).toBe(true);
      expect(await findAgreements("zymurgotics")).toContain("bioxclusters-plus-osaka-bio-headquarters-mou");
    } finally {
      expect((await edit("sector", id, () => raw("sector", original.values))).ok).toBe(true);
    }
    expect(await findAgreements("zymurgotics")).not.toContain("bioxclusters-plus-osaka-bio-headquarters-mou");
  });
});

// ---------------------------------------------------------------- pairs

describe("pair admin", () => {
  it("creates a pair with a region and an organisation as its sides and loads back exactly what was saved", async () => {
    const [lyon, knowledgeCapital] = await Promise.all([idOf("region", "lyon"), idOf("organisation", "knowledge-capital")]);
    const id = await create("pair", {
      name: "Lyon–Knowledge Capital (test)", slug: "test-admin-a-pair", summary: "Created by the admin test.",
      europe: `region:${lyon}`, japan: `organisation:${knowledgeCapital}`,
    });
    created.pair = id;
    expect((await editable("pair", id)).values).toEqual({
      name: "Lyon–Knowledge Capital (test)", slug: "test-admin-a-pair", summary: "Created by the admin test.",
      europe: `region:${lyon}`, japan: `organisation:${knowledgeCapital}`,
    });
    const row = await prisma.pair.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ europeRegionId: lyon, europeOrganisationId: null, japanRegionId: null, japanOrganisationId: knowledgeCapital });
    await expectRoundTrip("pair", id);
  });

  it("saves a seed pair unchanged when nothing was edited", async () => {
    for (const slug of ["lyon-tokyo", "bioxclusters-osaka"]) {
      const pair = await prisma.pair.findUniqueOrThrow({ where: { slug }, select: { id: true } });
      await expectRoundTrip("pair", pair.id);
    }
  });

  it("records only the edited field in the revision, and moves a side to the other column", async () => {
    const id = created.pair!;
    const kyoto = await idOf("region", "kyoto-prefecture");
    expect((await edit("pair", id, (r) => ({ ...r, japan: `region:${kyoto}` }))).ok).toBe(true);
    expect(await lastChanges("pair", id)).toEqual(["japan"]);
    expect(await prisma.pair.findUniqueOrThrow({ where: { id } })).toMatchObject({ japanRegionId: kyoto, japanOrganisationId: null });
  });

  it("requires both sides, and two different ones", async () => {
    const missing = await edit("pair", created.pair!, (r) => ({ ...r, europe: "" }));
    expect(!missing.ok && missing.fieldErrors?.europe).toBeTruthy();
    const same = await edit("pair", created.pair!, (r) => ({ ...r, japan: r.europe }));
    expect(!same.ok && same.fieldErrors?.japan).toMatch(/different/);
  });

  it("moves a pair to the trash and restores it, as nothing refers to pairs", async () => {
    await trashAndRestore("pair", created.pair!);
  });
});
