import { describe, expect, it } from "vitest";
import { parseSearchParams } from "@/lib/search-params";
import { searchCacheStats, searchGeneration } from "@/server/search/cache";
import { refreshSearch, search } from "@/server/search/queries";
import { withPg } from "../support/db";

// The search cache (src/server/search/cache.ts): a repeated search is served
// from memory while the search generation stands, and runs again as soon as a
// write to what searches read has committed, whichever process made it.

const find = (raw: Record<string, string>) => search(parseSearchParams(raw).params);

describe("the search cache", () => {
  it("serves a repeated search from memory", async () => {
    const first = await find({ q: "kyoto", type: "region" });
    const { hits, misses } = searchCacheStats();
    const again = await find({ q: "kyoto", type: "region" });
    expect(again).toBe(first);
    expect(searchCacheStats()).toEqual({ hits: hits + 1, misses });
    // Other parameters are another entry.
    expect(await find({ q: "kyoto", type: "region", page: "2" })).not.toBe(first);
  });

  it("runs the search again once search documents were rebuilt, and not after a rolled-back write", async () => {
    const first = await find({ q: "kyoto" });
    const kyoto = await withPg(async (c) => (await c.query<{ id: number }>(`SELECT id FROM "Region" WHERE slug = 'kyoto-prefecture'`)).rows[0].id);

    const generation = await searchGeneration();
    await withPg(async (c) => {
      await c.query("BEGIN");
      await c.query(`SELECT kizuna_search_refresh('REGION', $1::int[])`, [[kyoto]]);
      await c.query("ROLLBACK");
    });
    expect(await searchGeneration()).toBe(generation);
    expect(await find({ q: "kyoto" })).toBe(first);

    await refreshSearch("REGION", [kyoto]);
    expect(await searchGeneration()).not.toBe(generation);
    const after = await find({ q: "kyoto" });
    expect(after).not.toBe(first);
    expect(after).toEqual(first);
  });

  it("shows a renamed region at once, as another process would have written it", async () => {
    const before = await find({ region: "kyoto-prefecture" });
    const label = () => before.facets.region.find((v) => v.value === "kyoto-prefecture")?.label;
    expect(label()).toBe("Kyoto Prefecture");
    // A plain SQL write on another connection: only the generation tells this process.
    await withPg((c) => c.query(`UPDATE "Region" SET name = 'Kyoto Prefecture (renamed)' WHERE slug = 'kyoto-prefecture'`));
    try {
      const after = await find({ region: "kyoto-prefecture" });
      expect(after.facets.region.find((v) => v.value === "kyoto-prefecture")?.label).toBe("Kyoto Prefecture (renamed)");
    } finally {
      await withPg((c) => c.query(`UPDATE "Region" SET name = 'Kyoto Prefecture' WHERE slug = 'kyoto-prefecture'`));
    }
  });
});
