import "server-only";
import type { IpAddress } from "@/lib/auth/client-address";
import { failure, type Failure } from "@/lib/auth/form-state";
import { recordAudit, recordSignInProblem } from "../audit";
import { db } from "../db";
import { hashPassword, needsRehash, verifyAgainstDummy, verifyPassword } from "./passwords";
import { createSession, deleteExpiredSessions, hashSessionToken, type Viewer } from "./session-store";
import { beginAttempt, markAttemptSucceeded, refusalMessage } from "./throttle";

// Sign-in by email and password, without Next's request context: the server
// action (../../app/admin/sign-in/actions.ts) sets the cookie from the token.

export const WRONG_CREDENTIALS = "The email or password is wrong.";
export const ACCOUNT_DISABLED = "This account is disabled. Ask an administrator to enable it.";

export type SignInRequest = {
  /** Already validated by SignInSchema (trimmed, lower-cased). */
  email: string;
  password: string;
  ip: IpAddress;
  userAgent?: string | null;
  /** The token of the cookie the browser still holds: its session ends, as every sign-in gets a new token. */
  replacesToken?: string | null;
};

export type SignInResult = { ok: true; token: string; expiresAt: Date; viewer: Viewer } | Failure<"email" | "password">;

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export async function signInWithPassword(
  request: SignInRequest,
  /** Tests pass their own `wait` to see the delay without spending it. */
  options: { wait?: (ms: number) => Promise<void> } = {},
): Promise<SignInResult> {
  const email = request.email.trim().toLowerCase();
  const ip = request.ip;

  const { decision, attemptId, source } = await beginAttempt(email, ip);
  if (!decision.allowed || attemptId === null) {
    // No account lookup before this point: the answer cannot tell whether one exists.
    await recordSignInProblem({ action: "sign-in-refused", email, ip, source, detail: "throttled" });
    return failure(refusalMessage(decision.allowed ? 0 : decision.retryAfterMs));
  }
  if (decision.delayMs > 0) await (options.wait ?? sleep)(decision.delayMs);

  const user = await db().user.findUnique({
    where: { email },
    select: { id: true, email: true, name: true, role: true, passwordHash: true, disabledAt: true },
  });
  // Without an account, verify against a dummy hash: both answers take one Argon2 verification.
  const passwordOk = user ? await verifyPassword(user.passwordHash, request.password) : await verifyAgainstDummy(request.password);
  if (!user || !passwordOk) {
    await recordSignInProblem({ action: "sign-in-failed", userId: user?.id ?? null, email, ip, source });
    return failure(WRONG_CREDENTIALS);
  }
  if (user.disabledAt) {
    await recordSignInProblem({ action: "sign-in-refused", userId: user.id, email, ip, source, detail: "account disabled" });
    return failure(ACCOUNT_DISABLED);
  }

  await markAttemptSucceeded(attemptId);
  const session = await db().$transaction(async (tx) => {
    if (request.replacesToken) await tx.session.deleteMany({ where: { tokenHash: hashSessionToken(request.replacesToken) } });
    await deleteExpiredSessions(user.id, tx);
    const created = await createSession(user.id, { ip, userAgent: request.userAgent }, tx);
    await recordAudit({ action: "sign-in", userId: user.id, email, ip }, tx);
    return created;
  });
  if (needsRehash(user.passwordHash)) {
    await db().user.update({ where: { id: user.id }, data: { passwordHash: await hashPassword(request.password) } });
  }
  return {
    ok: true,
    token: session.token,
    expiresAt: session.expiresAt,
    viewer: { id: user.id, email: user.email, name: user.name, role: user.role, sessionId: session.sessionId },
  };
}
