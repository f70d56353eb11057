import "server-only";
import { LRUCache } from "lru-cache";
import { db } from "../db";
import { env } from "../env";

// Search results, kept in this process under the search generation they were
// computed at ("SearchState", migration 20261201010000_search_generation: it
// changes in the same transaction as every search document, sector and
// region). A repeated search (the links from sector and region pages, a
// popular query, the back button) costs one read of that row instead of the
// search's two statements, and a result is never served once the database
// says otherwise: every instance on the database reads the same row, so an
// edit made through another instance is seen at once.
//
// The generation is read before the search runs. A write that commits while
// the search runs may then be in a result stored under the older number; that
// entry is simply never read again, since every later request reads the newer
// number.
//
// Bounded three ways (lru-cache): at most SEARCH_CACHE_SIZE entries (0 turns
// the cache off), at most SEARCH_CACHE_MAX_BYTES of results by an estimate of their size
// (a page of a large directory's results, with long facet lists, is many times
// one of the seed's), least recently used going first; and an entry is dropped
// after MAX_AGE_MS, so that memory does not hold on to a burst of one-off
// queries for ever. docs/benchmarks.md ("Memory") has what this costs.

const MAX_AGE_MS = 10 * 60_000;
export const SEARCH_CACHE_MAX_BYTES = 32 * 1024 * 1024;

type Entry = { generation: string; value: unknown };

/**
 * The heap a result takes, roughly: twice its JSON length. V8 keeps many
 * small objects and strings per result (hits, highlight segments, facet
 * values); `npm run bench:memory` measured 1.5 bytes of heap per byte of JSON
 * (docs/benchmarks-memory.md), and the estimate errs on the large side.
 */
export function approximateBytes(value: unknown): number {
  return Math.max(1, 2 * (JSON.stringify(value)?.length ?? 0));
}

const globalForCache = globalThis as unknown as { kizunaSearchCache?: LRUCache<string, Entry>; kizunaSearchCacheStats?: CacheStats };

export type CacheStats = { hits: number; misses: number };

function store(size: number): LRUCache<string, Entry> {
  if (globalForCache.kizunaSearchCache?.max !== size) {
    globalForCache.kizunaSearchCache = new LRUCache<string, Entry>({
      max: size,
      maxSize: SEARCH_CACHE_MAX_BYTES,
      sizeCalculation: (entry) => approximateBytes(entry.value),
      ttl: MAX_AGE_MS,
    });
  }
  return globalForCache.kizunaSearchCache;
}

/** Hits and misses since the process started (tests and diagnostics). */
export function searchCacheStats(): CacheStats {
  globalForCache.kizunaSearchCacheStats ??= { hits: 0, misses: 0 };
  return globalForCache.kizunaSearchCacheStats;
}

/** How much the cache holds now: entries, and bytes by approximateBytes() (tests and diagnostics). */
export function searchCacheUsage(): { entries: number; bytes: number } {
  const cache = globalForCache.kizunaSearchCache;
  return { entries: cache?.size ?? 0, bytes: cache?.calculatedSize ?? 0 };
}

export async function searchGeneration(): Promise<string> {
  const [row] = await db().$queryRaw<{ generation: bigint | string | number }[]>`SELECT generation FROM "SearchState"`;
  return String(row.generation);
}

/**
 * The value cached under `key` at the current generation, or `compute()`'s,
 * stored for the next caller. Callers must treat the value as read-only: it is
 * shared by every request that hits it.
 */
export async function cachedSearch<T>(key: string, compute: () => Promise<T>): Promise<T> {
  const size = env().SEARCH_CACHE_SIZE;
  if (size === 0) return compute();
  const generation = await searchGeneration();
  const entries = store(size);
  const stats = searchCacheStats();
  // A hit also makes the entry the most recently used.
  const entry = entries.get(key);
  if (entry && entry.generation === generation) {
    stats.hits++;
    return entry.value as T;
  }
  stats.misses++;
  const value = await compute();
  entries.set(key, { generation, value });
  return value;
}
