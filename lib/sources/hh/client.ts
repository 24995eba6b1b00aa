import { parseEnvelope } from "../connector";
import { fetchRawPage, incrementalSince, ItemBudget } from "../paging";
import type { FetchPagesOptions, RawPage } from "../types";
import { hhPageSchema, type HhConfig, type HhCredentials } from "./schema";

export const HH_BASE_URL = "https://api.hh.ru";
/** HeadHunter serves at most this many results of one query, whatever `found` says. */
export const HH_RESULT_CAP = 2000;

/** GET /vacancies: page from 0, per_page up to 100, date_from for incremental runs. */
export async function* fetchHhPages(options: FetchPagesOptions<HhConfig, HhCredentials>): AsyncGenerator<RawPage> {
  const { config, credentials } = options;
  const since = incrementalSince(options);
  const budget = new ItemBudget(options.maxItems);
  const perPage = Math.max(1, Math.min(config.per_page, budget.remaining));
  const deepestPage = Math.min(config.max_pages, Math.floor(HH_RESULT_CAP / perPage)) - 1;
  for (let page = 0; page <= deepestPage && !budget.exhausted; page++) {
    const raw = await fetchRawPage({
      sourceKey: "hh",
      resource: "jobs",
      baseUrl: options.baseUrl,
      path: "/vacancies",
      params: {
        text: config.text,
        area: config.area,
        per_page: perPage,
        page,
        date_from: since?.toISOString(),
        order_by: since ? "publication_time" : undefined,
      },
      headers: { "HH-User-Agent": credentials.userAgent, "User-Agent": credentials.userAgent },
      http: options.http,
    });
    const body = parseEnvelope("hh", hhPageSchema, raw);
    const lastPage = page >= body.pages - 1 || body.items.length === 0;
    // HeadHunter caps `pages` too, so the cap shows as found > 2,000 on the deepest page.
    const hitCap = (page + 1) * perPage >= HH_RESULT_CAP && body.found > HH_RESULT_CAP;
    const warnings = hitCap
      ? [`HeadHunter serves ${HH_RESULT_CAP} of ${body.found} results per query; narrow it by area or date to get the rest`]
      : undefined;
    yield budget.spend(warnings ? { ...raw, warnings } : raw, body.items.length);
    if (lastPage) break;
  }
}
