import "server-only";
import type { RecordType } from "@/generated/prisma/client";
import { db } from "../db";
import { ADMINS } from "./registry";

/** Records per type and status, for the admin dashboard. */
export async function recordCounts(): Promise<Partial<Record<RecordType, Record<string, number>>>> {
  const entries = await Promise.all(
    Object.values(ADMINS).map(async (admin) => {
      const rows = await db().$queryRawUnsafe<{ status: string; n: number }[]>(`SELECT status::text AS status, count(*)::int AS n FROM "${admin!.table}" GROUP BY status`);
      return [admin!.type, Object.fromEntries(rows.map((r) => [r.status, r.n]))] as const;
    }),
  );
  return Object.fromEntries(entries);
}

export type RecentChange = { id: number; recordType: RecordType; recordId: number; action: string; at: Date; by: string | null; title: string };

/** The latest revisions of any record, with the record's title as that revision saved it. */
export async function recentChanges(limit: number): Promise<RecentChange[]> {
  const rows = await db().revision.findMany({
    where: { action: { not: "import" } },
    orderBy: { id: "desc" },
    take: limit,
    select: { id: true, recordType: true, recordId: true, action: true, createdAt: true, snapshot: true, user: { select: { name: true } } },
  });
  return rows.map((r) => {
    const snapshot = r.snapshot as Record<string, unknown>;
    const title = String(snapshot.title ?? snapshot.name ?? `#${r.recordId}`);
    return { id: r.id, recordType: r.recordType, recordId: r.recordId, action: r.action, at: r.createdAt, by: r.user?.name ?? null, title };
  });
}
