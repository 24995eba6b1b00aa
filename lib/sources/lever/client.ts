import { parseEnvelope } from "../connector";
import { cursorNumber, fetchRawPage, ItemBudget } from "../paging";
import type { FetchPagesOptions, RawPage } from "../types";
import { leverPageSchema, type LeverConfig } from "./schema";

export const LEVER_BASE_URL = "https://api.lever.co";

/** GET /v0/postings/{site}?mode=json&skip=&limit=; no changed-since filter, so every run reads all. */
export async function* fetchLeverPages(options: FetchPagesOptions<LeverConfig, unknown>): AsyncGenerator<RawPage> {
  const { config } = options;
  const budget = new ItemBudget(options.maxItems, options.resume?.fetched);
  for (let pageIndex = cursorNumber(options.resume?.cursor, "page_index", 0); pageIndex < config.max_pages && !budget.exhausted; pageIndex++) {
    // skip/limit allow any page size, so the last page asks for exactly what the budget leaves.
    const limit = Math.min(config.limit, budget.remaining);
    const raw = await fetchRawPage({
      sourceKey: "lever",
      resource: "jobs",
      baseUrl: options.baseUrl,
      path: `/v0/postings/${encodeURIComponent(config.site)}`,
      params: { mode: "json", skip: pageIndex * config.limit, limit },
      headers: { accept: "application/json" },
      http: options.http,
    });
    const postings = parseEnvelope("lever", leverPageSchema, raw);
    const done = postings.length < limit || pageIndex + 1 >= config.max_pages;
    const spent = budget.spend({ ...raw, params: { ...raw.params, site: config.site } }, postings.length);
    yield { ...spent, next: done || budget.exhausted ? null : { page_index: pageIndex + 1 } };
    if (done) break;
  }
}
