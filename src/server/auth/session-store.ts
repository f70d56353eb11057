import "server-only";
import { createHash, randomBytes } from "node:crypto";
import type { Prisma, PrismaClient } from "@/generated/prisma/client";
import type { IpAddress } from "@/lib/auth/client-address";
import { recordAudit } from "../audit";
import { db } from "../db";
import { SESSION } from "./policy";

// Sessions in PostgreSQL, without Next's request context (the cookie is
// handled by ./session.ts). The browser holds a random 256-bit token; the
// database holds only its SHA-256, so a copy of the table signs nobody in.

export type Viewer = { id: number; email: string; name: string; role: "ADMIN" | "EDITOR"; sessionId: number };

type Client = Prisma.TransactionClient | PrismaClient;

/** 32 random bytes, base64url: 43 characters. */
const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

export function newSessionToken(): string {
  return randomBytes(32).toString("base64url");
}

export function hashSessionToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export type NewSession = { token: string; sessionId: number; expiresAt: Date };

/** Starts a session for a user and returns its token (shown to nobody but the cookie). */
export async function createSession(
  userId: number,
  meta: { ip?: IpAddress | null; userAgent?: string | null },
  client: Client = db(),
  now = new Date(),
): Promise<NewSession> {
  const token = newSessionToken();
  const expiresAt = new Date(now.getTime() + SESSION.absoluteMs);
  const row = await client.session.create({
    data: {
      tokenHash: hashSessionToken(token),
      userId,
      createdAt: now,
      lastSeenAt: now,
      expiresAt,
      ip: meta.ip ?? null,
      userAgent: meta.userAgent?.slice(0, 500) ?? null,
    },
    select: { id: true },
  });
  return { token, sessionId: row.id, expiresAt };
}

/**
 * The signed-in user for a cookie's token, or null. A session past its idle or
 * absolute expiry, or whose user is disabled, is deleted on sight. lastSeenAt
 * moves forward at most once per SESSION.touchEveryMs.
 */
export async function validateSessionToken(token: string | null | undefined, now = new Date()): Promise<Viewer | null> {
  if (!token || !TOKEN_PATTERN.test(token)) return null;
  const session = await db().session.findUnique({
    where: { tokenHash: hashSessionToken(token) },
    select: {
      id: true,
      lastSeenAt: true,
      expiresAt: true,
      user: { select: { id: true, email: true, name: true, role: true, disabledAt: true } },
    },
  });
  if (!session) return null;
  const idleUntil = session.lastSeenAt.getTime() + SESSION.idleMs;
  if (now.getTime() >= session.expiresAt.getTime() || now.getTime() >= idleUntil || session.user.disabledAt) {
    await db().session.deleteMany({ where: { id: session.id } });
    return null;
  }
  if (now.getTime() - session.lastSeenAt.getTime() >= SESSION.touchEveryMs) {
    // updateMany: no error if another request deleted it meanwhile (sign-out elsewhere).
    await db().session.updateMany({ where: { id: session.id }, data: { lastSeenAt: now } });
  }
  const { user } = session;
  return { id: user.id, email: user.email, name: user.name, role: user.role, sessionId: session.id };
}

/** Ends the session a token belongs to (nothing happens for an unknown token). */
export async function deleteSessionByToken(token: string | null | undefined): Promise<void> {
  if (!token || !TOKEN_PATTERN.test(token)) return;
  await db().session.deleteMany({ where: { tokenHash: hashSessionToken(token) } });
}

/** Signs the viewer out of the browser they use: that session ends. */
export async function signOut(viewer: Viewer, ip: IpAddress): Promise<void> {
  await db().$transaction(async (tx) => {
    await tx.session.deleteMany({ where: { id: viewer.sessionId } });
    await recordAudit({ action: "sign-out", userId: viewer.id, email: viewer.email, ip }, tx);
  });
}

/** Signs the viewer out everywhere, this browser included. Returns how many sessions ended. */
export async function signOutEverywhere(viewer: Viewer, ip: IpAddress): Promise<number> {
  return db().$transaction(async (tx) => {
    const ended = await deleteUserSessions(viewer.id, {}, tx);
    await recordAudit({ action: "sign-out-everywhere", userId: viewer.id, email: viewer.email, ip, detail: `${ended} session(s) ended` }, tx);
    return ended;
  });
}

/** Ends every session of a user, or every one but `exceptSessionId`. Returns how many ended. */
export async function deleteUserSessions(userId: number, options: { exceptSessionId?: number } = {}, client: Client = db()): Promise<number> {
  const result = await client.session.deleteMany({
    where: { userId, ...(options.exceptSessionId ? { id: { not: options.exceptSessionId } } : {}) },
  });
  return result.count;
}

export type SessionDTO = {
  id: number;
  createdAt: Date;
  lastSeenAt: Date;
  expiresAt: Date;
  ip: string | null;
  userAgent: string | null;
  current: boolean;
};

/** A user's sessions that are still valid, the most recently used first. */
export async function listUserSessions(viewer: Pick<Viewer, "id" | "sessionId">, now = new Date()): Promise<SessionDTO[]> {
  const rows = await db().session.findMany({
    where: {
      userId: viewer.id,
      expiresAt: { gt: now },
      lastSeenAt: { gt: new Date(now.getTime() - SESSION.idleMs) },
    },
    orderBy: { lastSeenAt: "desc" },
    select: { id: true, createdAt: true, lastSeenAt: true, expiresAt: true, ip: true, userAgent: true },
  });
  return rows.map((row) => ({ ...row, current: row.id === viewer.sessionId }));
}

/** Deletes a user's sessions that have expired (housekeeping at sign-in). */
export async function deleteExpiredSessions(userId: number, client: Client = db(), now = new Date()): Promise<void> {
  await client.session.deleteMany({
    where: { userId, OR: [{ expiresAt: { lte: now } }, { lastSeenAt: { lte: new Date(now.getTime() - SESSION.idleMs) } }] },
  });
}
