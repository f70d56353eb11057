import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { spawnSync } from "node:child_process";
import path from "node:path";

// What an editor does, in Chromium against the built app: an admin made with
// the command signs in, pastes a source, adds two regions and an agreement
// between them with a citation, publishes it, finds it on the public site and
// in search, edits it, restores the earlier revision, deletes and restores it.
// Names carry a per-run suffix so the spec can run twice on one database.

const ROOT = path.resolve(import.meta.dirname, "../..");
const run = Date.now().toString(36);
const EMAIL = `erika.${run}@example.org`;
const PASSWORD = `violet lantern ${run} harbour`;
const SHOTS = path.join(ROOT, "test-results/screenshots");

// One flow in steps that build on each other; a step clicks through a dozen
// pages, so it gets more than the default 30 s before it counts as hung.
test.describe.configure({ mode: "serial", timeout: 120_000 });

async function shoot(page: Page, name: string) {
  await page.screenshot({ path: path.join(SHOTS, `admin-${name}.png`), fullPage: true });
}

async function axe(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

async function signIn(page: Page) {
  await page.goto("/admin/sign-in");
  await page.getByLabel("Email").fill(EMAIL);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  // Other specs' failed sign-ins from this machine's IP can make the server wait before answering (throttling).
  await expect(page).toHaveURL(/\/admin$/, { timeout: 15_000 });
}

async function newSignedInPage(browser: Browser): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page);
  return page;
}

/** Saves the form and returns the new record's id from the address it lands on. */
async function save(page: Page, button = "Save draft"): Promise<number> {
  await page.getByRole("button", { name: button }).click();
  await expect(page).toHaveURL(/\/admin\/\w+\/\d+\?saved=1/);
  return Number(new URL(page.url()).pathname.split("/")[3]);
}

async function publish(page: Page) {
  // A record with no cited source asks for the editor's confirmation first.
  const confirmUncited = page.getByRole("checkbox", { name: "Publish without a cited source" });
  if (await confirmUncited.isVisible()) await confirmUncited.check();
  await page.getByRole("button", { name: "Publish" }).click();
  await expect(page).toHaveURL(/done=publish/);
  await expect(page.getByText("Published: the public site and search show it now.")).toBeVisible();
}

const region = { europe: `Testelande ${run}`, japan: `Mirai ${run}` };
const agreementTitle = `Testelande–Mirai hydrogen memorandum ${run}`;
const passage = `the Region of Testelande ${run} and Mirai Prefecture signed a memorandum of understanding on hydrogen`;
let agreementId = 0;

test.beforeAll(() => {
  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) throw new Error("DATABASE_URL is not set: run the e2e tier through `npm test`.");
  const result = spawnSync("npm", ["run", "--silent", "admin:create", "--", "--email", EMAIL, "--name", "Erika Editor"], {
    cwd: ROOT, input: `${PASSWORD}\n`, encoding: "utf8", env: { ...process.env, DATABASE_URL: databaseUrl },
  });
  if (result.status !== 0) throw new Error(`admin:create failed: ${result.stderr}${result.stdout}`);
});

test("admin pages need a session: signed out, they lead to the sign-in page", async ({ page }) => {
  for (const url of ["/admin", "/admin/agreement", "/admin/agreement/new", "/admin/region/1", "/admin/region/1/history", "/admin/trash", "/admin/audit", "/admin/users"]) {
    await page.goto(url);
    await expect(page, url).toHaveURL(/\/admin\/sign-in/);
  }
});

test("an editor pastes a source, adds a pair of regions and an agreement with a citation, and publishes it", async ({ page }) => {
  await signIn(page);
  await axe(page);
  await shoot(page, "dashboard");

  // The source, pasted.
  await page.goto("/admin/source/new");
  await page.getByLabel("Title").fill(`Testelande and Mirai sign a hydrogen pact ${run}`);
  await expect(page.getByLabel("Slug")).toHaveValue(/^testelande-and-mirai-sign-a-hydrogen-pact/);
  await page.getByLabel("Publisher").fill("Kizuna test wire");
  await page.getByLabel("Language").fill("en");
  await page.getByLabel("Kind").selectOption("NEWS");
  await page.getByLabel("URL").fill("https://example.org/testelande-mirai");
  await page.locator('[name="published.value"]').fill("2026-03-12");
  await page.getByLabel("Full text").fill(
    `On 12 March 2026 in Kyoto, ${passage}. The governors said the agreement builds on Lyon's cooperation with Japan.`,
  );
  await expect(page.getByRole("region", { name: "Mentioned in the text" })).toContainText("Kyoto");
  await axe(page);
  await shoot(page, "source-new");
  const sourceId = await save(page);
  await publish(page);

  // Two regions, one each side.
  for (const [name, side, country, kind] of [[region.europe, "EUROPE", "FR", "REGION"], [region.japan, "JAPAN", "JP", "PREFECTURE"]] as const) {
    await page.goto("/admin/region/new");
    await page.getByRole("textbox", { name: "Name", exact: true }).fill(name);
    await page.getByLabel("Kind").selectOption(kind);
    await page.getByLabel("Side").selectOption(side);
    await page.getByLabel("Country code").fill(country);
    await save(page);
    await publish(page);
  }

  // The agreement between them.
  await page.goto("/admin/agreement/new");
  await page.getByRole("textbox", { name: "Title", exact: true }).fill(agreementTitle);
  await page.getByLabel("Kind").selectOption("MEMORANDUM_OF_UNDERSTANDING");
  await page.getByRole("combobox", { name: "Status", exact: true }).selectOption("SIGNED");
  await page.getByLabel("Region or organisation (row 1)").selectOption({ label: `${region.europe} (FR)` });
  await page.getByLabel("Role (row 1)").selectOption("SIGNATORY");
  await page.getByRole("button", { name: "Add a party" }).click();
  await page.getByLabel("Region or organisation (row 2)").selectOption({ label: `${region.japan} (JP)` });
  await page.getByLabel("Role (row 2)").selectOption("SIGNATORY");
  await page.locator('[name="signed.value"]').fill("2026-03");
  await expect(page.getByText("Precision: month.")).toBeVisible();
  await axe(page);
  await shoot(page, "agreement-new");
  agreementId = await save(page);
  await shoot(page, "agreement-edit");

  // The citation, picked from the source.
  await page.goto(`/admin/source/${sourceId}`);
  // Select the passage in the article, as an editor does with the mouse.
  const article = page.getByRole("region", { name: "Article text" });
  await article.evaluate((element, wanted) => {
    const node = element.firstChild!;
    const start = node.textContent!.indexOf(wanted);
    window.getSelection()!.setBaseAndExtent(node, start, node, start + wanted.length);
    element.dispatchEvent(new MouseEvent("mouseup", { bubbles: true }));
  }, passage);
  await expect(page.getByRole("textbox", { name: "Passage" })).toHaveValue(passage);
  await page.getByLabel("Supports the record").selectOption({ label: `${agreementTitle} (draft)` });
  await page.getByLabel("Which part of it").selectOption({ label: "parties" });
  await page.getByRole("button", { name: "Add citation" }).click();
  await expect(page.getByText("Citation added.")).toBeVisible();
  await axe(page);
  await shoot(page, "source-cite");

  // A draft is not public, but an editor can preview it as the public will see it.
  const publicPath = `/agreements/${agreementTitle.toLowerCase().replace(/[^a-z0-9]+/g, "-")}`;
  const anonymous = await (await page.context().browser()!.newContext()).newPage();
  expect((await anonymous.goto(publicPath))?.status()).toBe(404);
  await page.goto(`/admin/agreement/${agreementId}`);
  await page.getByRole("link", { name: "Preview as the public will see it" }).click();
  await expect(page).toHaveURL(new RegExp(`${publicPath}$`));
  await expect(page.getByRole("status").filter({ hasText: "Preview of a draft" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(agreementTitle);
  await shoot(page, "preview");
  expect((await anonymous.goto(publicPath))?.status()).toBe(404);
  await page.getByRole("link", { name: "Back to editing" }).click();

  // Published, it is on the region page and in search.
  await expect(page).toHaveURL(new RegExp(`/admin/agreement/${agreementId}$`));
  await expect(page.locator('[name="citations.0.quote"]')).toHaveValue(passage);
  await publish(page);
  await page.goto(`/regions/testelande-${run}`);
  // In its agreements (the partner regions name it too).
  await expect(page.getByRole("region", { name: /^Agreements/ }).getByRole("link", { name: agreementTitle })).toBeVisible();
  await page.goto(`/search?q=${encodeURIComponent(`hydrogen memorandum ${run}`)}`);
  await expect(page.getByRole("link", { name: agreementTitle })).toBeVisible();
  await page.goto(publicPath);
  await expect(page.getByText(passage)).toBeVisible();
});

test("an edit can be undone by restoring the earlier revision, and a deleted agreement comes back from the trash", async ({ page }) => {
  await signIn(page);
  await page.goto(`/admin/agreement/${agreementId}`);
  await page.getByRole("textbox", { name: "Title", exact: true }).fill(`${agreementTitle} (amended)`);
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page).toHaveURL(/saved=1/);

  await page.getByRole("link", { name: "History" }).click();
  await expect(page.getByRole("cell", { name: `${agreementTitle} (amended)` })).toBeVisible();
  await axe(page);
  await shoot(page, "history");
  // Version 3 is the published agreement before the edit (1 created, 2 cited, 3 published, 4 edited).
  await page.getByRole("button", { name: "Restore version 3" }).click();
  await expect(page).toHaveURL(/done=revert/);
  await expect(page.getByRole("textbox", { name: "Title", exact: true })).toHaveValue(agreementTitle);

  page.on("dialog", (dialog) => dialog.accept());
  await page.getByRole("button", { name: "Delete" }).click();
  await expect(page).toHaveURL(/\/admin\/trash/);
  const response = await page.goto(`/agreements/${agreementTitle.toLowerCase().replace(/[^a-z0-9]+/g, "-")}`);
  expect(response?.status()).toBe(404);

  await page.goto("/admin/trash");
  await axe(page);
  await shoot(page, "trash");
  await page.getByRole("row", { name: new RegExp(agreementTitle) }).getByRole("button", { name: "Restore" }).click();
  await expect(page).toHaveURL(/done=restore/);
  await expect(page.getByText("Published", { exact: true })).toBeVisible();
  await page.goto(`/regions/testelande-${run}`);
  // In its agreements (the partner regions name it too).
  await expect(page.getByRole("region", { name: /^Agreements/ }).getByRole("link", { name: agreementTitle })).toBeVisible();
});

test("a region that an agreement uses cannot be deleted, and the refusal says what uses it", async ({ page }) => {
  await signIn(page);
  await page.goto(`/admin/region?q=${encodeURIComponent(region.europe)}`);
  await page.getByRole("link", { name: region.europe, exact: true }).click();
  page.on("dialog", (dialog) => dialog.accept());
  await page.getByRole("button", { name: "Delete" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toContainText(`Agreement (party): ${agreementTitle}`);
});

test("two editors save the same agreement: the second gets the conflict view and loses nothing", async ({ browser }) => {
  const first = await newSignedInPage(browser);
  const second = await newSignedInPage(browser);
  await first.goto(`/admin/agreement/${agreementId}`);
  await second.goto(`/admin/agreement/${agreementId}`);

  await first.getByLabel("Summary").fill("Summary written by the first editor.");
  await first.getByRole("button", { name: "Save", exact: true }).click();
  await expect(first).toHaveURL(/saved=1/);

  await second.getByLabel("Summary").fill("Summary written by the second editor.");
  await second.getByRole("button", { name: "Save", exact: true }).click();
  const conflict = second.getByRole("region", { name: /Saved meanwhile by Erika Editor/ });
  await expect(conflict).toBeVisible();
  await expect(conflict.getByRole("row", { name: /Summary/ })).toContainText("Summary written by the second editor.");
  await expect(conflict.getByRole("row", { name: /Summary/ })).toContainText("Summary written by the first editor.");
  await expect(second.getByLabel("Summary")).toHaveValue("Summary written by the second editor.");
  await axe(second);
  await shoot(second, "conflict");

  // Saving again, knowingly, replaces the other version (which stays in the history).
  await second.getByRole("button", { name: "Save my version over theirs" }).click();
  await expect(second).toHaveURL(/saved=1/);
  await expect(second.getByLabel("Summary")).toHaveValue("Summary written by the second editor.");
});

test("a form with mistakes keeps what was typed and says what is wrong next to each field", async ({ page }) => {
  await signIn(page);
  await page.goto("/admin/agreement/new");
  await page.getByRole("textbox", { name: "Title", exact: true }).fill("<script>alert(1)</script> A pact");
  await page.getByLabel("Slug").fill("Not A Slug!");
  await expect(page.getByLabel("Slug")).toHaveValue("Not A Slug!");
  await page.locator('[name="starts.value"]').fill("2020-05");
  await page.locator('[name="ends.value"]').fill("2019");
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toContainText("Some fields need attention.");
  await expect(page.getByText("Slug: lower-case letters, digits and single hyphens only", { exact: false }).first()).toBeVisible();
  await expect(page.getByText("The end is before the start.").first()).toBeVisible();
  await expect(page.getByText("Add at least one party.").first()).toBeVisible();
  await expect(page.getByRole("textbox", { name: "Title", exact: true })).toHaveValue("<script>alert(1)</script> A pact");
  await expect(page.getByLabel("Slug")).toHaveAttribute("aria-invalid", "true");
  await axe(page);
  await shoot(page, "form-errors");
});

test("stored <script> and javascript: URLs are shown as inert text on public and admin pages", async ({ page }) => {
  // Written straight into the database, as an import or an older version of the app might have.
  const { default: pg } = await import("pg");
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  const slug = `xss-probe-${run}`;
  const name = `<script>window.__xss = 1</script><img src=x onerror="window.__xss = 2"> Probe ${run}`;
  const { rows } = await client.query<{ id: number }>(
    `INSERT INTO "Organisation" (slug, name, kind, website, summary, status, "updatedAt") VALUES ($1, $2, 'OTHER', 'javascript:window.__xss=3', $2, 'PUBLISHED', now()) RETURNING id`,
    [slug, name],
  );
  await client.end();

  await page.goto(`/organisations/${slug}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
  expect(await page.locator('a[href^="javascript:"]').count()).toBe(0);
  await signIn(page);
  await page.goto(`/admin/organisation/${rows[0].id}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
  await expect(page.getByRole("textbox", { name: "Name", exact: true })).toHaveValue(name);
  await page.goto(`/admin/organisation?q=${encodeURIComponent(`Probe ${run}`)}`);
  await expect(page.getByRole("link", { name: new RegExp(`Probe ${run}`) }).first()).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
});
