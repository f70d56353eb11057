import { expect, test } from "@playwright/test";

test("a visitor goes from the home page to Lyon, the Knowledge Capital–TUBA accord and its source", async ({ page }) => {
  await page.goto("/");
  await expect(page).toHaveTitle(/Kizuna/);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Regions" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Regions" })).toBeVisible();

  await page.getByRole("link", { name: "Lyon", exact: true }).click();
  await expect(page).toHaveURL(/\/regions\/lyon$/);
  await expect(page.getByRole("heading", { level: 1, name: "Lyon" })).toBeVisible();

  await page.getByRole("link", { name: /Knowledge Capital.*TUBA/ }).first().click();
  await expect(page).toHaveURL(/\/agreements\/knowledge-capital-tuba-accord-2016$/);
  const parties = page.getByRole("region", { name: /Parties/ });
  await expect(parties.getByRole("link", { name: "Knowledge Capital" })).toBeVisible();
  await expect(parties.getByRole("link", { name: /TUBA/ }).first()).toBeVisible();
  // The day is not in the source: the page must not invent one.
  await expect(page.getByText(/2016 \(inferred:/).first()).toBeVisible();

  const sources = page.getByRole("region", { name: /^Sources/ });
  await expect(sources.locator("blockquote").first()).toContainText("Knowledge Capital");
  await sources.getByRole("link").first().click();
  await expect(page).toHaveURL(/\/sources\//);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Lyon");
  await expect(page.getByRole("region", { name: "Full text of the source" })).toContainText("Gérard Collomb");
});

test("each flagship pair has a page that is truthful about what links its sides", async ({ page }) => {
  await page.goto("/pairs/lyon-tokyo");
  await expect(page.getByRole("heading", { level: 1, name: "Lyon–Tokyo" })).toBeVisible();
  await expect(page.getByText("The sources report no agreement with a party on each side.")).toBeVisible();
  await expect(page.getByRole("region", { name: /Also signed during these missions/ }).getByRole("link", { name: /Knowledge Capital/ }).first()).toBeVisible();
  await expect(page.getByRole("region", { name: /^Events/ }).getByRole("link", { name: /ONLY LYON/ })).toBeVisible();

  await page.goto("/pairs/occitanie-kyoto");
  await expect(page.getByRole("region", { name: /^Agreements between/ }).getByRole("link", { name: /Kyoto/ }).first()).toBeVisible();

  await page.goto("/pairs/bioxclusters-osaka");
  await expect(page.getByRole("region", { name: /^Agreements between/ }).getByRole("link", { name: /Osaka Bio Headquarters/ }).first()).toBeVisible();
});

test("the bioXclusters agreement shows its inferred year and its two-year term", async ({ page }) => {
  await page.goto("/agreements/bioxclusters-plus-osaka-bio-headquarters-mou");
  await expect(page.getByText("8 November 2016", { exact: true })).toBeVisible();
  await expect(page.getByText(/inferred:.*Tuesday/).first()).toBeVisible();
  await expect(page.getByText("2 years")).toBeVisible();
});

test("an unknown record is a real 404 page", async ({ page }) => {
  for (const path of ["/regions/atlantis", "/agreements/nothing-here", "/pairs/paris-mars", "/no-such-page"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole("heading", { name: "This page is not in the directory" })).toBeVisible();
  }
});

test("bad query parameters are reported, never an error page", async ({ page, request }) => {
  const response = await page.goto("/agreements?year=20x6&page=-4&kind=TREATY&region=%3Cscript%3E&sector=biotech");
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("status")).toContainText("Ignored a filter value that is not valid");
  await expect(page.getByText(/agreements? match these filters/)).toBeVisible();

  const unknown = await page.goto("/agreements?region=atlantis");
  expect(unknown?.status()).toBe(200);
  await expect(page.getByRole("status")).toContainText('region "atlantis" is not in the directory');

  for (const query of ["?year=%E0%A4%A", "?page=99999999999999999999", "?region=a&region=b", "?country=%00"]) {
    const res = await request.get(`/agreements${query}`);
    expect(res.status(), query).toBeLessThan(500);
  }
});

test("the agreements filters narrow the list and keep the state in the URL", async ({ page }) => {
  await page.goto("/agreements");
  await page.getByRole("combobox", { name: "Sector" }).selectOption("health");
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/sector=health/);
  await expect(page.getByRole("link", { name: /bioXclusters Plus/i }).first()).toBeVisible();
  await expect(page.getByRole("link", { name: /Joint declaration|joint declaration/i })).toHaveCount(0);
});

test("malformed addresses get a clear 4xx page, never a 500", async ({ request }) => {
  const cases: [string, number][] = [
    ["/regions/%E0%A4%A", 400],
    ["/regions/%00", 404],
    ["/agreements/%3Cscript%3Ealert(1)%3C%2Fscript%3E", 404],
    ["/people/%F0%9F%98%80", 404],
    [`/regions/${"a".repeat(3000)}`, 404],
    ["/sources/..%2F..%2Fetc%2Fpasswd", 404],
  ];
  for (const [path, status] of cases) {
    const response = await request.get(path);
    expect(response.status(), path.slice(0, 60)).toBe(status);
    expect(await response.text()).not.toContain("Internal Server Error");
  }
});
