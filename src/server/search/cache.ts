import "server-only";
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
// Least recently used entries go first beyond SEARCH_CACHE_SIZE entries (0
// turns the cache off); an entry is also dropped after MAX_AGE_MS, so that
// memory does not hold on to a burst of one-off queries for ever.

const MAX_AGE_MS = 10 * 60_000;

type Entry<T> = { generation: string; at: number; value: T };

const globalForCache = globalThis as unknown as { kizunaSearchCache?: Map<string, Entry<unknown>>; kizunaSearchCacheStats?: CacheStats };

export type CacheStats = { hits: number; misses: number };

function store(): Map<string, Entry<unknown>> {
  globalForCache.kizunaSearchCache ??= new Map();
  return globalForCache.kizunaSearchCache;
}

/** Hits and misses since the process started (tests and diagnostics). */
export function searchCacheStats(): CacheStats {
  globalForCache.kizunaSearchCacheStats ??= { hits: 0, misses: 0 };
  return globalForCache.kizunaSearchCacheStats;
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
  const entries = store();
  const stats = searchCacheStats();
  const entry = entries.get(key);
  if (entry && entry.generation === generation && Date.now() - entry.at < MAX_AGE_MS) {
    // Re-inserted, so that the Map's order is the order of last use.
    entries.delete(key);
    entries.set(key, entry);
    stats.hits++;
    return entry.value as T;
  }
  stats.misses++;
  const value = await compute();
  entries.delete(key);
  entries.set(key, { generation, at: Date.now(), value });
  while (entries.size > size) entries.delete(entries.keys().next().value!);
  return value;
}
