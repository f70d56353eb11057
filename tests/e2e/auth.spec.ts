import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { spawnSync } from "node:child_process";
import path from "node:path";

// Signing in and out in Chromium against the built app, with accounts made by
// `npm run admin:create` (password on standard input) in the app's database.
//
// Cross-site requests. Next.js 16 (checked in node_modules/next/dist/docs
// config/serverActions.md, guides/data-security.md, and in
// dist/server/app-render/action-handler.js of 16.4.6) compares the host of a
// server action request's Origin header with x-forwarded-host, else Host, and
// aborts the action when they differ, and the action never runs. src/proxy.ts
// refuses such posts first with a 403 (src/lib/request-guard.ts), where Next
// itself would answer 500.
// `experimental.serverActions.allowedOrigins` only *adds* hosts that may call
// actions (for a proxy that forwards its own host); we set none, so only the
// app's own host may. `Origin: null` (sandboxed iframes) is refused too since
// 16.1.7 (CVE-2026-27978). A request with no Origin at all is let through with
// a warning: browsers always send Origin on a cross-site POST, and a hand-made
// request carries no victim's cookie, which SameSite=Lax keeps off cross-site
// POSTs anyway. The last test below shows the refusal with the right password.

const ROOT = path.resolve(import.meta.dirname, "../..");
const run = Date.now().toString(36);

// One worker runs this file's tests in order, so beforeAll creates the two
// accounts once (with fullyParallel, every worker would run it again).
test.describe.configure({ mode: "default" });
const PASSWORD = `amber tram ${run} to arashiyama`;
const ADMIN = `auth-admin.${run}@example.org`;
const EDITOR = `auth-editor.${run}@example.org`;

function adminCreate(email: string, role: "admin" | "editor") {
  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) throw new Error("DATABASE_URL is not set: run the e2e tier through `npm test`.");
  const result = spawnSync("npm", ["run", "--silent", "admin:create", "--", "--email", email, "--role", role], {
    cwd: ROOT, input: `${PASSWORD}\n`, encoding: "utf8", env: { ...process.env, DATABASE_URL: databaseUrl },
  });
  if (result.status !== 0) throw new Error(`admin:create failed: ${result.stderr}${result.stdout}`);
}

test.beforeAll(() => {
  adminCreate(ADMIN, "admin");
  adminCreate(EDITOR, "editor");
});

async function axe(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

async function fillSignIn(page: Page, email: string, password: string) {
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

test("the sign-in page passes axe, before and after a failed attempt", async ({ page }) => {
  const response = await page.goto("/admin/sign-in");
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1 })).toHaveCount(1);
  await expect(page).toHaveTitle(/Sign in/);
  await axe(page);
  await fillSignIn(page, `nobody.${run}@example.org`, "wrong password, wrong person");
  await expect(page.getByRole("main").getByRole("alert")).toHaveText("The email or password is wrong.");
  await axe(page);
});

test("a wrong password and an unknown email get the same message, and the email stays typed", async ({ page }) => {
  await page.goto("/admin/sign-in");
  await fillSignIn(page, ADMIN, "not the password at all");
  await expect(page.getByRole("main").getByRole("alert")).toHaveText("The email or password is wrong.");
  await expect(page.getByLabel("Email address")).toHaveValue(ADMIN);
  await expect(page.getByLabel("Password")).toHaveValue("");
});

test("signed out, account pages lead to the sign-in page", async ({ page }) => {
  for (const url of ["/admin", "/admin/account", "/admin/users"]) {
    await page.goto(url);
    await expect(page, url).toHaveURL(/\/admin\/sign-in(\?next=.*)?$/);
  }
});

test("the right password signs in, returns to `next` only inside /admin, lists this device, and signs out", async ({ page }) => {
  await page.goto("/admin/sign-in?next=%2F%2Fevil.example%2Fadmin");
  await fillSignIn(page, ADMIN, PASSWORD);
  await expect(page).toHaveURL(/\/admin$/);

  await page.goto("/admin/sign-in?next=%2Fadmin%2Faccount");
  await expect(page).toHaveURL(/\/admin\/account$/); // already signed in: straight on
  await expect(page.getByText("This device")).toBeVisible();
  const cookie = (await page.context().cookies()).find((c) => c.name.endsWith("kizuna_session"));
  expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Lax", path: "/" });
  await axe(page);

  await page.getByRole("main").getByRole("button", { name: "Sign out", exact: true }).click();
  await expect(page).toHaveURL(/\/admin\/sign-in$/);
  await page.goto("/admin/account");
  await expect(page).toHaveURL(/\/admin\/sign-in/);
});

test("an editor is refused the users page with a 403", async ({ page }) => {
  await page.goto("/admin/sign-in");
  await fillSignIn(page, EDITOR, PASSWORD);
  await expect(page).toHaveURL(/\/admin$/);
  const response = await page.goto("/admin/users");
  expect(response?.status()).toBe(403);
});

test("an admin sees the users page, which passes axe", async ({ page }) => {
  await page.goto("/admin/sign-in?next=%2Fadmin%2Fusers");
  await fillSignIn(page, ADMIN, PASSWORD);
  await expect(page).toHaveURL(/\/admin\/users$/);
  await expect(page.getByRole("cell", { name: new RegExp(EDITOR.replace(/\./g, "\\.")) })).toBeVisible();
  await axe(page);
});

test("an admin adds an editor, who signs in, then is disabled and signed out at once", async ({ page, browser }) => {
  const email = `added.${run}@example.org`;
  await page.goto("/admin/sign-in?next=%2Fadmin%2Fusers");
  await fillSignIn(page, ADMIN, PASSWORD);
  await expect(page).toHaveURL(/\/admin\/users$/);
  const form = page.getByRole("region", { name: "Add a user" });
  await form.getByLabel("Email address").fill(email);
  await form.getByLabel("Name").fill(`Added ${run}`);
  await form.getByLabel("Initial password").fill("qwertyqwerty");
  await form.getByRole("button", { name: "Add user" }).click();
  await expect(form.getByText("This password is on a list of common passwords")).toBeVisible();
  await expect(form.getByLabel("Initial password")).toHaveAttribute("aria-invalid", "true");
  await expect(form.getByLabel("Email address")).toHaveValue(email);
  await axe(page);
  await form.getByLabel("Initial password").fill(PASSWORD);
  await form.getByRole("button", { name: "Add user" }).click();
  await expect(form.getByRole("status")).toContainText(`can now sign in as ${email}`);
  await page.screenshot({ path: path.join(ROOT, "test-results/screenshots/admin-users.png"), fullPage: true });

  const other = await (await browser.newContext()).newPage();
  await other.goto("/admin/sign-in?next=%2Fadmin%2Faccount");
  await fillSignIn(other, email, PASSWORD);
  await expect(other).toHaveURL(/\/admin\/account$/);

  page.once("dialog", (dialog) => dialog.accept());
  await page.getByRole("button", { name: `Disable Added ${run}` }).click();
  await expect(page.getByRole("button", { name: `Enable Added ${run}` })).toBeVisible();
  await other.reload();
  await expect(other).toHaveURL(/\/admin\/sign-in/);
});

test("changing the password keeps this browser signed in and signs out the others", async ({ page, browser }) => {
  const email = `changer.${run}@example.org`;
  adminCreate(email, "editor");
  const other = await (await browser.newContext()).newPage();
  for (const p of [page, other]) {
    await p.goto("/admin/sign-in?next=%2Fadmin%2Faccount");
    await fillSignIn(p, email, PASSWORD);
    await expect(p).toHaveURL(/\/admin\/account$/);
  }
  await page.reload();
  await expect(page.getByRole("row")).toHaveCount(3); // the header row and two sessions
  await page.screenshot({ path: path.join(ROOT, "test-results/screenshots/admin-account.png"), fullPage: true });
  await page.getByLabel("Current password").fill(PASSWORD);
  await page.getByLabel("New password", { exact: true }).fill(`${PASSWORD} in autumn`);
  await page.getByLabel("New password again").fill(`${PASSWORD} in autumn`);
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByRole("main").getByRole("status")).toHaveText("Password changed. 1 other session was signed out.");
  await expect(page.getByRole("row")).toHaveCount(2);
  await other.reload();
  await expect(other).toHaveURL(/\/admin\/sign-in/);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the sign-in form still posts and answers", async ({ page }) => {
    await page.goto("/admin/sign-in");
    await fillSignIn(page, EDITOR, "not the password at all");
    await expect(page.getByRole("main").getByRole("alert")).toHaveText("The email or password is wrong.");
    await fillSignIn(page, EDITOR, PASSWORD);
    await expect(page).toHaveURL(/\/admin$/);
  });
});

test("a server action posted from another origin is refused, even with the right password", async ({ page, request, baseURL }) => {
  // Capture the browser's own sign-in action request (it signs this page in).
  await page.goto("/admin/sign-in");
  const posted = page.waitForRequest((r) => r.method() === "POST" && Boolean(r.headers()["next-action"]));
  await fillSignIn(page, ADMIN, PASSWORD);
  const original = await posted;
  const replay = (origin: string) =>
    request.post(original.url(), {
      headers: {
        "next-action": original.headers()["next-action"],
        "content-type": original.headers()["content-type"],
        accept: "text/x-component",
        origin,
      },
      data: original.postDataBuffer() ?? undefined,
      maxRedirects: 0,
    });
  const setsSession = (headers: { name: string; value: string }[]) =>
    headers.some((h) => h.name.toLowerCase() === "set-cookie" && /kizuna_session=[A-Za-z0-9_-]{43}/.test(h.value));

  const foreign = await replay("https://evil.example");
  expect(foreign.status()).toBeGreaterThanOrEqual(400);
  expect(setsSession(foreign.headersArray())).toBe(false);

  // The same request from the app's own origin signs in: the refusal above is the Origin check.
  const own = await replay(new URL(baseURL!).origin);
  expect(own.status()).toBeLessThan(400);
  expect(setsSession(own.headersArray())).toBe(true);
});
