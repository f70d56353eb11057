import "server-only";
import type { Prisma, PrismaClient, RecordType } from "@/generated/prisma/client";
import type { IpAddress } from "@/lib/auth/client-address";
import { SIGN_IN_AUDIT } from "./auth/policy";
import { db } from "./db";

/** Everything the audit log records: sign-ins and every change of a record. */
export type AuditAction =
  | "sign-in"
  | "sign-in-failed"
  | "sign-in-refused"
  | "sign-out"
  | "sign-out-everywhere"
  | "password-change"
  | "user-create"
  | "user-update"
  | "sign-in-unlock"
  | "create"
  | "update"
  | "publish"
  | "unpublish"
  | "delete"
  | "restore"
  | "revert";

export type AuditEntry = {
  action: AuditAction;
  userId?: number | null;
  email?: string | null;
  /** Only ever an address parsed by parseIp(): never text a client chose. */
  ip?: IpAddress | null;
  recordType?: RecordType | null;
  recordId?: number | null;
  detail?: string;
};

/** Appends one line to the audit log; pass the transaction client to write it with the change it records. */
export async function recordAudit(entry: AuditEntry, client: Prisma.TransactionClient | PrismaClient = db()): Promise<void> {
  await client.auditEvent.create({
    data: {
      action: entry.action,
      userId: entry.userId ?? null,
      email: entry.email ?? null,
      ip: entry.ip ?? null,
      recordType: entry.recordType ?? null,
      recordId: entry.recordId ?? null,
      detail: (entry.detail ?? "").slice(0, 2000),
    },
  });
}

/** A failed or refused sign-in: written folded (recordSignInProblem), since anyone can cause as many as they like. */
export type SignInProblem = {
  action: "sign-in-failed" | "sign-in-refused";
  email: string;
  ip: IpAddress;
  /** The throttle's source for `ip` (beginAttempt's answer): what the rows are bounded by. */
  source: string;
  userId?: number | null;
  detail?: string;
};

/**
 * Records a failed or refused sign-in without letting one source flood the
 * log. A repeat of the same action, source, email and detail within
 * SIGN_IN_AUDIT.foldWindowMs of a row's first occurrence adds 1 to that row's
 * count (and sets lastAt). A source that has already started
 * SIGN_IN_AUDIT.rowsPerSource rows in the window gets no new row per email:
 * its further failures are counted in one row per action with no email. So
 * one source writes at most rowsPerSource + 2 rows per window, however many
 * requests it sends, and the counts add up to the requests.
 */
export const NOT_ITEMISED = "further addresses from this source, not itemised";

export async function recordSignInProblem(entry: SignInProblem): Promise<void> {
  const detail = (entry.detail ?? "").slice(0, 2000);
  const windowMs = SIGN_IN_AUDIT.foldWindowMs;
  await db().$transaction(async (tx) => {
    // One writer per source at a time, so two instances cannot both start the same row.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('kizuna:audit:source:' || ${entry.source}))`;
    const fold = (email: string | null) => tx.$executeRaw`
      UPDATE "AuditEvent" SET "count" = "count" + 1, "lastAt" = now()
      WHERE "id" = (
        SELECT "id" FROM "AuditEvent"
        WHERE "source" = ${entry.source} AND "at" > now() - ${windowMs}::float8 * interval '1 millisecond'
          AND "action" = ${entry.action} AND "email" IS NOT DISTINCT FROM ${email} AND "detail" = ${email === null ? NOT_ITEMISED : detail}
        ORDER BY "at" DESC LIMIT 1
      )`;
    if (await fold(entry.email)) return;
    const [{ rows }] = await tx.$queryRaw<[{ rows: number }]>`
      SELECT count(*)::int AS "rows" FROM "AuditEvent"
      WHERE "source" = ${entry.source} AND "at" > now() - ${windowMs}::float8 * interval '1 millisecond'`;
    const itemised = rows < SIGN_IN_AUDIT.rowsPerSource;
    if (!itemised && (await fold(null))) return;
    await tx.auditEvent.create({
      data: {
        action: entry.action,
        userId: itemised ? (entry.userId ?? null) : null,
        email: itemised ? entry.email : null,
        ip: entry.ip,
        source: entry.source,
        detail: itemised ? detail : NOT_ITEMISED,
      },
    });
  });
}

export type AuditEventDto = {
  id: string;
  at: Date;
  action: string;
  user: { id: number; name: string; email: string } | null;
  email: string | null;
  ip: string | null;
  recordType: RecordType | null;
  recordId: number | null;
  detail: string;
  /** How many times this happened (folded sign-in failures); 1 for everything else. */
  count: number;
  /** When it last happened, if count > 1. */
  lastAt: Date | null;
};

/** The newest audit events first, `before` (an event id) pages back. */
export async function listAudit(options: { before?: bigint; limit?: number; action?: string } = {}): Promise<AuditEventDto[]> {
  const rows = await db().auditEvent.findMany({
    where: { ...(options.before ? { id: { lt: options.before } } : {}), ...(options.action ? { action: options.action } : {}) },
    orderBy: { id: "desc" },
    take: Math.min(options.limit ?? 100, 500),
    select: {
      id: true, at: true, action: true, email: true, ip: true, recordType: true, recordId: true, detail: true, count: true, lastAt: true,
      user: { select: { id: true, name: true, email: true } },
    },
  });
  return rows.map((row) => ({ ...row, id: row.id.toString() }));
}
