import "server-only";
// Where every admin write goes: create, edit, publish, unpublish, trash,
// restore and revert, for every record type. Each write is one transaction
// that checks the version the editor started from, writes the record and its
// relations (through the type's module in ./records/), stores a revision with
// what changed, adds an audit line and rebuilds the affected search documents,
// so the public pages and search show the change as soon as it commits.
import { Prisma, type RecordType } from "@/generated/prisma/client";
import { allFields, fieldErrorsOf, toRaw, type FieldErrors, type FormDef } from "@/lib/admin/fields";
import { recordAudit, type AuditAction } from "../audit";
import { CITABLE_TYPES, type CitableType } from "@/lib/admin/citation";
import { db } from "../db";
import { isRecordCited } from "../quality/queries";
import { refreshSearch } from "../search/queries";
import { InvalidInput, type RecordAdmin, type Tx } from "./kit";

/** Who makes the change (the signed-in user; see src/server/auth/session.ts). */
type Viewer = { id: number };
import { adminFor, ADMINS } from "./registry";

export type Values = Record<string, unknown>;
export type Change = { field: string; before: unknown; after: unknown };

export type ConflictDTO = {
  /** The version now stored; saving again with it overwrites, knowingly. */
  currentVersion: number;
  changedBy: string | null;
  changedAt: Date | null;
  /** The stored record, in the form's shape. */
  theirs: Values;
  /** Fields where the editor's values and the stored ones differ. */
  fields: string[];
};

export type WriteResult =
  | { ok: true; id: number; version: number; unchanged?: boolean }
  | { ok: false; message: string; fieldErrors?: FieldErrors; conflict?: ConflictDTO; usedBy?: string[]; notFound?: boolean };

type Locked = { id: number; version: number; status: "DRAFT" | "PUBLISHED" | "TRASHED" };

/** Locks the row until the transaction ends, so two saves of one record run one after the other. */
async function lock(tx: Tx, admin: RecordAdmin, id: number): Promise<Locked | null> {
  // admin.table comes from the registry, never from input.
  const rows = await tx.$queryRawUnsafe<Locked[]>(`SELECT id, version, status::text AS status FROM "${admin.table}" WHERE id = $1 FOR UPDATE`, id);
  return rows[0] ?? null;
}

async function bumpVersion(tx: Tx, admin: RecordAdmin, id: number, version: number, status?: Locked["status"]) {
  if (status) {
    await tx.$executeRawUnsafe(`UPDATE "${admin.table}" SET version = $1, status = $2::"RecordStatus", "updatedAt" = now() WHERE id = $3`, version, status, id);
  } else {
    await tx.$executeRawUnsafe(`UPDATE "${admin.table}" SET version = $1, "updatedAt" = now() WHERE id = $2`, version, id);
  }
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** An empty value: "", null, [] or a date that is neither given nor inferred. */
function blank(value: unknown): boolean {
  if (value === null || value === undefined || value === "") return true;
  if (Array.isArray(value)) return value.length === 0;
  if (typeof value === "object") return Object.values(value).every(blank);
  return false;
}

/** Field-by-field difference of two snapshots, in the form's order; for a new record, the fields it was given. */
export function diff(form: FormDef, before: Values | null, after: Values): Change[] {
  return allFields(form)
    .filter((field) => (before === null ? !blank(after[field.name]) : !same(before[field.name], after[field.name])))
    .map((field) => ({ field: field.name, before: before?.[field.name] ?? null, after: after[field.name] ?? null }));
}

async function refreshDocs(tx: Tx, admin: RecordAdmin, id: number) {
  for (const { type, ids } of await admin.searchDocs(tx, id)) {
    if (ids.length) await refreshSearch(type, [...new Set(ids)], tx);
  }
}

async function revise(tx: Tx, admin: RecordAdmin, viewer: Viewer, id: number, version: number, action: AuditAction, snapshot: Values, changes: Change[]) {
  await tx.revision.create({
    data: {
      recordType: admin.type, recordId: id, version, action, userId: viewer.id,
      snapshot: snapshot as Prisma.InputJsonValue, changes: changes as unknown as Prisma.InputJsonValue,
    },
  });
  await recordAudit({ action, userId: viewer.id, recordType: admin.type, recordId: id, detail: admin.title(snapshot) }, tx);
}

/**
 * Records made outside the admin (the seed) have no revision yet. Before their
 * first change, keep them as they were, so that this state can be restored too.
 */
async function keepBaseline(tx: Tx, admin: RecordAdmin, id: number, version: number, loaded?: Values | null) {
  if ((await tx.revision.count({ where: { recordType: admin.type, recordId: id } })) > 0) return;
  const values = loaded === undefined ? await admin.load(tx, id) : loaded;
  if (!values) return;
  await tx.revision.create({
    data: { recordType: admin.type, recordId: id, version, action: "import", userId: null, snapshot: values as Prisma.InputJsonValue, changes: [] },
  });
}

async function conflict(tx: Tx, admin: RecordAdmin, id: number, current: Locked, mine: Values): Promise<WriteResult> {
  const theirs = (await admin.load(tx, id)) ?? {};
  const last = await tx.revision.findFirst({
    where: { recordType: admin.type, recordId: id },
    orderBy: { id: "desc" },
    select: { createdAt: true, user: { select: { name: true } } },
  });
  return {
    ok: false,
    message: "Someone else saved this record after you opened it. Your changes are not saved yet: compare them with the saved version below.",
    conflict: {
      currentVersion: current.version,
      changedBy: last?.user?.name ?? null,
      changedAt: last?.createdAt ?? null,
      theirs,
      fields: diff(admin.form, theirs, mine).map((c) => c.field),
    },
  };
}

function notFound(): WriteResult {
  return { ok: false, notFound: true, message: "This record does not exist (any more)." };
}

/** Thrown to roll back a save that changed nothing. */
class Unchanged extends Error {
  constructor(readonly id: number, readonly version: number) {
    super("unchanged");
  }
}

/** Runs a write; turns the failures an editor can cause into messages, and lets anything else (a bug) through. */
async function guarded(run: () => Promise<WriteResult>): Promise<WriteResult> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof Unchanged) return { ok: true, id: error.id, version: error.version, unchanged: true };
    if (error instanceof InvalidInput) return { ok: false, message: error.message, fieldErrors: error.fieldErrors };
    if (error instanceof Prisma.PrismaClientKnownRequestError) {
      if (error.code === "P2002") return { ok: false, message: "Some fields need attention.", fieldErrors: { slug: "This slug is already used by another record. Choose another." } };
      if (error.code === "P2003" || error.code === "P2025") {
        return { ok: false, message: "A record this form refers to no longer exists, or something removed here is still used elsewhere. Reload the page and check the lists." };
      }
    }
    throw error;
  }
}

async function slugTaken(tx: Tx, admin: RecordAdmin, slug: unknown, id: number | null): Promise<boolean> {
  if (typeof slug !== "string") return false;
  const rows = await tx.$queryRawUnsafe<unknown[]>(`SELECT 1 FROM "${admin.table}" WHERE slug = $1 AND id IS DISTINCT FROM $2`, slug, id);
  return rows.length > 0;
}

/**
 * Saves a form: creates the record (id null, as a draft) or updates it when
 * the stored version is still `expectedVersion`; otherwise answers with the
 * conflict and writes nothing.
 */
export async function saveRecord(viewer: Viewer, type: RecordType, id: number | null, expectedVersion: number | null, raw: unknown, action: "create" | "update" | "revert" = id === null ? "create" : "update"): Promise<WriteResult> {
  const admin = adminFor(type);
  if (!admin) return notFound();
  const parsed = admin.form.schema.safeParse(raw);
  if (!parsed.success) return { ok: false, message: "Some fields need attention.", fieldErrors: fieldErrorsOf(parsed.error) };
  const values = parsed.data as Values;
  return guarded(() =>
    db().$transaction(async (tx) => {
      let before: Values | null = null;
      let version = 1;
      if (id !== null) {
        const current = await lock(tx, admin, id);
        if (!current) return notFound();
        if (current.status === "TRASHED") return { ok: false, message: "This record is in the trash. Restore it before editing it." };
        if (current.version !== expectedVersion) return conflict(tx, admin, id, current, values);
        before = await admin.load(tx, id);
        await keepBaseline(tx, admin, id, current.version, before);
        version = current.version + 1;
      }
      if (await slugTaken(tx, admin, values.slug, id)) throw new InvalidInput({ slug: "This slug is already used by another record. Choose another." });
      const savedId = await admin.write(tx, id, values);
      const after = (await admin.load(tx, savedId))!;
      const changes = diff(admin.form, before, after);
      // Nothing changed: roll the rewrite back so that not even updatedAt moves.
      if (id !== null && changes.length === 0) throw new Unchanged(id, version - 1);
      if (id !== null) await bumpVersion(tx, admin, id, version);
      await revise(tx, admin, viewer, savedId, version, action, after, changes);
      await refreshDocs(tx, admin, savedId);
      return { ok: true, id: savedId, version };
    }),
  );
}

function isCitable(type: RecordType): type is CitableType {
  return (CITABLE_TYPES as readonly string[]).includes(type);
}

export type StatusAction = "publish" | "unpublish" | "delete" | "restore";

export const UNCITED_PUBLISH_MESSAGE =
  "No source passage supports this record. Publish it only if you are sure of it: tick “Publish without a cited source” and publish again, or cite a passage first.";

/**
 * Publishes, unpublishes, moves to the trash or restores from it; checks the version like a save.
 * Publishing a record that cites no source (of a type that carries citations) is refused unless
 * `confirmUncited` says the editor confirmed it: the public site promises every fact is traced.
 */
export async function changeStatus(
  viewer: Viewer, type: RecordType, id: number, expectedVersion: number, action: StatusAction, { confirmUncited = false }: { confirmUncited?: boolean } = {},
): Promise<WriteResult> {
  const admin = adminFor(type);
  if (!admin) return notFound();
  return guarded(() =>
    db().$transaction(async (tx) => {
      const current = await lock(tx, admin, id);
      if (!current) return notFound();
      if (current.version !== expectedVersion) {
        return { ok: false, message: "Someone else changed this record after you opened it. Reload the page to see their change, then try again." };
      }
      let to: Locked["status"];
      if (action === "publish" || action === "unpublish") {
        if (current.status === "TRASHED") return { ok: false, message: "This record is in the trash. Restore it first." };
        to = action === "publish" ? "PUBLISHED" : "DRAFT";
        if (to === "PUBLISHED" && current.status !== "PUBLISHED" && !confirmUncited && isCitable(type) && !(await isRecordCited(tx, type, id))) {
          return { ok: false, message: UNCITED_PUBLISH_MESSAGE };
        }
      } else if (action === "delete") {
        if (current.status === "TRASHED") return { ok: false, message: "This record is already in the trash." };
        const usedBy = await admin.usedBy(tx, id);
        if (usedBy.length) {
          return { ok: false, usedBy, message: `This record cannot be deleted while other records use it. Change or delete them first (${usedBy.length}${usedBy.length >= 20 ? " or more" : ""}).` };
        }
        to = "TRASHED";
      } else {
        if (current.status !== "TRASHED") return { ok: false, message: "This record is not in the trash." };
        // Back to the status it had when it was deleted.
        const deleted = await tx.revision.findFirst({ where: { recordType: type, recordId: id, action: "delete" }, orderBy: { id: "desc" }, select: { changes: true } });
        const previous = (deleted?.changes as Change[] | undefined)?.find((c) => c.field === "status")?.before;
        to = previous === "PUBLISHED" ? "PUBLISHED" : "DRAFT";
      }
      if (to === current.status) return { ok: true, id, version: current.version, unchanged: true };
      await keepBaseline(tx, admin, id, current.version);
      const version = current.version + 1;
      await bumpVersion(tx, admin, id, version, to);
      const snapshot = (await admin.load(tx, id))!;
      await revise(tx, admin, viewer, id, version, action, snapshot, [{ field: "status", before: current.status, after: to }]);
      await refreshDocs(tx, admin, id);
      return { ok: true, id, version };
    }),
  );
}

/** Saves an earlier revision's values as a new revision (nothing is lost: the current values stay in the history). */
export async function revertRecord(viewer: Viewer, type: RecordType, id: number, revisionId: number, expectedVersion: number): Promise<WriteResult> {
  const admin = adminFor(type);
  if (!admin) return notFound();
  const revision = await db().revision.findFirst({ where: { id: revisionId, recordType: type, recordId: id }, select: { snapshot: true } });
  if (!revision) return { ok: false, notFound: true, message: "There is no such revision of this record." };
  const result = await saveRecord(viewer, type, id, expectedVersion, toRaw(admin.form, revision.snapshot as Values), "revert");
  if (!result.ok && result.fieldErrors) {
    return { ...result, message: `This revision cannot be restored as it is: ${Object.values(result.fieldErrors).join(" ")}` };
  }
  return result;
}

// ---------------------------------------------------------------- reading

export type EditableRecord = { id: number; slug: string; status: Locked["status"]; version: number; updatedAt: Date; values: Values; title: string };

export async function getEditable(type: RecordType, id: number): Promise<EditableRecord | null> {
  const admin = adminFor(type);
  if (!admin || !Number.isSafeInteger(id) || id < 1 || id > 2_147_483_647) return null;
  return db().$transaction(async (tx) => {
    const rows = await tx.$queryRawUnsafe<Omit<EditableRecord, "values" | "title">[]>(
      `SELECT id, slug, status::text AS status, version, "updatedAt" FROM "${admin.table}" WHERE id = $1`, id,
    );
    const values = rows[0] && (await admin.load(tx, id));
    if (!rows[0] || !values) return null;
    return { ...rows[0], values, title: admin.title(values) };
  });
}

export type RecordRow = { id: number; slug: string; title: string; status: Locked["status"]; version: number; updatedAt: Date };
export const ADMIN_PAGE_SIZE = 50;

/**
 * The admin list of one type: drafts and published (or the trash), matched on
 * title and slug with the search's own normalisation (kizuna_norm: case,
 * accents and width folded), newest change first.
 */
export async function listRecords(type: RecordType, options: { q?: string; status?: "DRAFT" | "PUBLISHED" | "TRASHED" | null; page?: number }): Promise<{ rows: RecordRow[]; total: number }> {
  const admin = adminFor(type);
  if (!admin) return { rows: [], total: 0 };
  const q = (options.q ?? "").trim().slice(0, 200);
  const page = Math.min(Math.max(1, options.page ?? 1), 1000);
  const where = [
    `(CASE WHEN $2::text IS NULL THEN status <> 'TRASHED' ELSE status::text = $2 END)`,
    `($1 = '' OR kizuna_norm(${admin.titleColumn}) LIKE '%' || kizuna_norm($1) || '%' OR slug LIKE '%' || lower($1) || '%')`,
  ].join(" AND ");
  const params = [q, options.status ?? null];
  const [rows, count] = await Promise.all([
    db().$queryRawUnsafe<RecordRow[]>(
      `SELECT id, slug, ${admin.titleColumn} AS title, status::text AS status, version, "updatedAt" FROM "${admin.table}" WHERE ${where}
       ORDER BY "updatedAt" DESC, id DESC LIMIT ${ADMIN_PAGE_SIZE} OFFSET ${(page - 1) * ADMIN_PAGE_SIZE}`,
      ...params,
    ),
    db().$queryRawUnsafe<{ n: number }[]>(`SELECT count(*)::int AS n FROM "${admin.table}" WHERE ${where}`, ...params),
  ]);
  return { rows, total: count[0]?.n ?? 0 };
}

export type RevisionDTO = { id: number; version: number; action: string; at: Date; by: string | null; changes: Change[]; snapshot: Values };

export async function listRevisions(type: RecordType, id: number): Promise<RevisionDTO[]> {
  const rows = await db().revision.findMany({
    where: { recordType: type, recordId: id },
    orderBy: { id: "desc" },
    take: 200,
    select: { id: true, version: true, action: true, createdAt: true, changes: true, snapshot: true, user: { select: { name: true } } },
  });
  return rows.map((r) => ({ id: r.id, version: r.version, action: r.action, at: r.createdAt, by: r.user?.name ?? null, changes: r.changes as Change[], snapshot: r.snapshot as Values }));
}

/** Every record in the trash, all types, most recently deleted first. */
export async function listTrash(): Promise<(RecordRow & { type: RecordType })[]> {
  const lists = await Promise.all(
    Object.values(ADMINS).map(async (admin) =>
      (await db().$queryRawUnsafe<RecordRow[]>(
        `SELECT id, slug, ${admin!.titleColumn} AS title, status::text AS status, version, "updatedAt" FROM "${admin!.table}" WHERE status = 'TRASHED' ORDER BY "updatedAt" DESC LIMIT 200`,
      )).map((row) => ({ ...row, type: admin!.type })),
    ),
  );
  return lists.flat().sort((a, b) => b.updatedAt.getTime() - a.updatedAt.getTime());
}
