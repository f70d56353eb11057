import { expect, test, type Browser } from "@playwright/test";
import { query } from "./support/database";
import { createAccount, startInstance } from "./support/instance";

// Which address the app believes a request comes from, over real HTTP: the
// app that `npm test` starts trusts no proxy (TRUSTED_PROXIES unset), and a
// second instance of the same build, started here, trusts 127.0.0.1 as its
// reverse proxy. What each writes to the audit log, and what the throttle
// counts, shows whose word it took.

const run = Date.now().toString(36);
const OWNER = `owner.${run}@example.org`;
const PASSWORD = `harbour lights ${run} over kobe`;

let proxied: { url: string; stop: () => void } | null = null;
let proxiedUrl = "";

test.describe.configure({ mode: "serial", timeout: 120_000 });

test.beforeAll(async () => {
  createAccount(OWNER, PASSWORD, { name: "Owner", role: "admin" });
  proxied = await startInstance({ TRUSTED_PROXIES: "127.0.0.1, ::1" });
  proxiedUrl = proxied.url;
});

test.afterAll(() => {
  proxied?.stop();
});

const auditIps = async (email: string) => (await query<{ ip: string }>(`SELECT "ip" FROM "AuditEvent" WHERE "email" = $1 AND "action" LIKE 'sign-in%' ORDER BY "id"`, [email])).map((row) => row.ip);

/** One sign-in in a browser context of its own that sends `headers` with every request; resolves to the alert shown, or the URL reached. */
async function signIn(browser: Browser, origin: string, email: string, password: string, headers: Record<string, string>): Promise<string> {
  const context = await browser.newContext({ extraHTTPHeaders: headers });
  try {
    const page = await context.newPage();
    await page.goto(`${origin}/admin/sign-in`);
    await page.getByLabel("Email address").fill(email);
    await page.getByLabel("Password").fill(password);
    await page.getByRole("button", { name: "Sign in" }).click();
    const alert = page.getByRole("main").getByRole("alert");
    await expect(alert.or(page.getByRole("heading", { name: /^Welcome/ }))).toBeVisible({ timeout: 15_000 });
    return (await alert.count()) ? (await alert.innerText()).trim() : new URL(page.url()).pathname;
  } finally {
    await context.close();
  }
}

test("with no trusted proxy, a client's own X-Forwarded-For is ignored: the log has its socket address", async ({ browser, baseURL }) => {
  const email = `direct.${run}@example.org`;
  expect(await signIn(browser, baseURL!, email, "not the password", { "x-forwarded-for": "203.0.113.77" })).toBe("The email or password is wrong.");
  expect(await auditIps(email)).toEqual(["127.0.0.1"]);
});

test("behind a trusted proxy, the address that proxy appended is the client, and junk is never logged", async ({ browser }) => {
  const forwarded = `forwarded.${run}@example.org`;
  // "6.6.6.6" is what the client sent; the proxy appended the address it saw.
  await signIn(browser, proxiedUrl, forwarded, "not the password", { "x-forwarded-for": "6.6.6.6, 203.0.113.78" });
  expect(await auditIps(forwarded)).toEqual(["203.0.113.78"]);

  const junk = `junk.${run}@example.org`;
  await signIn(browser, proxiedUrl, junk, "not the password", { "x-forwarded-for": "<script>alert(1)</script>" });
  expect(await auditIps(junk)).toEqual(["127.0.0.1"]);
});

test("a source that guessed ten times is refused, and the owner signs in from another address meanwhile", async ({ browser }) => {
  const attacker = "198.51.100.66";
  await query(`INSERT INTO "SignInAttempt" ("email", "ip", "succeeded") SELECT $1, $2, false FROM generate_series(1, 10)`, [OWNER, attacker]);
  expect(await signIn(browser, proxiedUrl, OWNER, PASSWORD, { "x-forwarded-for": attacker })).toMatch(/^Too many failed sign-ins\. Try again in \d+ minutes?\.$/);
  expect(await signIn(browser, proxiedUrl, OWNER, PASSWORD, { "x-forwarded-for": "192.0.2.10" })).toBe("/admin");
  expect(await query(`SELECT "action", "ip", "count" FROM "AuditEvent" WHERE "email" = $1 AND "action" LIKE 'sign-in%' ORDER BY "id"`, [OWNER])).toEqual([
    { action: "sign-in-refused", ip: attacker, count: 1 },
    { action: "sign-in", ip: "192.0.2.10", count: 1 },
  ]);
});

test("an administrator clears an account's failed sign-ins from /admin/users, and the refused source gets in again", async ({ browser }) => {
  const mistyped = "198.51.100.67";
  const editor = `mistyper.${run}@example.org`;
  createAccount(editor, PASSWORD, { name: `Mistyper ${run}`, role: "editor" });
  await query(`INSERT INTO "SignInAttempt" ("email", "ip", "succeeded") SELECT $1, $2, false FROM generate_series(1, 10)`, [editor, mistyped]);
  expect(await signIn(browser, proxiedUrl, editor, PASSWORD, { "x-forwarded-for": mistyped })).toMatch(/^Too many failed sign-ins/);

  const context = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": "192.0.2.11" } });
  try {
    const page = await context.newPage();
    await page.goto(`${proxiedUrl}/admin/sign-in?next=%2Fadmin%2Fusers`);
    await page.getByLabel("Email address").fill(OWNER);
    await page.getByLabel("Password").fill(PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(`${proxiedUrl}/admin/users`, { timeout: 15_000 });
    const row = page.getByRole("row").filter({ hasText: editor });
    await expect(row).toContainText("10 failed sign-ins in the last 15 minutes");
    await row.getByRole("button", { name: `Clear failed sign-ins of Mistyper ${run}` }).click();
    await expect(row.getByRole("status")).toHaveText(`Mistyper ${run} can sign in again without waiting (10 failed sign-ins cleared).`);
  } finally {
    await context.close();
  }
  expect(await signIn(browser, proxiedUrl, editor, PASSWORD, { "x-forwarded-for": mistyped })).toBe("/admin");
  expect(await query(`SELECT "ip", "detail" FROM "AuditEvent" WHERE "action" = 'sign-in-unlock' AND "email" = $1`, [editor])).toEqual([
    { ip: "192.0.2.11", detail: `cleared 10 failed sign-in(s) for ${editor}` },
  ]);
});
