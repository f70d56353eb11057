import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";

// One page of each type, checked with axe (no serious or critical violation),
// at desktop and phone widths, with a screenshot of each kept under
// test-results/screenshots/ to look at.
const PAGES: [string, string][] = [
  ["home", "/"],
  ["regions", "/regions"],
  ["region", "/regions/lyon"],
  ["agreements", "/agreements"],
  ["agreement", "/agreements/knowledge-capital-tuba-accord-2016"],
  ["agreement-bioxclusters", "/agreements/bioxclusters-plus-osaka-bio-headquarters-mou"],
  ["missions", "/missions"],
  ["mission", "/missions/lyon-mission-japan-2016"],
  ["events", "/events"],
  ["event", "/events/eu-japan-region-to-region-seminar"],
  ["organisations", "/organisations"],
  ["organisation", "/organisations/lyonbiopole"],
  ["sectors", "/sectors"],
  ["sector", "/sectors/health"],
  ["sources", "/sources"],
  ["source", "/sources/lyon-mission-japan-2016-journal-eco"],
  ["people", "/people"],
  ["person", "/people/carole-delga"],
  ["pairs", "/pairs"],
  ["pair", "/pairs/lyon-tokyo"],
  ["search", "/search?q=kyoto"],
  ["search-empty", "/search?q=kyoto&sector=tourism"],
  ["search-corrected", "/search?q=ocitanie"],
  ["quality", "/quality"],
  ["not-found", "/regions/atlantis"],
];

for (const [name, path] of PAGES) {
  test(`${name} page (${path}) has a title, a description, a canonical URL and passes axe`, async ({ page }) => {
    const response = await page.goto(path);
    expect(response?.status()).toBeLessThan(name === "not-found" ? 500 : 400);
    await expect(page.locator("h1")).toHaveCount(1);
    if (name !== "not-found") {
      await expect(page).toHaveTitle(/Kizuna/);
      await expect(page.locator('meta[name="description"]')).toHaveAttribute("content", /.{20,}/);
      const pathname = path.split("?")[0];
      const canonical = pathname === "/" ? /^https?:\/\/[^/]+\/?$/ : new RegExp(`^https?://[^/]+${pathname.replace(/[/-]/g, "\\$&")}$`);
      await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", canonical);
    }
    const results = await new AxeBuilder({ page }).analyze();
    const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
    expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")})`)).toEqual([]);
    await page.evaluate(() => document.fonts.ready);
    await page.screenshot({ path: `test-results/screenshots/${name}-desktop.png`, fullPage: true });

    await page.setViewportSize({ width: 390, height: 844 });
    await page.reload();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, "no horizontal scrolling on a phone").toBeLessThanOrEqual(1);
    await page.evaluate(() => document.fonts.ready);
    await page.screenshot({ path: `test-results/screenshots/${name}-phone.png`, fullPage: true });
  });
}
