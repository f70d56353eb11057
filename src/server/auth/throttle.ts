import "server-only";
import type { Prisma, PrismaClient } from "@/generated/prisma/client";
import { throttleSource, type IpAddress } from "@/lib/auth/client-address";
import { db } from "../db";
import { THROTTLE } from "./policy";

// Sign-in throttling, counted from SignInAttempt rows so that every app
// instance sees the same numbers (nothing is kept in memory).
//
// Three counts, each over the last THROTTLE.windowMs (policy.ts):
// - pair: this source's failures for this account. Refused at 10: the limit
//   that makes guessing slow, and one that an attacker elsewhere cannot trip
//   for the owner (the owner's source is another pair).
// - source: this source's failures for every account. Refused at 50: spraying
//   one password over many accounts from one place.
// - account: failures for this account from every source. Slower answers
//   only, never a refusal: a distributed attack costs the owner a few seconds,
//   not access. (What bounds a distributed guesser is the password policy:
//   12+ characters, no common password, Argon2id.)
// None of them asks whether the account exists, so neither do the answers.
//
// Each password check is recorded as a failure *before* the password is
// checked, and turned into a success afterwards if it was right; the counting
// and that insert happen under an advisory lock on the source, so parallel
// requests from one source see each other and cannot slip extra guesses past
// the pair and source limits, even while they wait out the delay.
//
// Attempts that are refused are not SignInAttempt rows (the audit log counts
// them): retrying while refused does not prolong the refusal.

export type ThrottleCounts = {
  pair: number;
  /** Milliseconds until the pair's failures fall below its limit (null when under it). */
  pairRetryMs: number | null;
  source: number;
  sourceRetryMs: number | null;
  account: number;
};

export type ThrottleDecision = { allowed: true; delayMs: number } | { allowed: false; retryAfterMs: number };

function delayFor(failures: number, after: number): number {
  if (failures < after) return 0;
  return Math.min((failures - after + 1) * THROTTLE.delayStepMs, THROTTLE.maxDelayMs);
}

/**
 * From the counts to what happens: refused while the pair or the source is at
 * its limit; otherwise answered after the longest of the three delays (1 s
 * per failure beyond each threshold, at most 5 s).
 */
export function decide(counts: ThrottleCounts): ThrottleDecision {
  const refusals: number[] = [];
  if (counts.pair >= THROTTLE.pair.refuseAfter) refusals.push(counts.pairRetryMs ?? THROTTLE.windowMs);
  if (counts.source >= THROTTLE.source.refuseAfter) refusals.push(counts.sourceRetryMs ?? THROTTLE.windowMs);
  if (refusals.length) return { allowed: false, retryAfterMs: Math.max(...refusals) };
  return {
    allowed: true,
    delayMs: Math.max(
      delayFor(counts.pair, THROTTLE.pair.delayAfter),
      delayFor(counts.source, THROTTLE.source.delayAfter),
      delayFor(counts.account, THROTTLE.account.delayAfter),
    ),
  };
}

/** The refusal, worded the same whether or not an account has this email. */
export function refusalMessage(retryAfterMs: number): string {
  const minutes = Math.max(1, Math.ceil(retryAfterMs / 60_000));
  return `Too many failed sign-ins. Try again in ${minutes} ${minutes === 1 ? "minute" : "minutes"}.`;
}

type Client = Prisma.TransactionClient | PrismaClient;
type CountRow = { [K in keyof ThrottleCounts]: number | null };

/**
 * The counts for an email and a source (see throttleSource), in one query.
 * Time is PostgreSQL's now(), the clock that stamped the rows, so app servers
 * with skewed clocks agree.
 */
export async function throttleCounts(email: string, source: string, client: Client = db()): Promise<ThrottleCounts> {
  const windowMs = THROTTLE.windowMs;
  const rows = await client.$queryRaw<CountRow[]>`
    WITH
      recent AS (
        SELECT "email", "ip", "succeeded", "at" FROM "SignInAttempt"
        WHERE ("email" = ${email} OR "ip" = ${source}) AND "at" > now() - ${windowMs}::float8 * interval '1 millisecond'
      ),
      account_since AS (SELECT coalesce(max("at"), '-infinity'::timestamptz) AS "at" FROM recent WHERE "email" = ${email} AND "succeeded"),
      pair_since AS (SELECT coalesce(max("at"), '-infinity'::timestamptz) AS "at" FROM recent WHERE "email" = ${email} AND "ip" = ${source} AND "succeeded"),
      pair_failures AS (
        SELECT "at" FROM recent WHERE "email" = ${email} AND "ip" = ${source} AND NOT "succeeded" AND "at" > (SELECT "at" FROM pair_since)
      ),
      source_failures AS (SELECT "at" FROM recent WHERE "ip" = ${source} AND NOT "succeeded"),
      account_failures AS (SELECT "at" FROM recent WHERE "email" = ${email} AND NOT "succeeded" AND "at" > (SELECT "at" FROM account_since))
    SELECT
      (SELECT count(*) FROM pair_failures)::int AS "pair",
      (SELECT extract(epoch FROM "at" + ${windowMs}::float8 * interval '1 millisecond' - now()) * 1000 FROM pair_failures
        ORDER BY "at" DESC OFFSET ${THROTTLE.pair.refuseAfter - 1} LIMIT 1)::float8 AS "pairRetryMs",
      (SELECT count(*) FROM source_failures)::int AS "source",
      (SELECT extract(epoch FROM "at" + ${windowMs}::float8 * interval '1 millisecond' - now()) * 1000 FROM source_failures
        ORDER BY "at" DESC OFFSET ${THROTTLE.source.refuseAfter - 1} LIMIT 1)::float8 AS "sourceRetryMs",
      (SELECT count(*) FROM account_failures)::int AS "account"
  `;
  const row = rows[0];
  const orNull = (value: number | null | undefined) => (value === null || value === undefined ? null : Number(value));
  return {
    pair: Number(row?.pair ?? 0),
    pairRetryMs: orNull(row?.pairRetryMs),
    source: Number(row?.source ?? 0),
    sourceRetryMs: orNull(row?.sourceRetryMs),
    account: Number(row?.account ?? 0),
  };
}

/** Deletes a bounded batch of attempts older than the window, oldest first; rows another writer is deleting are skipped. */
async function pruneAttempts(client: Client): Promise<number> {
  return client.$executeRaw`
    DELETE FROM "SignInAttempt" WHERE "id" IN (
      SELECT "id" FROM "SignInAttempt"
      WHERE "at" < now() - ${THROTTLE.windowMs}::float8 * interval '1 millisecond'
      ORDER BY "at" LIMIT ${THROTTLE.pruneBatch}
      FOR UPDATE SKIP LOCKED
    )`;
}

export type Attempt = { decision: ThrottleDecision; attemptId: bigint | null; source: string };

/**
 * Decides whether a password check may go ahead for this email from this
 * address and, if so, records it as a failure (see markAttemptSucceeded).
 * Emails are compared as given: pass the normalised (trimmed, lower-cased)
 * address. Every call also prunes a batch of expired attempts.
 */
export async function beginAttempt(email: string, ip: IpAddress): Promise<Attempt> {
  const source = throttleSource(ip);
  return db().$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('kizuna:sign-in:source:' || ${source}))`;
    await pruneAttempts(tx);
    const decision = decide(await throttleCounts(email, source, tx));
    if (!decision.allowed) return { decision, attemptId: null, source };
    const row = await tx.signInAttempt.create({ data: { email, ip: source, succeeded: false }, select: { id: true } });
    return { decision, attemptId: row.id, source };
  });
}

/** Turns a recorded attempt into a success: the failures before it stop counting for its pair and account. */
export async function markAttemptSucceeded(attemptId: bigint): Promise<void> {
  await db().signInAttempt.update({ where: { id: attemptId }, data: { succeeded: true } });
}

/** Failures within the window per email, for the users page. */
export async function recentFailures(emails: string[], client: Client = db()): Promise<Map<string, number>> {
  if (!emails.length) return new Map();
  const rows = await client.$queryRaw<{ email: string; n: number }[]>`
    SELECT "email", count(*)::int AS "n" FROM "SignInAttempt"
    WHERE "email" = ANY(${emails}) AND NOT "succeeded" AND "at" > now() - ${THROTTLE.windowMs}::float8 * interval '1 millisecond'
    GROUP BY "email"`;
  return new Map(rows.map((row) => [row.email, Number(row.n)]));
}

/** Forgets every recorded failure for an email, from every source: an administrator's unlock. Returns how many. */
export async function clearFailures(email: string, client: Client = db()): Promise<number> {
  const { count } = await client.signInAttempt.deleteMany({ where: { email, succeeded: false } });
  return count;
}
