import "server-only";
import type { Prisma, PrismaClient, RecordType } from "@/generated/prisma/client";
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
  ip?: string | null;
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
};

/** The newest audit events first, `before` (an event id) pages back. */
export async function listAudit(options: { before?: bigint; limit?: number; action?: string } = {}): Promise<AuditEventDto[]> {
  const rows = await db().auditEvent.findMany({
    where: { ...(options.before ? { id: { lt: options.before } } : {}), ...(options.action ? { action: options.action } : {}) },
    orderBy: { id: "desc" },
    take: Math.min(options.limit ?? 100, 500),
    select: {
      id: true, at: true, action: true, email: true, ip: true, recordType: true, recordId: true, detail: true,
      user: { select: { id: true, name: true, email: true } },
    },
  });
  return rows.map((row) => ({ ...row, id: row.id.toString() }));
}
