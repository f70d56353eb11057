import "server-only";
import type { Prisma, PrismaClient } from "@/generated/prisma/client";
import { db } from "../db";
import { THROTTLE } from "./policy";

// Sign-in throttling, counted from SignInAttempt rows so that every app
// instance sees the same numbers (nothing is kept in memory).
//
// Each password check is recorded as a failure *before* the password is
// checked, and turned into a success afterwards if it was right; the count and
// that insert happen under a per-email and a per-IP advisory lock. So parallel
// requests see each other and cannot slip extra guesses past the limits, even
// while they wait out the delay.
//
// Attempts refused by a lock are not SignInAttempt rows (the audit log has them
// as "sign-in-refused"): retrying during a lockout must not prolong it.

export type ThrottleCounts = {
  /** Failures for this email in the last window, since its last success. */
  emailRecent: number;
  /** Failures for this email in the window that ends at its last failure. */
  emailAtLast: number;
  /** Milliseconds until a lock on this email would end (≤ 0: it would have ended). */
  emailLockLeftMs: number;
  ipRecent: number;
  ipAtLast: number;
  ipLockLeftMs: number;
};

export type ThrottleDecision = { allowed: true; delayMs: number } | { allowed: false; retryAfterMs: number };

function delayFor(failures: number): number {
  if (failures < THROTTLE.delayAfter) return 0;
  return Math.min((failures - THROTTLE.delayAfter + 1) * THROTTLE.delayStepMs, THROTTLE.maxDelayMs);
}

/**
 * From the counts to what happens: refused while 10 failures for the email (or
 * 50 for the IP) lie within 15 minutes before the last one and that last one is
 * under 15 minutes old; otherwise answered, after 1 s for the 6th recent
 * failure, 2 s for the 7th, … at most 5 s.
 */
export function decide(counts: ThrottleCounts): ThrottleDecision {
  const locks: number[] = [];
  if (counts.emailAtLast >= THROTTLE.emailLockAfter && counts.emailLockLeftMs > 0) locks.push(counts.emailLockLeftMs);
  if (counts.ipAtLast >= THROTTLE.ipLockAfter && counts.ipLockLeftMs > 0) locks.push(counts.ipLockLeftMs);
  if (locks.length) return { allowed: false, retryAfterMs: Math.max(...locks) };
  return { allowed: true, delayMs: Math.max(delayFor(counts.emailRecent), delayFor(counts.ipRecent)) };
}

/** The refusal, worded the same whether or not an account has this email. */
export function refusalMessage(retryAfterMs: number): string {
  const minutes = Math.max(1, Math.ceil(retryAfterMs / 60_000));
  return `Too many failed sign-ins. Try again in ${minutes} ${minutes === 1 ? "minute" : "minutes"}.`;
}

type CountRow = { [K in keyof ThrottleCounts]: number | null };

/**
 * The counts for an email and an IP, in one query. `client` lets the caller run
 * it inside its transaction. Time is PostgreSQL's now(), the clock that stamped
 * the rows, so app servers with skewed clocks agree.
 */
export async function throttleCounts(email: string, ip: string, client: Prisma.TransactionClient | PrismaClient = db()): Promise<ThrottleCounts> {
  const windowMs = THROTTLE.windowMs;
  const lockMs = THROTTLE.lockMs;
  const rows = await client.$queryRaw<CountRow[]>`
    WITH
      since AS (
        SELECT coalesce(max("at"), '-infinity'::timestamptz) AS "at"
        FROM "SignInAttempt" WHERE "email" = ${email} AND "succeeded"
      ),
      email_failures AS (
        SELECT "at" FROM "SignInAttempt"
        WHERE "email" = ${email} AND NOT "succeeded"
          AND "at" > now() - 2 * ${windowMs}::float8 * interval '1 millisecond'
          AND "at" > (SELECT "at" FROM since)
      ),
      ip_failures AS (
        SELECT "at" FROM "SignInAttempt"
        WHERE "ip" = ${ip} AND NOT "succeeded"
          AND "at" > now() - 2 * ${windowMs}::float8 * interval '1 millisecond'
      ),
      email_last AS (SELECT max("at") AS "at" FROM email_failures),
      ip_last AS (SELECT max("at") AS "at" FROM ip_failures)
    SELECT
      (SELECT count(*) FROM email_failures WHERE "at" > now() - ${windowMs}::float8 * interval '1 millisecond')::int AS "emailRecent",
      (SELECT count(*) FROM email_failures, email_last WHERE email_failures."at" > email_last."at" - ${windowMs}::float8 * interval '1 millisecond')::int AS "emailAtLast",
      (SELECT extract(epoch FROM "at" + ${lockMs}::float8 * interval '1 millisecond' - now()) * 1000 FROM email_last)::float8 AS "emailLockLeftMs",
      (SELECT count(*) FROM ip_failures WHERE "at" > now() - ${windowMs}::float8 * interval '1 millisecond')::int AS "ipRecent",
      (SELECT count(*) FROM ip_failures, ip_last WHERE ip_failures."at" > ip_last."at" - ${windowMs}::float8 * interval '1 millisecond')::int AS "ipAtLast",
      (SELECT extract(epoch FROM "at" + ${lockMs}::float8 * interval '1 millisecond' - now()) * 1000 FROM ip_last)::float8 AS "ipLockLeftMs"
  `;
  const row = rows[0];
  return {
    emailRecent: Number(row?.emailRecent ?? 0),
    emailAtLast: Number(row?.emailAtLast ?? 0),
    emailLockLeftMs: Number(row?.emailLockLeftMs ?? 0),
    ipRecent: Number(row?.ipRecent ?? 0),
    ipAtLast: Number(row?.ipAtLast ?? 0),
    ipLockLeftMs: Number(row?.ipLockLeftMs ?? 0),
  };
}

export type Attempt = { decision: ThrottleDecision; attemptId: bigint | null };

/**
 * Decides whether a password check may go ahead for this email and IP and, if
 * so, records it as a failure (see markAttemptSucceeded). Emails are compared
 * as given: pass the normalised (trimmed, lower-cased) address.
 */
export async function beginAttempt(email: string, ip: string): Promise<Attempt> {
  return db().$transaction(async (tx) => {
    // Email first, then IP, in every transaction: no two can wait on each other.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('kizuna:sign-in:email:' || ${email}))`;
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('kizuna:sign-in:ip:' || ${ip}))`;
    const decision = decide(await throttleCounts(email, ip, tx));
    if (!decision.allowed) return { decision, attemptId: null };
    const row = await tx.signInAttempt.create({ data: { email, ip, succeeded: false }, select: { id: true } });
    return { decision, attemptId: row.id };
  });
}

/** Turns a recorded attempt into a success: the email's failures before it stop counting. */
export async function markAttemptSucceeded(attemptId: bigint): Promise<void> {
  await db().signInAttempt.update({ where: { id: attemptId }, data: { succeeded: true } });
}
