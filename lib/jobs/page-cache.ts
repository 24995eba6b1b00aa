import type { Db } from "@/db";
import { stampedCache } from "@/lib/catalogue/cache";
import type { JobFilters } from "./filters";
import { listJobs, type JobListPage } from "./queries";

/**
 * Pages of the job catalogue, remembered in this process while the catalogue is unchanged.
 *
 * The catalogue is the page every recruiter and seeker opens first, and it is the same for all
 * of them: a page is computed once and served again as long as the stamp of jobs and companies it
 * was computed at still holds (every statement that changes a listed field of a job, or any
 * company, notes a change: db/migrations/0008 and 0014) and it is younger than
 * JOBS_PAGE_CACHE_MS (10 s; 0 turns this off), which bounds how long a change the stamp does not
 * see (a job re-dated by its source) can go unnoticed. See lib/catalogue/cache.ts.
 */
const pages = stampedCache<JobListPage>("jobs_page", ["jobs", "companies"]);

export function listJobsCached(db: Db, filters: JobFilters, options: { signal?: AbortSignal } = {}): Promise<JobListPage> {
  const key = JSON.stringify(Object.entries(filters).sort(([a], [b]) => a.localeCompare(b)));
  return pages.get(db, key, () => listJobs(db, filters, options));
}
