import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { spawnSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import path from "node:path";

// Certainty as a reader meets it: the "(inferred)" marks of lists and search
// open their reasoning by keyboard, by touch and without JavaScript; the API
// says which dates are inferred; the data-quality report, public and admin,
// passes axe. Screenshots at desktop and phone widths go to test-results/screenshots/certainty-*.

const ROOT = path.resolve(import.meta.dirname, "../..");
const SHOTS = process.env.SHOTS_DIR ?? path.join(ROOT, "test-results/screenshots");
const run = Date.now().toString(36);
const EMAIL = `quinn.${run}@example.org`;
const PASSWORD = `amber quarry ${run} meadow`;

async function axe(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

/** Axe and a screenshot at 1280 and at 390 px wide, and no sideways scrolling on the phone. */
async function checkAtBothWidths(page: Page, name: string) {
  mkdirSync(SHOTS, { recursive: true });
  for (const [width, height, label] of [[1280, 900, "desktop"], [390, 844, "phone"]] as const) {
    await page.setViewportSize({ width, height });
    await page.reload();
    await axe(page);
    if (label === "phone") {
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, "no horizontal scrolling on a phone").toBeLessThanOrEqual(1);
    }
    await page.screenshot({ path: path.join(SHOTS, `certainty-${name}-${label}.png`), fullPage: true });
  }
}

test.beforeAll(() => {
  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) throw new Error("DATABASE_URL is not set: run the e2e tier through `npm test`.");
  const result = spawnSync("npm", ["run", "--silent", "admin:create", "--", "--email", EMAIL, "--name", "Quinn Quality", "--role", "editor"], {
    cwd: ROOT, input: `${PASSWORD}\n`, encoding: "utf8", env: { ...process.env, DATABASE_URL: databaseUrl },
  });
  if (result.status !== 0) throw new Error(`admin:create failed: ${result.stderr}${result.stdout}`);
});

test("an inferred date in a list opens its reasoning from the keyboard, and closes with Escape", async ({ page }) => {
  await page.goto("/agreements");
  await expect(page.getByText("(inferred): a date or place that the source does not state")).toBeVisible();
  const card = page.getByRole("listitem").filter({ hasText: "Osaka Bio Headquarters" }).first();
  const mark = card.getByRole("button", { name: /inferred date: why/ });
  await mark.focus();
  await page.keyboard.press("Enter");
  const note = page.getByRole("note").filter({ hasText: "mardi 8 novembre" });
  await expect(note).toBeVisible();
  await axe(page);
  await page.screenshot({ path: path.join(SHOTS, "certainty-reason-open.png") });
  await page.keyboard.press("Escape");
  await expect(note).toBeHidden();
  await checkAtBothWidths(page, "agreements");
});

test("the reasoning opens without JavaScript too (a native popover)", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/events");
  const card = page.getByRole("listitem").filter({ hasText: "Bio Europe Fall" }).first();
  await card.getByRole("button", { name: /inferred place: why/ }).click();
  await expect(page.getByRole("note").filter({ hasText: "held in Germany" })).toBeVisible();
  await page.getByRole("note").filter({ hasText: "held in Germany" }).getByRole("button", { name: "Close" }).click();
  await expect(page.getByRole("note").filter({ hasText: "held in Germany" })).toBeHidden();
  await context.close();
});

test("the search marks the memorandum's date as inferred, on the page and in the API", async ({ page, request }) => {
  await page.goto("/search?q=bioxclusters&type=agreement");
  const hit = page.getByRole("listitem").filter({ hasText: "Osaka Bio Headquarters" }).first();
  await expect(hit).toContainText("8 November 2016 (inferred");
  await checkAtBothWidths(page, "search");

  const response = await request.get("/api/v1/search?q=bioxclusters&type=agreement");
  expect(response.ok()).toBe(true);
  const body = await response.json();
  const mou = body.results.find((r: { slug: string }) => r.slug === "bioxclusters-plus-osaka-bio-headquarters-mou");
  expect(mou.context).toMatch(/8 November 2016 \(inferred\)$/);
  expect(mou.date).toMatchObject({ value: "2016-11-08", precision: "day", certainty: "inferred", text: "8 November 2016 (inferred)" });
  expect(mou.date.inferredFrom).toContain("mardi 8 novembre");
});

test("a record with no source cited says so on its page and in its list", async ({ page }) => {
  await page.goto("/regions/cologne");
  await expect(page.getByText("No source passage supports this record yet")).toBeVisible();
  await checkAtBothWidths(page, "region-uncited");
  await page.goto("/regions");
  await expect(page.getByRole("listitem").filter({ hasText: /^Cologne/ }).getByText("no source cited")).toBeVisible();
  await checkAtBothWidths(page, "regions");
});

test("the public data-quality report is linked from the footer and lists what is not traced", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("link", { name: "what is not yet traced" }).click();
  await expect(page).toHaveURL(/\/quality$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Data quality");
  const uncited = page.getByRole("region", { name: /No source cited/ });
  await expect(uncited.getByRole("link", { name: "Cologne" })).toBeVisible();
  const inferred = page.getByRole("region", { name: /Inferred dates/ });
  await expect(inferred.getByRole("link", { name: /bioXclusters Plus and Osaka Bio Headquarters/ })).toBeVisible();
  await checkAtBothWidths(page, "quality");
});

test("the admin data-quality report links each record to its form", async ({ page }) => {
  await page.goto("/admin/quality");
  await expect(page).toHaveURL(/\/admin\/sign-in/);
  await page.getByLabel("Email").fill(EMAIL);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/admin(\/quality)?$/, { timeout: 15_000 });
  await page.goto("/admin/quality");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Data quality");
  const link = page.getByRole("region", { name: /No source cited/ }).getByRole("link", { name: "Cologne" });
  await expect(link).toHaveAttribute("href", /^\/admin\/region\/\d+$/);
  await checkAtBothWidths(page, "admin-quality");
});

test("publishing a region with no source cited needs the editor's confirmation", async ({ page }) => {
  await page.goto("/admin/sign-in");
  await page.getByLabel("Email").fill(EMAIL);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/admin$/, { timeout: 15_000 });
  await page.goto("/admin/region/new");
  await page.getByRole("textbox", { name: "Name", exact: true }).fill(`Uncitedshire ${run}`);
  await page.getByLabel("Kind").selectOption("REGION");
  await page.getByLabel("Side").selectOption("EUROPE");
  await page.getByLabel("Country code").fill("FR");
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page).toHaveURL(/\/admin\/region\/\d+\?saved=1/);
  await expect(page.getByText("No source passage is cited for this record")).toBeVisible();
  await page.getByRole("button", { name: "Publish" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "No source passage supports" })).toContainText("Publish without a cited source");
  await checkAtBothWidths(page, "admin-publish-uncited");
  await page.getByRole("checkbox", { name: "Publish without a cited source" }).check();
  await page.getByRole("button", { name: "Publish" }).click();
  await expect(page).toHaveURL(/done=publish/);
  await page.goto(`/regions/uncitedshire-${run}`);
  await expect(page.getByText("No source passage supports this record yet")).toBeVisible();
});

// The other pages whose display changed: axe and screenshots at both widths.
for (const [name, url] of [
  ["home", "/"], ["events", "/events"], ["missions", "/missions"], ["organisations", "/organisations"], ["people", "/people"],
  ["event", "/events/bio-europe-fall-2016"], ["agreement", "/agreements/bioxclusters-plus-osaka-bio-headquarters-mou"],
  ["organisation", "/organisations/veolia"], ["mission", "/missions/bioxclusters-plus-mission-japan-2016"], ["pair", "/pairs/bioxclusters-osaka"],
  ["region", "/regions/osaka-prefecture"],
] as const) {
  test(`${name} (${url}) marks inferred values and passes axe at both widths`, async ({ page }) => {
    await page.goto(url);
    await checkAtBothWidths(page, name);
  });
}
