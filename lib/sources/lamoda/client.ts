import { parseEnvelope } from "../connector";
import { fetchRawPage, incrementalSince, ItemBudget } from "../paging";
import type { FetchPagesOptions, RawPage } from "../types";
import { lamodaPageSchema, type LamodaConfig, type LamodaCredentials } from "./schema";
import { lamodaAuthHeaders } from "./sign";

/** The marketplace has no public default; deployments set LAMODA_API_BASE_URL. */
export const LAMODA_BASE_URL = "https://api.lamoda.example";

/** GET /v1/{jobs|candidates|placements}?page=&per_page=&updated_since=, every request signed. */
export async function* fetchLamodaPages(options: FetchPagesOptions<LamodaConfig, LamodaCredentials>): AsyncGenerator<RawPage> {
  const { config, credentials } = options;
  const since = incrementalSince(options);
  const nowMs = () => (options.now?.() ?? new Date()).getTime();
  for (const resource of config.resources) {
    const budget = new ItemBudget(options.maxItems);
    const perPage = Math.max(1, Math.min(config.per_page, budget.remaining));
    for (let page = 1; page <= config.max_pages && !budget.exhausted; page++) {
      const raw = await fetchRawPage({
        sourceKey: "lamoda",
        resource,
        baseUrl: options.baseUrl,
        path: `/v1/${resource}`,
        params: { page, per_page: perPage, updated_since: since?.toISOString() },
        headers: (url) => lamodaAuthHeaders({ apiKey: credentials.apiKey, apiSecret: credentials.apiSecret, url, nowMs: nowMs() }),
        http: options.http,
      });
      const body = parseEnvelope("lamoda", lamodaPageSchema, raw);
      yield budget.spend(raw, body.data.length);
      if (body.data.length === 0 || page >= body.meta.total_pages) break;
    }
  }
}
