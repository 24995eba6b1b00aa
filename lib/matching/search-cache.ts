import { createHash } from "node:crypto";
import { and, eq, lt, sql } from "drizzle-orm";
import type { Db } from "@/db";
import { catalogueChanges, searchCache } from "@/db/schema";
import { metrics } from "@/lib/observability/metrics";

// Text searches are cached for a day under a stamp of the catalogue they read; an answer whose
// stamp no longer holds (jobs or candidates changed since) is recomputed, not served.

export const SEARCH_CACHE_TTL_MS = 24 * 60 * 60 * 1000;

/** A stable key for a request: its kind and its fields in a fixed order. */
export function searchCacheKey(kind: string, request: Record<string, unknown>): string {
  const ordered = Object.keys(request)
    .sort()
    .map((k) => [k, request[k]]);
  return createHash("sha256").update(JSON.stringify([kind, ordered])).digest("hex");
}

/** The cached answer for `key` if it is younger than a day and was computed at `stamp`. */
export async function readCachedSearch<T>(db: Db, key: string, stamp: string, now = new Date()): Promise<T | null> {
  const [row] = await db
    .update(searchCache)
    .set({ hits: sql`${searchCache.hits} + 1` })
    .where(and(eq(searchCache.key, key), eq(searchCache.catalogueStamp, stamp), sql`${searchCache.expiresAt} > ${now.toISOString()}::timestamptz`))
    .returning({ response: searchCache.response });
  metrics().cacheRequests.inc({ cache: "search", result: row ? "hit" : "miss" });
  return row ? (row.response as T) : null;
}

/** Stores an answer for a day, replacing an older one under the same key; expired rows go as new ones come. */
export async function writeCachedSearch(db: Db, key: string, kind: string, stamp: string, response: object, now = new Date()): Promise<void> {
  const expiresAt = new Date(now.getTime() + SEARCH_CACHE_TTL_MS);
  await db
    .insert(searchCache)
    .values({ key, kind, catalogueStamp: stamp, response: response as Record<string, unknown>, createdAt: now, expiresAt })
    .onConflictDoUpdate({ target: searchCache.key, set: { catalogueStamp: stamp, response: response as Record<string, unknown>, createdAt: now, expiresAt, hits: 0 } });
  await db.delete(searchCache).where(lt(searchCache.expiresAt, now));
  // The change log only has to outlive the cached answers that were stamped with it.
  await db.delete(catalogueChanges).where(lt(catalogueChanges.changedAt, new Date(now.getTime() - 2 * SEARCH_CACHE_TTL_MS)));
}
