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

describe("the search generation under concurrent writes", () => {
  it("a region's save and an agreement's save that rebuild the same document queue, and neither fails", async () => {
    const { region, agreement } = await withPg(async (c) => (await c.query<{ region: number; agreement: number }>(`
      SELECT ap."regionId" AS region, ap."agreementId" AS agreement FROM "AgreementParty" ap
      JOIN "Region" g ON g.id = ap."regionId" WHERE g.slug = 'kyoto-prefecture' LIMIT 1`)).rows[0]);
    await withPg(async (first) => withPg(async (second) => {
      await first.query("BEGIN");
      // As a region's save (src/server/admin/records.ts): the region row, then the documents of its agreements.
      await first.query(`UPDATE "Region" SET "updatedAt" = "updatedAt" WHERE id = $1`, [region]);
      // As an agreement's save at the same time, with the statements of refreshSearch(): the
      // generation row, then its own document.
      await second.query("BEGIN");
      const pid = (await second.query<{ pid: number }>("SELECT pg_backend_pid() AS pid")).rows[0].pid;
      const waiting = (async () => {
        await second.query(`UPDATE "SearchState" SET generation = generation + 1`);
        await second.query(`SELECT kizuna_search_refresh('AGREEMENT', $1::int[])`, [[agreement]]);
        await second.query("COMMIT");
        return "done";
      })();
      for (let i = 0; ; i++) {
        const { rows } = await first.query<{ w: string | null }>(`SELECT wait_event_type AS w FROM pg_stat_activity WHERE pid = $1`, [pid]);
        if (rows[0]?.w === "Lock") break;
        if (i === 200) throw new Error("the second save never waited for the first");
        await new Promise((r) => setTimeout(r, 25));
      }
      await first.query(`SELECT kizuna_search_refresh('AGREEMENT', $1::int[])`, [[agreement]]);
      await first.query("COMMIT");
      expect(await waiting).toBe("done");
    }));
    const { rows } = await withPg((c) => c.query<{ n: number }>(`SELECT count(*)::int AS n FROM "SearchDocument" WHERE "recordType" = 'AGREEMENT' AND "recordId" = $1`, [agreement]));
    expect(rows[0].n).toBe(1);
  });
});
