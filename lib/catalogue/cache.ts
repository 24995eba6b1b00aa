import type { Db } from "@/db";
import { config } from "@/lib/config";
import { metrics } from "@/lib/observability/metrics";
import { recentStamp, type CatalogueSubject } from "./stamp";

/**
 * Answers computed from the catalogue, remembered in this process while the catalogue stamp of
 * the tables they read still holds (lib/catalogue/stamp.ts) and for at most JOBS_PAGE_CACHE_MS
 * (10 s by default; 0 turns every such cache off). The age bounds how long a change the stamp does
 * not see (a field no trigger watches) can go unnoticed. Least recently used entries go first.
 */
export type StampedCache<V> = {
  /** The entries for `keys` still valid, and the missing keys computed by `compute` in one call. */
  getMany(db: Db, keys: readonly string[], compute: (missing: string[]) => Promise<Map<string, V>>): Promise<Map<string, V>>;
  get(db: Db, key: string, compute: () => Promise<V>): Promise<V>;
};

type Entry<V> = { db: Db; stamp: string; at: number; value: V };
const store = globalThis as unknown as { __hireflowStampedCaches?: Map<string, Map<string, Entry<unknown>>> };

/** A cache named `name` (its label in hireflow_cache_requests_total) of values read from `subjects`. */
export function stampedCache<V>(name: string, subjects: readonly CatalogueSubject[], maxEntries = 1_000): StampedCache<V> {
  // On globalThis: Next loads a module once per bundle, and every copy must see one cache.
  const caches = (store.__hireflowStampedCaches ??= new Map());
  const entries = () => {
    let map = caches.get(name) as Map<string, Entry<V>> | undefined;
    if (!map) caches.set(name, (map = new Map()));
    return map;
  };

  async function getMany(db: Db, keys: readonly string[], compute: (missing: string[]) => Promise<Map<string, V>>): Promise<Map<string, V>> {
    const maxAgeMs = config().JOBS_PAGE_CACHE_MS;
    if (maxAgeMs === 0) return compute([...new Set(keys)]);
    const stamp = await recentStamp(db, subjects);
    const cache = entries();
    const found = new Map<string, V>();
    const missing: string[] = [];
    const now = Date.now();
    for (const key of new Set(keys)) {
      const hit = cache.get(key);
      if (hit && hit.db === db && hit.stamp === stamp && now - hit.at < maxAgeMs) {
        // Most recently used last, so the oldest use is the first to go.
        cache.delete(key);
        cache.set(key, hit);
        found.set(key, hit.value);
      } else missing.push(key);
    }
    const counter = metrics().cacheRequests;
    if (found.size) counter.inc({ cache: name, result: "hit" }, found.size);
    if (missing.length === 0) return found;
    counter.inc({ cache: name, result: "miss" }, missing.length);
    const computed = await compute(missing);
    const at = Date.now();
    for (const key of missing) {
      if (!computed.has(key)) continue;
      const value = computed.get(key) as V;
      found.set(key, value);
      cache.delete(key);
      cache.set(key, { db, stamp, at, value });
    }
    while (cache.size > maxEntries) cache.delete(cache.keys().next().value!);
    return found;
  }

  return {
    getMany,
    async get(db, key, compute) {
      const values = await getMany(db, [key], async () => new Map([[key, await compute()]]));
      return values.get(key) as V;
    },
  };
}
