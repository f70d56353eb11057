import { describe, expect, it } from "vitest";
import { env } from "@/server/env";
import { cachedSearch, SEARCH_CACHE_MAX_BYTES, searchCacheUsage } from "@/server/search/cache";

// The search cache (src/server/search/cache.ts) is bounded by entries and by
// the estimated size of what it holds: a process serving a large directory
// must not grow by its cache without limit (issue 15, "Memory").

/** Caches `value` under `key`; true when it had to be computed (not served from the cache). */
async function put(key: string, value: () => unknown): Promise<boolean> {
  let computed = false;
  await cachedSearch(key, async () => {
    computed = true;
    return value();
  });
  return computed;
}

describe("the search cache's bounds", () => {
  it("holds at most SEARCH_CACHE_MAX_BYTES of results, dropping the least recently used first", async () => {
    const large = (i: number) => ({ i, text: "x".repeat(1 << 20) }); // about 2 MB by the estimate
    const count = Math.ceil(SEARCH_CACHE_MAX_BYTES / (2 << 20)) + 8;
    for (let i = 0; i < count; i++) {
      expect(await put(`large-${i}`, () => large(i))).toBe(true);
      // The first stays in use, so it is the most recently used each time.
      expect(await put("large-0", () => large(0))).toBe(false);
    }
    const usage = searchCacheUsage();
    expect(usage.bytes).toBeLessThanOrEqual(SEARCH_CACHE_MAX_BYTES);
    expect(usage.bytes).toBeGreaterThan(SEARCH_CACHE_MAX_BYTES / 2);
    expect(await put("large-0", () => large(0))).toBe(false);
    expect(await put(`large-${count - 1}`, () => large(count - 1))).toBe(false);
    expect(await put("large-1", () => large(1))).toBe(true);
  });

  it("holds at most SEARCH_CACHE_SIZE entries", async () => {
    const size = env().SEARCH_CACHE_SIZE;
    for (let i = 0; i < size + 20; i++) await put(`small-${i}`, () => ({ i }));
    expect(searchCacheUsage().entries).toBe(size);
    expect(await put("small-0", () => ({ i: 0 }))).toBe(true);
    expect(await put(`small-${size + 19}`, () => ({ i: size + 19 }))).toBe(false);
  });
});
