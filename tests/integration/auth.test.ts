import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import path from "node:path";
import { hash } from "@node-rs/argon2";
import { afterAll, describe, expect, it } from "vitest";
import { parseIp, type IpAddress } from "@/lib/auth/client-address";
import { PasswordSchema } from "@/lib/auth/schemas";
import { NOT_ITEMISED } from "@/server/audit";
import { SESSION, SIGN_IN_AUDIT, THROTTLE } from "@/server/auth/policy";
import {
  COMMON_PASSWORD_MESSAGE, EMAIL_IN_PASSWORD_MESSAGE, hashPassword, isCommonPassword, needsRehash, passwordPolicyProblem, verifyPassword,
} from "@/server/auth/passwords";
import { listUserSessions, signOut, signOutEverywhere, validateSessionToken, type Viewer } from "@/server/auth/session-store";
import { ACCOUNT_DISABLED, signInWithPassword, WRONG_CREDENTIALS, type SignInResult } from "@/server/auth/sign-in";
import { beginAttempt, decide, refusalMessage, type ThrottleCounts } from "@/server/auth/throttle";
import { changePassword, changeUserRole, clearSignInThrottle, createUser, listUsers, setUserDisabled } from "@/server/auth/users";
import { testPrisma, withPg } from "../support/db";

// Accounts, sessions and sign-in throttling against the real PostgreSQL.
// Time is moved by rewriting timestamps in the database, never by sleeping,
// and the sign-in delay is handed to a recorder instead of being waited out.
//
// Cross-site requests are not tested here: Next.js itself refuses a server
// action whose Origin does not match the host (see tests/e2e/auth.spec.ts).

const prisma = testPrisma();
afterAll(() => prisma.$disconnect());

const RUN = `${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;
let counter = 0;
const unique = (label: string) => `${label}-${RUN}-${++counter}`;
const newEmail = (label: string) => `${unique(label)}@auth-test.example`;
/** A fresh address per call (10.0.0.0/8, from a random start per run), so that per-source counts never mix between tests. */
const ipBase = Math.floor(Math.random() * 2 ** 23);
const ip = (text: string): IpAddress => {
  const parsed = parseIp(text);
  if (!parsed) throw new Error(`not an IP address: ${text}`);
  return parsed;
};
const newIp = (): IpAddress => {
  const n = ipBase + ++counter;
  return ip(`10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`);
};

const PASSWORD = "plum blossom over the kamo river";

async function makeUser(options: { role?: "ADMIN" | "EDITOR"; disabled?: boolean; password?: string } = {}) {
  const email = newEmail(options.role === "ADMIN" ? "admin" : "editor");
  const user = await prisma.user.create({
    data: {
      email,
      name: `Test ${email.split("@")[0]}`,
      role: options.role ?? "EDITOR",
      passwordHash: await hashPassword(options.password ?? PASSWORD),
      disabledAt: options.disabled ? new Date() : null,
    },
    select: { id: true, email: true, name: true, role: true },
  });
  return user;
}

function waits() {
  const seen: number[] = [];
  return { seen, wait: async (ms: number) => void seen.push(ms) };
}

async function signIn(email: string, password: string, ip: IpAddress, extra: { replacesToken?: string; wait?: (ms: number) => Promise<void> } = {}): Promise<SignInResult> {
  return signInWithPassword({ email, password, ip, userAgent: "vitest", replacesToken: extra.replacesToken }, { wait: extra.wait ?? (async () => {}) });
}

async function signedIn(email: string, ip: IpAddress = newIp()): Promise<{ token: string; viewer: Viewer }> {
  const result = await signIn(email, PASSWORD, ip);
  if (!result.ok) throw new Error(`sign-in failed: ${result.message}`);
  return result;
}

/** Failures written over a connection of their own, as another app instance would. `ip` is the source (an IPv4 address is its own). */
async function insertFailures(email: string, ip: IpAddress, count: number, minutesAgo = 0) {
  await withPg((client) =>
    client.query(
      `INSERT INTO "SignInAttempt" ("email", "ip", "succeeded", "at")
       SELECT $1, $2, false, now() - $3::float8 * interval '1 minute' FROM generate_series(1, $4::int)`,
      [email, ip, minutesAgo, count],
    ),
  );
}

const sessionRow = (token: string) =>
  prisma.session.findUnique({ where: { tokenHash: createHash("sha256").update(token).digest("hex") }, select: { id: true, lastSeenAt: true, expiresAt: true, createdAt: true } });

describe("password hashing", () => {
  it("uses Argon2id with at least 19 MiB of memory and 2 passes, in PHC form", async () => {
    const stored = await hashPassword(PASSWORD);
    const match = /^\$(argon2(?:id|i|d))\$v=(\d+)\$m=(\d+),t=(\d+),p=(\d+)\$[A-Za-z0-9+/]+\$[A-Za-z0-9+/]+$/.exec(stored);
    expect(match, stored).not.toBeNull();
    const [, algorithm, version, m, t, p] = match!;
    expect(algorithm).toBe("argon2id");
    expect(Number(version)).toBe(19);
    expect(Number(m)).toBeGreaterThanOrEqual(19456);
    expect(Number(t)).toBeGreaterThanOrEqual(2);
    expect(Number(p)).toBe(1);
  });

  it("salts every hash, verifies the right password only, and treats a malformed hash as a mismatch", async () => {
    const [a, b] = await Promise.all([hashPassword(PASSWORD), hashPassword(PASSWORD)]);
    expect(a).not.toBe(b);
    expect(await verifyPassword(a, PASSWORD)).toBe(true);
    expect(await verifyPassword(a, `${PASSWORD} `)).toBe(false);
    expect(await verifyPassword("not a hash", PASSWORD)).toBe(false);
  });

  it("asks for a rehash of a hash made with weaker settings", async () => {
    expect(needsRehash(await hashPassword(PASSWORD))).toBe(false);
    expect(needsRehash(await hash(PASSWORD, { memoryCost: 4096, timeCost: 1 }))).toBe(true);
  });
});

describe("password policy", () => {
  it("refuses 11 characters and accepts 12, 128 and 256", () => {
    expect(PasswordSchema.safeParse("k".repeat(11)).success).toBe(false);
    for (const n of [12, 128, 256]) expect(PasswordSchema.safeParse("k".repeat(n)).success, `${n}`).toBe(true);
    expect(PasswordSchema.safeParse("k".repeat(257)).success).toBe(false);
  });

  it("refuses a password from the shipped common-passwords list, whatever its case", () => {
    expect(isCommonPassword("qwertyqwerty")).toBe(true);
    expect(passwordPolicyProblem("qwertyqwerty", "ana@example.org")).toBe(COMMON_PASSWORD_MESSAGE);
    expect(passwordPolicyProblem("QwertyQWERTY", "ana@example.org")).toBe(COMMON_PASSWORD_MESSAGE);
    expect(passwordPolicyProblem("1Q2W3E4R5T6Y", "ana@example.org")).toBe(COMMON_PASSWORD_MESSAGE);
    expect(passwordPolicyProblem(PASSWORD, "ana@example.org")).toBeNull();
  });

  it("refuses the email address and anything containing its local part, and says so", () => {
    expect(passwordPolicyProblem("ana.sato@example.org", "Ana.Sato@example.org")).toBe(EMAIL_IN_PASSWORD_MESSAGE);
    expect(passwordPolicyProblem("my name is ANA.SATO ok", "ana.sato@example.org")).toBe(EMAIL_IN_PASSWORD_MESSAGE);
    expect(EMAIL_IN_PASSWORD_MESSAGE).toMatch(/email/);
    // A two-letter local part would ban half the dictionary: only parts of 4 or more count.
    expect(passwordPolicyProblem("jolly good kyoto walks", "jo@example.org")).toBeNull();
  });
});

describe("sessions", () => {
  it("gives a 256-bit token whose session is the user's; the database holds only the token's SHA-256", async () => {
    const user = await makeUser();
    const { token, viewer } = await signedIn(user.email);
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(viewer).toMatchObject({ id: user.id, email: user.email, role: "EDITOR" });
    expect(await validateSessionToken(token)).toEqual(viewer);
    expect(await prisma.session.count({ where: { tokenHash: token } })).toBe(0);
    const row = await sessionRow(token);
    expect(row!.expiresAt.getTime() - row!.createdAt.getTime()).toBe(SESSION.absoluteMs);
    expect(await validateSessionToken("A".repeat(43))).toBeNull();
    expect(await validateSessionToken("not a token")).toBeNull();
  });

  it("gives a new token at every sign-in and ends the session of the cookie it replaces", async () => {
    const user = await makeUser();
    const first = await signedIn(user.email);
    const second = await signIn(user.email, PASSWORD, newIp(), { replacesToken: first.token });
    expect(second.ok).toBe(true);
    if (!second.ok) return;
    expect(second.token).not.toBe(first.token);
    expect(await validateSessionToken(first.token)).toBeNull();
    expect(await sessionRow(first.token)).toBeNull();
    expect(await validateSessionToken(second.token)).not.toBeNull();
  });

  it("ends a session unused for 8 hours, and deletes it", async () => {
    const user = await makeUser();
    const { token } = await signedIn(user.email);
    const row = await sessionRow(token);
    await prisma.session.update({ where: { id: row!.id }, data: { lastSeenAt: new Date(Date.now() - SESSION.idleMs + 60_000) } });
    expect(await validateSessionToken(token)).not.toBeNull();
    await prisma.session.update({ where: { id: row!.id }, data: { lastSeenAt: new Date(Date.now() - SESSION.idleMs - 1000) } });
    expect(await validateSessionToken(token)).toBeNull();
    expect(await sessionRow(token)).toBeNull();
  });

  it("moves lastSeenAt forward at most once a minute", async () => {
    const user = await makeUser();
    const { token } = await signedIn(user.email);
    const { id } = (await sessionRow(token))!;
    const recent = new Date(Date.now() - 30_000);
    await prisma.session.update({ where: { id }, data: { lastSeenAt: recent } });
    await validateSessionToken(token);
    expect((await sessionRow(token))!.lastSeenAt).toEqual(recent);
    const older = new Date(Date.now() - SESSION.touchEveryMs - 5000);
    await prisma.session.update({ where: { id }, data: { lastSeenAt: older } });
    await validateSessionToken(token);
    expect((await sessionRow(token))!.lastSeenAt.getTime()).toBeGreaterThan(recent.getTime());
  });

  it("ends a session at its absolute expiry, however busy", async () => {
    const user = await makeUser();
    const { token } = await signedIn(user.email);
    const { id } = (await sessionRow(token))!;
    await prisma.session.update({ where: { id }, data: { lastSeenAt: new Date(), expiresAt: new Date(Date.now() - 1000) } });
    expect(await validateSessionToken(token)).toBeNull();
    expect(await sessionRow(token)).toBeNull();
  });

  it("does not accept the session of a disabled user", async () => {
    const user = await makeUser();
    const { token } = await signedIn(user.email);
    await prisma.user.update({ where: { id: user.id }, data: { disabledAt: new Date() } });
    expect(await validateSessionToken(token)).toBeNull();
  });

  it("signs out this browser only, or everywhere, and logs both", async () => {
    const user = await makeUser();
    const here = await signedIn(user.email);
    const there = await signedIn(user.email);
    const third = await signedIn(user.email);
    const listed = await listUserSessions(here.viewer);
    expect(listed).toHaveLength(3);
    expect(listed.filter((s) => s.current).map((s) => s.id)).toEqual([here.viewer.sessionId]);

    await signOut(here.viewer, ip("203.0.113.9"));
    expect(await validateSessionToken(here.token)).toBeNull();
    expect(await validateSessionToken(there.token)).not.toBeNull();

    expect(await signOutEverywhere(there.viewer, ip("203.0.113.9"))).toBe(2);
    expect(await validateSessionToken(there.token)).toBeNull();
    expect(await validateSessionToken(third.token)).toBeNull();
    const actions = await prisma.auditEvent.findMany({ where: { email: user.email }, select: { action: true } });
    expect(actions.map((a) => a.action)).toEqual(expect.arrayContaining(["sign-in", "sign-out", "sign-out-everywhere"]));
  });
});

const counts = (partial: Partial<ThrottleCounts>): ThrottleCounts => ({ pair: 0, pairRetryMs: null, source: 0, sourceRetryMs: null, account: 0, ...partial });
const outcome = (c: ThrottleCounts) => {
  const d = decide(c);
  return d.allowed ? d.delayMs : "refused";
};

describe("sign-in throttling", () => {
  it("answers a wrong password and an unknown email with the same message, and records both attempts", async () => {
    const user = await makeUser();
    const ghost = newEmail("nobody");
    const from = newIp();
    const wrong = await signIn(user.email, "not the password at all", from);
    const missing = await signIn(ghost, "not the password at all", from);
    expect(wrong).toEqual({ ok: false, message: WRONG_CREDENTIALS, fieldErrors: {} });
    expect(missing).toEqual(wrong);
    expect(await prisma.signInAttempt.count({ where: { email: { in: [user.email, ghost] }, succeeded: false } })).toBe(2);
  });

  it("slows one source's guesses at one account after 3 failures and refuses them at 10; slows an account under attack from everywhere but never refuses it", () => {
    const pair = Array.from({ length: 13 }, (_, n) => outcome(counts({ pair: n, pairRetryMs: 60_000 })));
    expect(pair).toEqual([0, 0, 0, 1000, 2000, 3000, 4000, 5000, 5000, 5000, "refused", "refused", "refused"]);
    const source = [19, 20, 21, 49, 50].map((n) => outcome(counts({ source: n, sourceRetryMs: 60_000 })));
    expect(source).toEqual([0, 1000, 2000, 5000, "refused"]);
    const account = [9, 10, 11, 100, 1_000_000].map((n) => outcome(counts({ account: n })));
    expect(account).toEqual([0, 1000, 2000, 5000, 5000]);
  });

  it("waits the delay of the pair's recorded failures (the delay, not the clock, is checked)", async () => {
    const user = await makeUser();
    const from = newIp();
    await insertFailures(user.email, from, 4);
    const recorder = waits();
    await signIn(user.email, "wrong again and again", from, { wait: recorder.wait });
    expect(recorder.seen).toEqual([2000]);
  });

  it("refuses the 11th attempt from one source at one account even with the right password, and says the same for an email with no account", async () => {
    const user = await makeUser();
    const ghost = newEmail("nobody");
    const attacker = newIp();
    await insertFailures(user.email, attacker, THROTTLE.pair.refuseAfter);
    await insertFailures(ghost, attacker, THROTTLE.pair.refuseAfter);

    const refused = await signIn(user.email, PASSWORD, attacker);
    const refusedGhost = await signIn(ghost, PASSWORD, attacker);
    expect(refused).toEqual({ ok: false, message: "Too many failed sign-ins. Try again in 15 minutes.", fieldErrors: {} });
    expect(refusedGhost).toEqual(refused);
    expect(await prisma.session.count({ where: { userId: user.id } })).toBe(0);
    // A refusal is logged, but is no new failure: waiting out the window is enough.
    expect(await prisma.signInAttempt.count({ where: { email: user.email } })).toBe(THROTTLE.pair.refuseAfter);
    expect(await prisma.auditEvent.findMany({ where: { email: user.email, action: "sign-in-refused" }, select: { count: true, ip: true } })).toEqual([{ count: 1, ip: attacker }]);
  });

  it("lets the right password through from another source while the account is attacked from thirty others, after at most the longest delay", async () => {
    const user = await makeUser({ role: "ADMIN" });
    const attackers = Array.from({ length: 30 }, () => newIp());
    for (const attacker of attackers) await insertFailures(user.email, attacker, THROTTLE.pair.refuseAfter);
    expect(await signIn(user.email, PASSWORD, attackers[0]!)).toMatchObject({ ok: false, message: expect.stringMatching(/^Too many failed sign-ins/) });

    const recorder = waits();
    const owner = await signIn(user.email, PASSWORD, newIp(), { wait: recorder.wait });
    expect(owner.ok).toBe(true);
    expect(recorder.seen).toEqual([THROTTLE.maxDelayMs]);
    // The owner's success ends the slow-down, not the attackers' refusal.
    const after = waits();
    expect((await signIn(user.email, PASSWORD, newIp(), { wait: after.wait })).ok).toBe(true);
    expect(after.seen).toEqual([]);
    expect((await signIn(user.email, PASSWORD, attackers[1]!)).ok).toBe(false);
  });

  it("ends a refusal once the source's failures are older than 15 minutes, and says when", async () => {
    const user = await makeUser();
    const from = newIp();
    await insertFailures(user.email, from, THROTTLE.pair.refuseAfter - 1, 14);
    await insertFailures(user.email, from, 1, 5);
    // The oldest of the ten leaves the window in one minute.
    expect(await signIn(user.email, PASSWORD, from)).toMatchObject({ ok: false, message: "Too many failed sign-ins. Try again in 1 minute." });
    await withPg((c) => c.query(`UPDATE "SignInAttempt" SET "at" = "at" - interval '1 minute' WHERE "email" = $1`, [user.email]));
    const recorder = waits();
    expect((await signIn(user.email, PASSWORD, from, { wait: recorder.wait })).ok).toBe(true);
    // One failure five minutes ago is still in the window: no delay for one.
    expect(recorder.seen).toEqual([]);
  });

  it("counts a source's failures at an account since that source's last success with it", async () => {
    const user = await makeUser();
    const from = newIp();
    await insertFailures(user.email, from, THROTTLE.pair.refuseAfter - 1);
    expect((await signIn(user.email, PASSWORD, from)).ok).toBe(true);
    await insertFailures(user.email, from, THROTTLE.pair.refuseAfter - 1);
    expect((await signIn(user.email, PASSWORD, from)).ok).toBe(true);
    await insertFailures(user.email, from, THROTTLE.pair.refuseAfter);
    expect((await signIn(user.email, PASSWORD, from)).ok).toBe(false);
  });

  it("refuses every email from a source with 50 recent failures, and no other source", async () => {
    const user = await makeUser();
    const busy = newIp();
    await prisma.signInAttempt.createMany({ data: Array.from({ length: THROTTLE.source.refuseAfter }, () => ({ email: newEmail("spray"), ip: busy, succeeded: false })) });
    const fromBusy = await signIn(user.email, PASSWORD, busy);
    expect(fromBusy).toMatchObject({ ok: false, message: "Too many failed sign-ins. Try again in 15 minutes." });
    expect(await signIn(newEmail("nobody"), PASSWORD, busy)).toEqual(fromBusy);
    expect((await signIn(user.email, PASSWORD, newIp())).ok).toBe(true);
  });

  it("counts the addresses of one IPv6 /64 as one source", async () => {
    const user = await makeUser();
    const net = `fd00:${(ipBase & 0xffff).toString(16)}:${(counter++ & 0xffff).toString(16)}:1`;
    for (let i = 1; i <= THROTTLE.pair.refuseAfter; i++) await signIn(user.email, "a different guess each time", ip(`${net}::${i.toString(16)}`));
    expect(await signIn(user.email, PASSWORD, ip(`${net}:ffff::1`))).toMatchObject({ ok: false, message: expect.stringMatching(/^Too many/) });
    expect((await signIn(user.email, PASSWORD, ip(`${net.replace(/:1$/, ":2")}::1`))).ok).toBe(true);
  });

  it("shares its counts between app instances: failures another client wrote count here", async () => {
    const user = await makeUser();
    const from = newIp();
    const otherInstance = testPrisma();
    try {
      await otherInstance.signInAttempt.createMany({ data: Array.from({ length: THROTTLE.pair.refuseAfter }, () => ({ email: user.email, ip: from, succeeded: false })) });
    } finally {
      await otherInstance.$disconnect();
    }
    expect((await signIn(user.email, PASSWORD, from)).ok).toBe(false);
    expect((await signIn(user.email, PASSWORD, newIp())).ok).toBe(true);
  });

  it("lets no more than 10 of 25 simultaneous attempts from one source at one email through to the password check", async () => {
    const email = newEmail("parallel");
    const from = newIp();
    const attempts = await Promise.all(Array.from({ length: 25 }, () => beginAttempt(email, from)));
    expect(attempts.filter((a) => a.decision.allowed)).toHaveLength(THROTTLE.pair.refuseAfter);
  });

  it("prunes attempts older than the window as new ones are written, a bounded batch at a time", async () => {
    const email = newEmail("old");
    // A year old: older than anything other tests leave, so these go first.
    await insertFailures(email, newIp(), THROTTLE.pruneBatch + 50, 365 * 24 * 60);
    await beginAttempt(newEmail("writer"), newIp());
    expect(await prisma.signInAttempt.count({ where: { email } })).toBe(50);
    await beginAttempt(newEmail("writer"), newIp());
    expect(await prisma.signInAttempt.count({ where: { email } })).toBe(0);
    expect(await prisma.signInAttempt.count({ where: { at: { lt: new Date(Date.now() - 2 * THROTTLE.windowMs) } } })).toBe(0);
  });

  it("refuses text that is not an IP address before it reaches the throttle or the audit log", async () => {
    const email = newEmail("forged");
    await expect(signIn(email, PASSWORD, "203.0.113.1, 6.6.6.6" as IpAddress)).rejects.toThrow();
    await expect(signIn(email, PASSWORD, "<b>unknown</b>" as IpAddress)).rejects.toThrow();
    expect(await prisma.signInAttempt.count({ where: { email } })).toBe(0);
    expect(await prisma.auditEvent.count({ where: { email } })).toBe(0);
  });

  it("lets an administrator clear an account's failures from every source, and logs who did", async () => {
    const admin = await makeUser({ role: "ADMIN" });
    const user = await makeUser();
    const mistyping = newIp();
    await insertFailures(user.email, mistyping, THROTTLE.pair.refuseAfter);
    await insertFailures(user.email, newIp(), 3);
    expect((await listUsers()).find((u) => u.id === user.id)?.recentFailures).toBe(THROTTLE.pair.refuseAfter + 3);
    expect((await signIn(user.email, PASSWORD, mistyping)).ok).toBe(false);

    const adminIp = newIp();
    expect(await clearSignInThrottle(user.id, { id: admin.id, ip: adminIp })).toMatchObject({ ok: true, message: expect.stringMatching(/13 failed sign-ins cleared/) });
    expect((await listUsers()).find((u) => u.id === user.id)?.recentFailures).toBe(0);
    const recorder = waits();
    expect((await signIn(user.email, PASSWORD, mistyping, { wait: recorder.wait })).ok).toBe(true);
    expect(recorder.seen).toEqual([]);
    expect(await prisma.auditEvent.findFirst({ where: { action: "sign-in-unlock", email: user.email }, select: { userId: true, ip: true, detail: true } })).toEqual({
      userId: admin.id, ip: adminIp, detail: `cleared 13 failed sign-in(s) for ${user.email}`,
    });
    expect(await clearSignInThrottle(-1, { id: admin.id, ip: adminIp })).toMatchObject({ ok: false });
  });

  it("words the refusal in whole minutes", () => {
    expect(refusalMessage(14 * 60_000 + 1)).toBe("Too many failed sign-ins. Try again in 15 minutes.");
    expect(refusalMessage(30_000)).toBe("Too many failed sign-ins. Try again in 1 minute.");
  });
});

describe("the audit log of refused sign-ins", () => {
  const auditRows = (source: string) =>
    prisma.auditEvent.findMany({ where: { source }, orderBy: { id: "asc" }, select: { action: true, email: true, ip: true, count: true, detail: true } });

  it("keeps 200 refused sign-ins from one source at one account in two rows that count them all", async () => {
    const user = await makeUser();
    const from = newIp();
    for (let i = 0; i < 200; i++) await signIn(user.email, `guess number ${i}`, from);
    const rows = await auditRows(from);
    expect(rows).toEqual([
      { action: "sign-in-failed", email: user.email, ip: from, count: THROTTLE.pair.refuseAfter, detail: "" },
      { action: "sign-in-refused", email: user.email, ip: from, count: 200 - THROTTLE.pair.refuseAfter, detail: "throttled" },
    ]);
    expect(await prisma.signInAttempt.count({ where: { ip: from } })).toBe(THROTTLE.pair.refuseAfter);
  });

  it("bounds what one source spraying 200 addresses writes, and still counts every attempt", async () => {
    const from = newIp();
    const emails = Array.from({ length: 200 }, () => newEmail("spray"));
    for (const email of emails) await signIn(email, "one common guess for everyone", from);
    const rows = await auditRows(from);
    expect(rows.length).toBeLessThanOrEqual(SIGN_IN_AUDIT.rowsPerSource + 2);
    expect(rows.reduce((sum, row) => sum + row.count, 0)).toBe(200);
    expect(rows.filter((row) => row.email === null)).toEqual([
      { action: "sign-in-failed", email: null, ip: from, count: THROTTLE.source.refuseAfter - SIGN_IN_AUDIT.rowsPerSource, detail: NOT_ITEMISED },
      { action: "sign-in-refused", email: null, ip: from, count: 200 - THROTTLE.source.refuseAfter, detail: NOT_ITEMISED },
    ]);
  });

  it("starts a new row once the first of a run is older than the fold window", async () => {
    const email = newEmail("later");
    const from = newIp();
    await signIn(email, "first guess", from);
    await withPg((c) => c.query(`UPDATE "AuditEvent" SET "at" = "at" - $2::float8 * interval '1 millisecond' WHERE "source" = $1`, [from, SIGN_IN_AUDIT.foldWindowMs + 1000]));
    await signIn(email, "second guess", from);
    await signIn(email, "third guess", from);
    expect((await auditRows(from)).map((row) => row.count)).toEqual([1, 2]);
  });
});

describe("accounts", () => {
  const actor = { id: 0, ip: ip("203.0.113.1") };

  it("applies the whole password policy when creating a user, and refuses a taken email", async () => {
    const email = newEmail("new");
    const admin = await makeUser({ role: "ADMIN" });
    const common = await createUser({ email, name: "New", role: "EDITOR", password: "qwertyqwerty" }, { ...actor, id: admin.id });
    expect(common).toMatchObject({ ok: false, fieldErrors: { password: COMMON_PASSWORD_MESSAGE } });
    const created = await createUser({ email, name: "New", role: "EDITOR", password: PASSWORD }, { ...actor, id: admin.id });
    expect(created.ok).toBe(true);
    const again = await createUser({ email, name: "New again", role: "ADMIN", password: PASSWORD }, { ...actor, id: admin.id });
    expect(again).toMatchObject({ ok: false, fieldErrors: { email: expect.stringMatching(/already/) } });
    expect((await signIn(email, PASSWORD, newIp())).ok).toBe(true);

    const listed = (await listUsers()).find((u) => u.email === email);
    expect(listed).toMatchObject({ role: "EDITOR", disabled: false });
    expect(Object.keys(listed!)).not.toContain("passwordHash");
  });

  it("signs a user out everywhere when disabled, refuses their sign-in, and lets them back when enabled", async () => {
    const admin = await makeUser({ role: "ADMIN" });
    const user = await makeUser();
    const { token } = await signedIn(user.email);
    expect((await setUserDisabled(user.id, true, { ...actor, id: admin.id })).ok).toBe(true);
    expect(await validateSessionToken(token)).toBeNull();
    expect(await prisma.session.count({ where: { userId: user.id } })).toBe(0);
    expect(await signIn(user.email, PASSWORD, newIp())).toMatchObject({ ok: false, message: ACCOUNT_DISABLED });
    expect((await setUserDisabled(user.id, false, { ...actor, id: admin.id })).ok).toBe(true);
    expect((await signIn(user.email, PASSWORD, newIp())).ok).toBe(true);
  });

  it("never leaves the site without an enabled administrator", async () => {
    // Other tests' admins are set aside for this one and put back afterwards.
    const others = await prisma.user.findMany({ where: { role: "ADMIN", disabledAt: null }, select: { id: true } });
    await prisma.user.updateMany({ where: { id: { in: others.map((o) => o.id) } }, data: { disabledAt: new Date() } });
    try {
      const last = await makeUser({ role: "ADMIN" });
      const self = { ...actor, id: last.id };
      expect(await changeUserRole(last.id, "EDITOR", self)).toMatchObject({ ok: false, message: expect.stringMatching(/at least one enabled administrator/) });
      expect(await setUserDisabled(last.id, true, self)).toMatchObject({ ok: false });
      expect((await prisma.user.findUnique({ where: { id: last.id } }))).toMatchObject({ role: "ADMIN", disabledAt: null });

      const second = await makeUser({ role: "ADMIN" });
      expect((await changeUserRole(last.id, "EDITOR", self)).ok).toBe(true);
      expect(await setUserDisabled(second.id, true, { ...actor, id: second.id })).toMatchObject({ ok: false });
    } finally {
      await prisma.user.updateMany({ where: { id: { in: others.map((o) => o.id) } }, data: { disabledAt: null } });
    }
  });

  it("changes a password only with the current one, and signs out the other sessions", async () => {
    const user = await makeUser();
    const here = await signedIn(user.email);
    const there = await signedIn(user.email);
    const next = "a quieter password for winter";
    const wrong = await changePassword(here.viewer, { currentPassword: "not it at all", newPassword: next }, newIp());
    expect(wrong).toMatchObject({ ok: false, fieldErrors: { currentPassword: expect.any(String) } });
    const weak = await changePassword(here.viewer, { currentPassword: PASSWORD, newPassword: "qwertyqwerty" }, newIp());
    expect(weak).toMatchObject({ ok: false, fieldErrors: { newPassword: COMMON_PASSWORD_MESSAGE } });

    expect((await changePassword(here.viewer, { currentPassword: PASSWORD, newPassword: next }, newIp())).ok).toBe(true);
    expect(await validateSessionToken(here.token)).not.toBeNull();
    expect(await validateSessionToken(there.token)).toBeNull();
    expect((await signIn(user.email, PASSWORD, newIp())).ok).toBe(false);
    expect((await signIn(user.email, next, newIp())).ok).toBe(true);
  });
});

describe("npm run admin:create", () => {
  const ROOT = path.resolve(import.meta.dirname, "../..");

  function adminCreate(args: string[], stdin: string): Promise<{ code: number; output: string }> {
    return new Promise((resolve) => {
      const child = spawn(process.execPath, [path.join(ROOT, "node_modules/tsx/dist/cli.mjs"), "scripts/admin-create.ts", ...args], {
        cwd: ROOT,
        env: { ...process.env, DATABASE_URL: process.env.TEST_DATABASE_URL },
        stdio: ["pipe", "pipe", "pipe"],
      });
      let output = "";
      child.stdout.on("data", (d) => (output += d));
      child.stderr.on("data", (d) => (output += d));
      child.on("exit", (code) => resolve({ code: code ?? 1, output }));
      child.stdin.end(stdin);
    });
  }

  it("creates an administrator with the password from standard input, under the app's policy", async () => {
    const email = newEmail("cli");
    const refused = await adminCreate(["--email", email], "qwertyqwerty\n");
    expect(refused.code, refused.output).toBe(1);
    expect(refused.output).toMatch(/password refused/);
    expect(await prisma.user.count({ where: { email } })).toBe(0);

    const created = await adminCreate(["--email", email.toUpperCase(), "--name", "Cli Admin"], `${PASSWORD}\nignored second line\n`);
    expect(created.code, created.output).toBe(0);
    const user = await prisma.user.findUniqueOrThrow({ where: { email }, select: { name: true, role: true, passwordHash: true } });
    expect(user).toMatchObject({ name: "Cli Admin", role: "ADMIN" });
    expect(await verifyPassword(user.passwordHash, PASSWORD)).toBe(true);

    const duplicate = await adminCreate(["--email", email, "--role", "editor"], `${PASSWORD}\n`);
    expect(duplicate.code).toBe(1);
    expect(duplicate.output).toMatch(/already an account/);
  });

  it("resets a password with --reset-password and signs the account out everywhere", async () => {
    const user = await makeUser();
    const { token } = await signedIn(user.email);
    const next = "new winter password from the shell";
    const reset = await adminCreate(["--email", user.email, "--reset-password"], `${next}\n`);
    expect(reset.code, reset.output).toBe(0);
    expect(await validateSessionToken(token)).toBeNull();
    expect((await signIn(user.email, next, newIp())).ok).toBe(true);
    expect((await adminCreate(["--email", newEmail("ghost"), "--reset-password"], `${next}\n`)).code).toBe(1);
  });
});
