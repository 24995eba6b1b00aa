import { parseEnvelope } from "../connector";
import { cursorNumber, fetchRawPage, incrementalSince, ItemBudget } from "../paging";
import type { FetchPagesOptions, RawPage } from "../types";
import { jsearchPageSchema, type JSearchConfig, type JSearchCredentials } from "./schema";

export const JSEARCH_BASE_URL = "https://jsearch.p.rapidapi.com";
/** RapidAPI routes on this header, whichever gateway URL is used. */
export const JSEARCH_RAPIDAPI_HOST = "jsearch.p.rapidapi.com";
const resultsPerPage = 10;
const dayMs = 24 * 60 * 60 * 1000;

/** JSearch filters by fixed windows: the narrowest one that still reaches back to `since`. */
export function datePostedWindow(since: Date, now: Date): "today" | "3days" | "week" | "month" | "all" {
  const days = (now.getTime() - since.getTime()) / dayMs;
  if (days <= 1) return "today";
  if (days <= 3) return "3days";
  if (days <= 7) return "week";
  return days <= 30 ? "month" : "all";
}

/** GET /search?query=&page=&num_pages=: one request returns num_pages pages of 10. */
export async function* fetchJSearchPages(options: FetchPagesOptions<JSearchConfig, JSearchCredentials>): AsyncGenerator<RawPage> {
  const { config, credentials } = options;
  const since = incrementalSince(options);
  const budget = new ItemBudget(options.maxItems, options.resume?.fetched);
  const datePosted = since ? datePostedWindow(since, options.now?.() ?? new Date()) : "all";
  let page = cursorNumber(options.resume?.cursor, "page", 1);
  while (page <= config.max_pages && !budget.exhausted) {
    const numPages = Math.min(config.num_pages, config.max_pages - page + 1, Math.ceil(budget.remaining / resultsPerPage));
    const raw = await fetchRawPage({
      sourceKey: "jsearch",
      resource: "jobs",
      baseUrl: options.baseUrl,
      path: "/search",
      params: { query: config.query, page, num_pages: numPages, country: config.country?.toLowerCase(), date_posted: datePosted },
      headers: { "X-RapidAPI-Key": credentials.rapidApiKey, "X-RapidAPI-Host": JSEARCH_RAPIDAPI_HOST },
      http: options.http,
    });
    const body = parseEnvelope("jsearch", jsearchPageSchema, raw);
    const done = body.data.length < resultsPerPage * numPages || page + numPages > config.max_pages;
    const spent = budget.spend(raw, body.data.length);
    yield { ...spent, next: done || budget.exhausted ? null : { page: page + numPages } };
    if (done) break;
    page += numPages;
  }
}
