import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { allFields, readForm, toRaw, type FieldDef, type ScalarField } from "@/lib/admin/fields";
import { FORMS } from "@/lib/admin/forms";
import { ADMIN_TYPES, type RecordType } from "@/lib/admin/record-types";
import { changeStatus, getEditable, saveRecord } from "@/server/admin/records";
import { ADMINS } from "@/server/admin/registry";
import { createTestEditor, removeTestEditor, testPrisma } from "../support/db";

// Random and hostile values thrown at every admin form, through its schema and
// through the same write path the server action uses: the answer is always a
// value (never an exception, so never a 500), a refusal names fields, and a
// refused save leaves every table as it was (multi-table saves are one transaction).

const prisma = testPrisma();
let viewer = { id: 0 };
const created: { type: RecordType; id: number }[] = [];

const HOSTILE = [
  "", " ", "<script>alert(1)</script>", "javascript:alert(1)", "'; DROP TABLE \"Agreement\"; --", "\u0000", "\u202e\u0007", "😀🇯🇵",
  "京都府", "a".repeat(10_000), "region:1", "organisation:1", "region:99999999", "-1", "0", "1", "2", "3", "2147483648", "1e3", "NaN",
  "2016", "2016-11", "2016-11-08", "2016-02-30", "12:30", "25:99", "https://example.org", "data:text/html,x", "fr", "ja", "EUROPE", "DRAFT",
];

const text = fc.oneof(fc.constantFrom(...HOSTILE), fc.string({ maxLength: 40 }), fc.string({ unit: "binary", maxLength: 20 }));

function scalar(field: ScalarField): fc.Arbitrary<string> {
  if (field.kind === "select") return fc.oneof(fc.constantFrom(...field.options.map((o) => o.value)), text);
  if (field.kind === "ref" && field.target === "actor") return fc.oneof(fc.constantFrom("region:1", "region:2", "organisation:1", "organisation:3", "region:0"), text);
  if (field.kind === "ref" || field.kind === "hidden") return fc.oneof(fc.integer({ min: 1, max: 40 }).map(String), text);
  return text;
}

function valueFor(field: FieldDef): fc.Arbitrary<unknown> {
  switch (field.kind) {
    case "refs":
      return fc.array(fc.oneof(fc.integer({ min: 1, max: 40 }).map(String), text), { maxLength: 4 });
    case "lines":
      return fc.array(text, { maxLength: 4 });
    case "date":
      return fc.record({ value: fc.oneof(fc.constantFrom("", "2016", "2016-11", "2016-11-08", "2016-02-30", "2015"), text), inferredFrom: text });
    case "rows":
      return fc.array(fc.record(Object.fromEntries(field.fields.map((sub) => [sub.name, scalar(sub)]))), { maxLength: 3 });
    default:
      return scalar(field as ScalarField);
  }
}

/** A form's posted values: mostly the right shape with random contents, sometimes any JSON at all. */
function rawValues(type: RecordType): fc.Arbitrary<unknown> {
  const fields = allFields(FORMS[type]!);
  const shaped = fc.record(Object.fromEntries(fields.map((f) => [f.name, valueFor(f)])));
  return fc.oneof({ weight: 5, arbitrary: shaped }, { weight: 1, arbitrary: fc.anything() });
}

async function snapshot(type: RecordType) {
  const table = ADMINS[type]!.table;
  const [rows, revisions, citations, audit] = await Promise.all([
    prisma.$queryRawUnsafe<{ n: number }[]>(`SELECT count(*)::int AS n FROM "${table}"`),
    prisma.revision.count(), prisma.citation.count(), prisma.auditEvent.count(),
  ]);
  return { rows: rows[0].n, revisions, citations, audit };
}

beforeAll(async () => {
  viewer = await createTestEditor(prisma, "Property Tester");
});

afterAll(async () => {
  for (const { type, id } of created) await prisma.$executeRawUnsafe(`DELETE FROM "${ADMINS[type]!.table}" WHERE id = $1`, id);
  await removeTestEditor(prisma, viewer);
  await prisma.$disconnect();
});

describe.each(ADMIN_TYPES.filter((type) => FORMS[type]))("the %s form", (type) => {
  const form = FORMS[type]!;

  it("has a schema that answers any input with data or field errors, never an exception", () => {
    fc.assert(
      fc.property(rawValues(type), (raw) => {
        const result = form.schema.safeParse(raw);
        if (!result.success) expect(result.error.issues.length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });

  it("reads any posted FormData without throwing", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.oneof(fc.constantFrom(...allFields(form).map((f) => f.name), "parties.0.actor", "x.99999999.y", "__proto__"), fc.string()), text), { maxLength: 20 }), (entries) => {
        const data = new FormData();
        for (const [key, value] of entries) data.append(key, value);
        expect(typeof readForm(form, data)).toBe("object");
      }),
      { numRuns: 200 },
    );
  });

  it("creates from random input only when it is valid, and a refusal writes nothing", async () => {
    await fc.assert(
      fc.asyncProperty(rawValues(type), async (raw) => {
        const before = await snapshot(type);
        const result = await saveRecord(viewer, type, null, null, raw);
        const after = await snapshot(type);
        if (result.ok) {
          created.push({ type, id: result.id });
          expect(after.rows).toBe(before.rows + 1);
          expect(after.revisions).toBe(before.revisions + 1);
        } else {
          expect(result.message).toMatch(/\w/);
          expect(after).toEqual(before);
        }
      }),
      { numRuns: 40 },
    );
  });

  it("edits an existing record with random input: either saved with a revision or refused with the record untouched", async () => {
    const [{ id }] = await prisma.$queryRawUnsafe<{ id: number }[]>(`SELECT id FROM "${ADMINS[type]!.table}" WHERE status = 'PUBLISHED' ORDER BY id LIMIT 1`);
    const original = (await getEditable(type, id))!;
    await fc.assert(
      fc.asyncProperty(rawValues(type), async (raw) => {
        const current = (await getEditable(type, id))!;
        const before = await snapshot(type);
        const result = await saveRecord(viewer, type, id, current.version, raw);
        const after = (await getEditable(type, id))!;
        if (result.ok) {
          expect(after.version).toBe(result.unchanged ? current.version : current.version + 1);
        } else {
          expect(after.values).toEqual(current.values);
          expect(after.version).toBe(current.version);
          expect(await snapshot(type)).toEqual(before);
        }
      }),
      { numRuns: 30 },
    );
    // Put the seed record back as it was.
    const now = (await getEditable(type, id))!;
    const restored = await saveRecord(viewer, type, id, now.version, toRaw(form, original.values));
    expect(restored.ok).toBe(true);
    if (now.status !== "PUBLISHED") await changeStatus(viewer, type, id, (await getEditable(type, id))!.version, "publish", { confirmUncited: true });
  });
});
