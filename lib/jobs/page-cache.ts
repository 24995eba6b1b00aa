import type { Db } from "@/db";
import { writesSeen } from "@/db/query-metrics";
import { config } from "@/lib/config";
import { catalogueStamp } from "@/lib/matching/search-cache";
import { metrics } from "@/lib/observability/metrics";
import type { JobFilters } from "./filters";
import { listJobs, type JobListPage } from "./queries";

/**
 * Pages of the job catalogue, remembered in this process while the catalogue is unchanged.
 *
 * The catalogue is the page every recruiter and seeker opens first, and it is the same for all
 * of them: a page is computed once and served again as long as the catalogue stamp it was
 * computed at still holds (every statement that changes a listed field of a job notes a change,
 * db/migrations/0008) and it is younger than JOBS_PAGE_CACHE_MS (10 s; 0 turns this off), which bounds how long a change the stamp
 * does not see (a company renamed, a job re-dated by its source) can go unnoticed.
 *
 * The stamp itself is read again when this process has written anything since it was read, and
 * at least every `stampMemoMs`: a job written here shows on the next request, one written by
 * another process (a second `next start`) within a second.
 */
const maxEntries = 1_000;
const stampMemoMs = 1_000;

type StampMemo = { db: Db; stamp: string; at: number; writes: number };
let memo: StampMemo | undefined;

async function jobsStamp(db: Db): Promise<string> {
  const writes = writesSeen();
  if (memo && memo.db === db && memo.writes === writes && Date.now() - memo.at < stampMemoMs) return memo.stamp;
  const stamp = await catalogueStamp(db, ["jobs"]);
  memo = { db, stamp, at: Date.now(), writes };
  return stamp;
}

type Entry = { db: Db; stamp: string; at: number; page: JobListPage };
const store = globalThis as unknown as { __hireflowJobPages?: Map<string, Entry> };
const entries = () => (store.__hireflowJobPages ??= new Map());

export async function listJobsCached(db: Db, filters: JobFilters, options: { signal?: AbortSignal } = {}): Promise<JobListPage> {
  const maxAgeMs = config().JOBS_PAGE_CACHE_MS;
  if (maxAgeMs === 0) return listJobs(db, filters, options);
  const key = JSON.stringify(Object.entries(filters).sort(([a], [b]) => a.localeCompare(b)));
  const stamp = await jobsStamp(db);
  const cache = entries();
  const hit = cache.get(key);
  if (hit && hit.db === db && hit.stamp === stamp && Date.now() - hit.at < maxAgeMs) {
    // Most recently used last, so the oldest use is the first to go.
    cache.delete(key);
    cache.set(key, hit);
    metrics().cacheRequests.inc({ cache: "jobs_page", result: "hit" });
    return hit.page;
  }
  metrics().cacheRequests.inc({ cache: "jobs_page", result: "miss" });
  const page = await listJobs(db, filters, options);
  cache.delete(key);
  cache.set(key, { db, stamp, at: Date.now(), page });
  if (cache.size > maxEntries) cache.delete(cache.keys().next().value!);
  return page;
}
