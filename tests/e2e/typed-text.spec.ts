import { expect, test, type Page } from "@playwright/test";
import { spawnSync } from "node:child_process";
import path from "node:path";

// Text a person types goes through one rule (src/lib/text.ts): control
// characters other than tab, newline and carriage return are refused with a
// message, in every form field and every search box. A NUL in an admin list
// search used to reach PostgreSQL, which cannot store it: a 500.

const ROOT = path.resolve(import.meta.dirname, "../..");
const run = Date.now().toString(36);
const EMAIL = `tomoe.${run}@example.org`;
const PASSWORD = `amber tideline ${run} lantern`;

test.describe.configure({ mode: "serial", timeout: 90_000 });

test.beforeAll(() => {
  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) throw new Error("DATABASE_URL is not set: run the e2e tier through `npm test`.");
  const result = spawnSync("npm", ["run", "--silent", "admin:create", "--", "--email", EMAIL, "--name", "Tomoe Editor"], {
    cwd: ROOT, input: `${PASSWORD}\n`, encoding: "utf8", env: { ...process.env, DATABASE_URL: databaseUrl },
  });
  if (result.status !== 0) throw new Error(`admin:create failed: ${result.stderr}${result.stdout}`);
});

async function signIn(page: Page) {
  await page.goto("/admin/sign-in");
  await page.getByLabel("Email").fill(EMAIL);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/admin$/, { timeout: 15_000 });
}

const CONTROL = ["%00", "a%00b", "%1B%5B31m", "%07", "%7F", "%C2%85"];

test("a control character in an admin list search answers with a message, never a 500", async ({ page }) => {
  await signIn(page);
  for (const q of CONTROL) {
    for (const type of ["region", "organisation", "agreement", "source"]) {
      const response = await page.request.get(`/admin/${type}?q=${q}`);
      expect(response.status(), `${type} ${q}`).toBe(200);
      expect(await response.text()).toContain("contains a control character");
    }
    const options = await page.request.get(`/api/v1/admin/options?target=organisation&q=${q}`);
    expect(options.status(), q).toBe(400);
    expect((await options.json()).error).toMatch(/^q contains a control character \(U\+[0-9A-F]{4}\)/);
  }
  // Tab and newline are white space, not refused.
  expect((await page.request.get("/api/v1/admin/options?target=region&q=ky%09oto")).status()).toBe(200);
  await page.goto("/admin/region?q=%00");
  await expect(page.getByRole("main").getByRole("alert")).toContainText("The search text contains a control character (U+0000)");
});

test("a form field with a control character gets a field error and keeps what was typed", async ({ page }) => {
  await signIn(page);
  await page.goto("/admin/organisation/new");
  const name = `Bell\u0007 Works ${run}`;
  const summary = `First line\nan escape \u001b[31m in red ${run}`;
  await page.getByRole("textbox", { name: "Name", exact: true }).fill(name);
  await page.getByLabel("Slug").fill(`bell-works-${run}`);
  await page.getByLabel("Kind").selectOption({ label: "Company" });
  await page.getByLabel("Summary").fill(summary);
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toContainText("Some fields need attention.");
  await expect(page.getByText("Name contains a control character (U+0007)", { exact: false }).first()).toBeVisible();
  await expect(page.getByText("Summary contains a control character (U+001B)", { exact: false }).first()).toBeVisible();
  await expect(page.getByRole("textbox", { name: "Name", exact: true })).toHaveValue(name);
  await expect(page.getByLabel("Summary")).toHaveValue(summary);
  await expect(page.getByRole("textbox", { name: "Name", exact: true })).toHaveAttribute("aria-invalid", "true");
});

test("the public search refuses a control character with a message and reports unknown parameters", async ({ page, request }) => {
  for (const q of CONTROL) {
    const api = await request.get(`/api/v1/search?q=${q}`);
    expect(api.status(), q).toBe(200);
    const body = await api.json();
    expect(body.query.q).toBe("");
    expect(body.ignored.join("\n")).toMatch(/^q: The search text contains a control character/m);
    const html = await request.get(`/search?q=${q}`);
    expect(html.status(), q).toBe(200);
  }
  const unknown = await (await request.get("/api/v1/search?q=kyoto&year=2016")).json();
  expect(unknown.ignored).toContain("unknown parameter year");
  expect(unknown.total).toBeGreaterThan(0);
  await page.goto("/search?q=kyoto&year=2016");
  await expect(page.getByText("unknown parameter year")).toBeVisible();
  await page.goto("/search?q=%00");
  await expect(page.getByText("The search text contains a control character (U+0000)", { exact: false })).toBeVisible();
});
