import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RecordType } from "@/generated/prisma/client";
import { toRaw, type RawValues } from "@/lib/admin/fields";
import { FORMS } from "@/lib/admin/forms";
import { getEditable, saveRecord } from "@/server/admin/records";
import { createTestEditor, idOfSlug, removeTestEditor, testPrisma, withPg } from "../support/db";

// An admin write rebuilds the search documents of the records it changes and
// of those whose documents show it (each admin module's searchDocs). When that
// list misses a record, its document keeps old words or an old region facet
// until the next full rebuild. After each edit here, the documents must equal
// what a full rebuild gives. Every seed record edited here is put back.

const prisma = testPrisma();
let viewer: { id: number };

/** Every document as text, in a fixed order (sample lexemes and all). */
const documents = () =>
  withPg(async (c) => (await c.query<{ row: string }>(`SELECT d::text AS row FROM "SearchDocument" d ORDER BY "recordType", "recordId"`)).rows.map((r) => r.row));

async function expectSameAsFullRebuild() {
  const incremental = await documents();
  await withPg((c) => c.query(`SELECT kizuna_search_refresh()`));
  expect(incremental).toEqual(await documents());
}

async function edit(type: RecordType, id: number, change: (raw: RawValues) => RawValues) {
  const record = (await getEditable(type, id))!;
  const result = await saveRecord(viewer, type, id, record.version, change(toRaw(FORMS[type]!, record.values)));
  expect(result).toMatchObject({ ok: true });
}

beforeAll(async () => {
  viewer = await createTestEditor(prisma, "Search documents test editor");
  await withPg((c) => c.query(`SELECT kizuna_search_refresh()`));
});

afterAll(async () => {
  try {
    if (viewer) await removeTestEditor(prisma, viewer);
  } finally {
    await prisma.$disconnect();
  }
});

describe("after an admin write, the search documents equal a full rebuild", () => {
  it("renaming an ecosystem changes the words of what its themes tag", async () => {
    const health = await idOfSlug(prisma, "sector", "health");
    const before = (await getEditable("sector", health))!.values;
    try {
      await edit("sector", health, (r) => ({ ...r, name: "Health and care" }));
      await expectSameAsFullRebuild();
    } finally {
      await edit("sector", health, (r) => ({ ...r, name: before.name as string }));
    }
  });

  it("moving an organisation changes the region facet of the agreements it is party to and the events it organises", async () => {
    const [tuba, tokyo] = await Promise.all([idOfSlug(prisma, "organisation", "tuba"), idOfSlug(prisma, "region", "tokyo")]);
    const before = (await getEditable("organisation", tuba))!.values;
    try {
      await edit("organisation", tuba, (r) => ({ ...r, homeRegionId: String(tokyo) }));
      await expectSameAsFullRebuild();
    } finally {
      await edit("organisation", tuba, (r) => ({ ...r, homeRegionId: String(before.homeRegionId) }));
    }
    await expectSameAsFullRebuild();
  });
});
