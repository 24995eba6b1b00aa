import { parseEnvelope } from "../connector";
import { cursorNumber, fetchRawPage, incrementalSince, ItemBudget } from "../paging";
import type { FetchPagesOptions, RawPage } from "../types";
import { adzunaPageSchema, type AdzunaConfig, type AdzunaCredentials } from "./schema";

export const ADZUNA_BASE_URL = "https://api.adzuna.com";

const dayMs = 24 * 60 * 60 * 1000;

/** Adzuna's incremental filter is whole days: enough of them to reach back to `since`. */
export function maxDaysOld(since: Date, now: Date): number {
  return Math.max(1, Math.ceil((now.getTime() - since.getTime()) / dayMs));
}

/** GET /v1/api/jobs/{country}/search/{page}: page in the path from 1, keys in the query. */
export async function* fetchAdzunaPages(options: FetchPagesOptions<AdzunaConfig, AdzunaCredentials>): AsyncGenerator<RawPage> {
  const { config, credentials } = options;
  const since = incrementalSince(options);
  const resume = options.resume?.cursor;
  const budget = new ItemBudget(options.maxItems, options.resume?.fetched);
  // A fixed page size for the whole run (kept in the cursor): changing it between pages would skip or repeat results.
  const resultsPerPage = cursorNumber(resume, "results_per_page", Math.max(1, Math.min(config.results_per_page, budget.remaining)));
  for (let page = cursorNumber(resume, "page", 1); page <= config.max_pages && !budget.exhausted; page++) {
    const raw = await fetchRawPage({
      sourceKey: "adzuna",
      resource: "jobs",
      baseUrl: options.baseUrl,
      path: `/v1/api/jobs/${config.country}/search/${page}`,
      params: {
        results_per_page: resultsPerPage,
        what: config.what,
        where: config.where,
        max_days_old: since ? maxDaysOld(since, options.now?.() ?? new Date()) : undefined,
      },
      secretParams: { app_id: credentials.appId, app_key: credentials.appKey },
      headers: { accept: "application/json" },
      http: options.http,
    });
    const body = parseEnvelope("adzuna", adzunaPageSchema, raw);
    const lastPage = body.count === undefined ? Number.POSITIVE_INFINITY : Math.ceil(body.count / resultsPerPage);
    const done = body.results.length === 0 || page >= lastPage || page >= config.max_pages;
    const spent = budget.spend({ ...raw, params: { ...raw.params, country: config.country, page: String(page) } }, body.results.length);
    yield { ...spent, next: done || budget.exhausted ? null : { page: page + 1, results_per_page: resultsPerPage } };
    if (done) break;
  }
}
