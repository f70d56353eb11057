import { expect, test } from "@playwright/test";

test("typing searches without a full reload, a facet narrows, the URL is shareable and Back works", async ({ page, browser }) => {
  await page.goto("/search");
  await page.evaluate(() => ((window as unknown as { __marker: number }).__marker = 42));
  await page.getByRole("searchbox", { name: "Search the directory" }).fill("kyoto");
  await expect(page).toHaveURL(/\/search\?q=kyoto$/);
  const results = page.getByRole("region", { name: /results? for “kyoto”/ });
  await expect(results.getByRole("link", { name: "Kyoto Prefecture", exact: true })).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { __marker?: number }).__marker)).toBe(42);

  await page.getByRole("complementary", { name: "Filters" }).getByRole("link", { name: /^Regions\s*\d+$/ }).click();
  await expect(page).toHaveURL(/q=kyoto&type=region/);
  await expect(page.getByRole("heading", { name: /^1 result for “kyoto”/ })).toBeVisible();
  // Facet links are plain links navigated in place (SoftLinks): still no full reload.
  expect(await page.evaluate(() => (window as unknown as { __marker?: number }).__marker)).toBe(42);
  const shared = page.url();

  const other = await browser.newPage();
  await other.goto(shared);
  await expect(other.getByRole("heading", { name: /^1 result for “kyoto”/ })).toBeVisible();
  await other.close();

  await page.goBack();
  await expect(page).toHaveURL(/\/search\?q=kyoto$/);
  await expect(page.getByRole("heading", { name: /results for “kyoto”/ })).toBeVisible();
});

test("a misspelt name shows the results for the closest spelling, and says so", async ({ page }) => {
  await page.goto("/search?q=ocitanie");
  await expect(page.getByRole("heading", { name: /results? for “occitanie”/ })).toBeVisible();
  await expect(page.getByText("Nothing matched “ocitanie” as typed")).toBeVisible();
  await expect(page.getByRole("searchbox", { name: "Search the directory" })).toHaveValue("ocitanie");
  await expect(page.getByRole("region", { name: /for “occitanie”/ }).getByRole("link", { name: "Occitanie", exact: true })).toBeVisible();
  await page.screenshot({ path: "test-results/screenshots/search-corrected.png", fullPage: true });
});

test("the search works with JavaScript disabled (a plain GET form)", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/search?sector=health");
  await page.getByRole("searchbox", { name: "Search the directory" }).fill("osaka");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(/q=osaka/);
  await expect(page).toHaveURL(/sector=health/);
  await expect(page.getByRole("link", { name: /Osaka Bio Headquarters/ }).first()).toBeVisible();
  await context.close();
});

test("no result says so and offers to remove a facet", async ({ page }) => {
  await page.goto("/search?q=kyoto&sector=tourism");
  await expect(page.getByText("Nothing in the directory matches this search.")).toBeVisible();
  await page.getByRole("link", { name: /Remove sector: tourism/ }).click();
  await expect(page).toHaveURL(/\/search\?q=kyoto$/);
});

test("sector and region pages link into the search with their facet set", async ({ page }) => {
  await page.goto("/sectors/health");
  await page.getByRole("link", { name: "Search everything in Health" }).click();
  await expect(page).toHaveURL(/\/search\?sector=health$/);
  await page.goto("/regions/lyon");
  await page.getByRole("link", { name: "Search everything involving Lyon" }).click();
  await expect(page).toHaveURL(/\/search\?region=lyon$/);
  await expect(page.getByRole("link", { name: /Knowledge Capital/ }).first()).toBeVisible();
});

test.describe("GET /api/v1/search over HTTP", () => {
  test("answers JSON with hits, highlights and facets", async ({ request }) => {
    const response = await request.get(`/api/v1/search?q=${encodeURIComponent("京都")}`);
    expect(response.status()).toBe(200);
    const body = await response.json();
    expect(body.results.map((r: { slug: string }) => r.slug)).toContain("kyoto-prefecture");
    expect(body.facets.type.length).toBeGreaterThan(0);
    const sector = await (await request.get("/api/v1/search?sector=health&type=agreement")).json();
    expect(sector.results[0]).toMatchObject({ type: "agreement", slug: "bioxclusters-plus-osaka-bio-headquarters-mou" });
    expect(sector.results[0].url).toMatch(/^http.*\/agreements\/bioxclusters-plus-osaka-bio-headquarters-mou$/);
  });

  test("hostile parameters give a clear answer, never a 500 or a stack trace", async ({ request }) => {
    const queries = [
      `q=${"x".repeat(5_000)}`, "q=%E0%A4%A", "q=%00", "q=%27%3B%20DROP%20TABLE%20x%3B--", "q=%3Cscript%3E", "q=%26%7C!%3A*()",
      "page=-3", "page=999999999999", "sector=nope&sector=nope", "type=planet", "from=abc&to=1e9", "country=%F0%9F%98%80", "kind=&status=",
    ];
    for (const query of queries) {
      const response = await request.get(`/api/v1/search?${query}`);
      expect(response.status(), query.slice(0, 40)).toBe(200);
      const text = await response.text();
      expect(text).not.toMatch(/at .*\.js:\d+|Error:/);
      expect(() => JSON.parse(text)).not.toThrow();
    }
    const page = await request.get(`/search?q=${"y".repeat(5_000)}&page=-1&sector=nope`);
    expect(page.status()).toBe(200);
  });
});
