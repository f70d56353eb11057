import "server-only";
import { Prisma, type UserRole } from "@/generated/prisma/client";
import type { IpAddress } from "@/lib/auth/client-address";
import { failure, type Failure } from "@/lib/auth/form-state";
import type { ChangePasswordInput, NewUserInput } from "@/lib/auth/schemas";
import { recordAudit, recordSignInProblem } from "../audit";
import { db } from "../db";
import { hashPassword, passwordPolicyProblem, verifyPassword } from "./passwords";
import { deleteUserSessions, type Viewer } from "./session-store";
import { beginAttempt, clearFailures, markAttemptSucceeded, recentFailures, refusalMessage } from "./throttle";

// Accounts: listing, creating, role and enabled state (admins only, checked by
// the actions), and a user's own password. Nothing here returns passwordHash.

export type UserDTO = {
  id: number;
  email: string;
  name: string;
  role: UserRole;
  disabled: boolean;
  createdAt: Date;
  /** When one of the user's sessions was last used, if any is left. */
  lastSeenAt: Date | null;
  /** Failed sign-ins for this email within the throttle window, from every source. */
  recentFailures: number;
};

/** Who changes something, for the audit log. */
export type Actor = { id: number; ip: IpAddress };

export type Result<F extends string = string> = { ok: true; message: string } | Failure<F>;

export async function listUsers(): Promise<UserDTO[]> {
  const rows = await db().user.findMany({
    orderBy: [{ disabledAt: { sort: "desc", nulls: "first" } }, { name: "asc" }],
    select: {
      id: true, email: true, name: true, role: true, disabledAt: true, createdAt: true,
      sessions: { select: { lastSeenAt: true }, orderBy: { lastSeenAt: "desc" }, take: 1 },
    },
  });
  const failures = await recentFailures(rows.map((row) => row.email));
  return rows.map(({ sessions, disabledAt, ...user }) => ({
    ...user,
    disabled: disabledAt !== null,
    lastSeenAt: sessions[0]?.lastSeenAt ?? null,
    recentFailures: failures.get(user.email) ?? 0,
  }));
}

export async function createUser(input: NewUserInput, actor: Actor): Promise<{ ok: true; message: string; id: number } | Failure<keyof NewUserInput>> {
  const problem = passwordPolicyProblem(input.password, input.email);
  if (problem) return failure("Choose another password.", { password: problem });
  const taken = failure<keyof NewUserInput>("There is already an account with this email.", { email: "There is already an account with this email." });
  if (await db().user.findUnique({ where: { email: input.email }, select: { id: true } })) return taken;
  const passwordHash = await hashPassword(input.password);
  try {
    const user = await db().$transaction(async (tx) => {
      const created = await tx.user.create({ data: { email: input.email, name: input.name, role: input.role, passwordHash }, select: { id: true } });
      await recordAudit({ action: "user-create", userId: actor.id, ip: actor.ip, email: input.email, detail: `created ${input.email} as ${input.role}` }, tx);
      return created;
    });
    return { ok: true, message: `${input.name} can now sign in as ${input.email}.`, id: user.id };
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") return taken;
    throw error;
  }
}

type Tx = Prisma.TransactionClient;

/** Serialises changes of roles and enabled states, so two admins cannot demote each other at once. */
async function lockAdmins(tx: Tx): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('kizuna:admins'))`;
}

async function otherEnabledAdmins(tx: Tx, userId: number): Promise<number> {
  return tx.user.count({ where: { role: "ADMIN", disabledAt: null, id: { not: userId } } });
}

const LAST_ADMIN = "Kizuna needs at least one enabled administrator: make someone else an administrator first.";

export async function changeUserRole(userId: number, role: UserRole, actor: Actor): Promise<Result> {
  return db().$transaction(async (tx) => {
    await lockAdmins(tx);
    const user = await tx.user.findUnique({ where: { id: userId }, select: { id: true, email: true, name: true, role: true, disabledAt: true } });
    if (!user) return failure("That account no longer exists.");
    if (user.role === role) return { ok: true, message: `${user.name} is already ${roleName(role)}.` };
    if (user.role === "ADMIN" && !user.disabledAt && (await otherEnabledAdmins(tx, user.id)) === 0) return failure(LAST_ADMIN);
    await tx.user.update({ where: { id: user.id }, data: { role } });
    await recordAudit({ action: "user-update", userId: actor.id, ip: actor.ip, email: user.email, detail: `role of ${user.email}: ${user.role} → ${role}` }, tx);
    return { ok: true, message: `${user.name} is now ${roleName(role)}.` };
  });
}

/** Disabling ends all of the user's sessions at once; enabling lets them sign in again. */
export async function setUserDisabled(userId: number, disabled: boolean, actor: Actor): Promise<Result> {
  return db().$transaction(async (tx) => {
    await lockAdmins(tx);
    const user = await tx.user.findUnique({ where: { id: userId }, select: { id: true, email: true, name: true, role: true, disabledAt: true } });
    if (!user) return failure("That account no longer exists.");
    if (disabled === (user.disabledAt !== null)) return { ok: true, message: `${user.name} is already ${disabled ? "disabled" : "enabled"}.` };
    if (disabled && user.role === "ADMIN" && (await otherEnabledAdmins(tx, user.id)) === 0) return failure(LAST_ADMIN);
    await tx.user.update({ where: { id: user.id }, data: { disabledAt: disabled ? new Date() : null } });
    const ended = disabled ? await deleteUserSessions(user.id, {}, tx) : 0;
    await recordAudit(
      { action: "user-update", userId: actor.id, ip: actor.ip, email: user.email, detail: disabled ? `disabled ${user.email}; ${ended} session(s) ended` : `enabled ${user.email}` },
      tx,
    );
    return { ok: true, message: disabled ? `${user.name} is disabled and signed out everywhere.` : `${user.name} can sign in again.` };
  });
}

/**
 * An administrator's unlock: forgets every recorded failed sign-in for the
 * account, from every source, so that no refusal or delay is left for it.
 * Refusals end by themselves (policy.ts); this is for an owner who cannot wait,
 * e.g. after they mistyped their password ten times. Audited.
 */
export async function clearSignInThrottle(userId: number, actor: Actor): Promise<Result> {
  return db().$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId }, select: { email: true, name: true } });
    if (!user) return failure("That account no longer exists.");
    const cleared = await clearFailures(user.email, tx);
    await recordAudit({ action: "sign-in-unlock", userId: actor.id, ip: actor.ip, email: user.email, detail: `cleared ${cleared} failed sign-in(s) for ${user.email}` }, tx);
    return { ok: true, message: cleared ? `${user.name} can sign in again without waiting (${cleared} failed ${cleared === 1 ? "sign-in" : "sign-ins"} cleared).` : `${user.name} had no failed sign-ins to clear.` };
  });
}

/**
 * Changes the viewer's own password after checking the current one (throttled
 * like a sign-in, so a borrowed session cannot be used to guess it), and ends
 * the viewer's other sessions.
 */
export async function changePassword(
  viewer: Viewer,
  input: Pick<ChangePasswordInput, "currentPassword" | "newPassword">,
  ip: IpAddress,
  options: { wait?: (ms: number) => Promise<void> } = {},
): Promise<Result<"currentPassword" | "newPassword">> {
  const { decision, attemptId, source } = await beginAttempt(viewer.email, ip);
  if (!decision.allowed || attemptId === null) return failure(refusalMessage(decision.allowed ? 0 : decision.retryAfterMs));
  if (decision.delayMs > 0) await (options.wait ?? ((ms) => new Promise((r) => setTimeout(r, ms))))(decision.delayMs);

  const user = await db().user.findUnique({ where: { id: viewer.id }, select: { passwordHash: true } });
  if (!user || !(await verifyPassword(user.passwordHash, input.currentPassword))) {
    await recordSignInProblem({ action: "sign-in-failed", userId: viewer.id, email: viewer.email, ip, source, detail: "wrong current password when changing it" });
    return failure("Check the current password.", { currentPassword: "This is not your current password." });
  }
  await markAttemptSucceeded(attemptId);
  if (input.newPassword === input.currentPassword) {
    return failure("Choose a new password.", { newPassword: "The new password is the same as the current one." });
  }
  const problem = passwordPolicyProblem(input.newPassword, viewer.email);
  if (problem) return failure("Choose another password.", { newPassword: problem });

  const passwordHash = await hashPassword(input.newPassword);
  const ended = await db().$transaction(async (tx) => {
    await tx.user.update({ where: { id: viewer.id }, data: { passwordHash } });
    const count = await deleteUserSessions(viewer.id, { exceptSessionId: viewer.sessionId }, tx);
    await recordAudit({ action: "password-change", userId: viewer.id, email: viewer.email, ip, detail: `${count} other session(s) ended` }, tx);
    return count;
  });
  return { ok: true, message: ended ? `Password changed. ${ended} other ${ended === 1 ? "session was" : "sessions were"} signed out.` : "Password changed." };
}

function roleName(role: UserRole): string {
  return role === "ADMIN" ? "an administrator" : "an editor";
}
