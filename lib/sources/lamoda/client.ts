import { parseEnvelope } from "../connector";
import { cursorNumber, fetchRawPage, incrementalSince, ItemBudget } from "../paging";
import type { FetchPagesOptions, PageCursor, RawPage } from "../types";
import { lamodaPageSchema, type LamodaConfig, type LamodaCredentials } from "./schema";
import { lamodaAuthHeaders } from "./sign";

/** The marketplace has no public default; deployments set LAMODA_API_BASE_URL. */
export const LAMODA_BASE_URL = "https://api.lamoda.example";

/** GET /v1/{jobs|candidates|placements}?page=&per_page=&updated_since=, every request signed. */
export async function* fetchLamodaPages(options: FetchPagesOptions<LamodaConfig, LamodaCredentials>): AsyncGenerator<RawPage> {
  const { config, credentials } = options;
  const since = incrementalSince(options);
  const nowMs = () => (options.now?.() ?? new Date()).getTime();
  const resume = options.resume?.cursor;
  // A resumed run skips the resources it finished and continues the one it was in.
  const resumeAt = resume ? Math.max(0, config.resources.indexOf(resume.resource as (typeof config.resources)[number])) : 0;
  for (let r = resumeAt; r < config.resources.length; r++) {
    const resource = config.resources[r];
    const resuming = resume !== undefined && r === resumeAt && resume.resource === resource;
    const budget = new ItemBudget(options.maxItems, resuming ? options.resume?.fetched : 0);
    const freshPerPage = Math.max(1, Math.min(config.per_page, budget.remaining));
    const perPage = resuming ? cursorNumber(resume, "per_page", freshPerPage) : freshPerPage;
    const nextResource = config.resources[r + 1];
    for (let page = resuming ? cursorNumber(resume, "page", 1) : 1; page <= config.max_pages && !budget.exhausted; page++) {
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
      const done = body.data.length === 0 || page >= body.meta.total_pages || page >= config.max_pages;
      const spent = budget.spend(raw, body.data.length);
      const next: PageCursor | null = !done && !budget.exhausted ? { resource, page: page + 1, per_page: perPage } : nextResource ? { resource: nextResource, page: 1 } : null;
      yield { ...spent, next };
      if (done) break;
    }
  }
}
