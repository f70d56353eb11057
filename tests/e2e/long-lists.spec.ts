import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import path from "node:path";
import { createAccount, ROOT, startInstance } from "./support/instance";

// When a type has more records than ADMIN_SELECT_LIMIT (100,000 organisations),
// the admin forms do not list them all: the editor types and picks from the
// matches. An instance with the limit set to 3 makes the seed's lists "long".

const run = Date.now().toString(36);
const EMAIL = `lists.${run}@example.org`;
const PASSWORD = `long lists ${run} short forms`;
let instance: { url: string; stop: () => void } | null = null;

test.describe.configure({ mode: "serial", timeout: 120_000 });

test.beforeAll(async () => {
  createAccount(EMAIL, PASSWORD, { name: "Lena Lists" });
  instance = await startInstance({ ADMIN_SELECT_LIMIT: "3" });
});

test.afterAll(() => instance?.stop());

async function signIn(page: Page, base: string) {
  await page.goto(`${base}/admin/sign-in`);
  await page.getByLabel("Email address").fill(EMAIL);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/admin$/, { timeout: 15_000 });
}

test("a reference to one of many records is found by typing, saved, and shown again by name", async ({ page }) => {
  const base = instance!.url;
  await signIn(page, base);

  await page.goto(`${base}/admin/agreement/new`);
  await page.getByRole("textbox", { name: "Title", exact: true }).fill(`Long-list accord ${run}`);
  await page.getByLabel("Kind").selectOption("OTHER");
  await page.getByRole("combobox", { name: "Status", exact: true }).selectOption("ANNOUNCED");
  // Sectors stay checkboxes, every one of them, however long the list.
  await expect(page.getByRole("checkbox", { name: /Biotechnology/ })).toBeVisible();
  const party = page.getByRole("combobox", { name: "Region or organisation (row 1)" });
  await party.fill("lyonbio");
  await expect(page.getByRole("option", { name: /Lyonbiopôle/ })).toBeVisible();
  await page.keyboard.press("ArrowDown");
  await page.getByRole("option", { name: /Lyonbiopôle/ }).click();
  await expect(party).toHaveValue(/Lyonbiopôle/);
  await page.getByLabel("Role (row 1)").selectOption("PARTNER");
  // Accents and case do not matter: "KYOTO PREFECTURE" finds the region by its name.
  const place = page.getByRole("combobox", { name: "Signed in" });
  await place.fill("KYOTO PREF");
  await page.getByRole("option", { name: /Kyoto Prefecture/ }).click();
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);
  await page.screenshot({ path: path.join(ROOT, "test-results/screenshots/admin-long-lists.png"), fullPage: true });

  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page).toHaveURL(/\/admin\/agreement\/\d+\?saved=1/);
  await expect(page.getByRole("combobox", { name: "Region or organisation (row 1)" })).toHaveValue(/Lyonbiopôle/);
  await expect(page.getByRole("combobox", { name: "Signed in" })).toHaveValue(/Kyoto Prefecture/);
});

test("the options API answers signed-in editors only, and checks its parameters", async ({ request }) => {
  const base = instance!.url;
  expect((await request.get(`${base}/api/v1/admin/options?target=region&q=kyoto`)).status()).toBe(401);
});

test("citing a passage for one of many records: choose the kind, then search the record", async ({ page }) => {
  const base = instance!.url;
  await signIn(page, base);
  await page.goto(`${base}/admin/source?q=bioxclusters`);
  await page.getByRole("main").getByRole("table").getByRole("link").first().click();
  const article = (await page.getByRole("region", { name: "Article text" }).innerText()).replace(/\s+/g, " ");
  const passage = article.slice(0, 200).split(" ").slice(2, 12).join(" ");
  await page.getByRole("textbox", { name: "Passage" }).fill(passage);
  await page.getByLabel("Kind of record").selectOption("agreement");
  await page.getByRole("combobox", { name: "Supports the record" }).fill(`Long-list accord ${run}`);
  await page.getByRole("option", { name: new RegExp(`Long-list accord ${run}`) }).click();
  await page.getByRole("button", { name: "Add citation" }).click();
  await expect(page.getByText("Citation added.")).toBeVisible();
});
