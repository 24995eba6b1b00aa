import { parseEnvelope } from "../connector";
import { fetchRawPage, ItemBudget } from "../paging";
import type { FetchPagesOptions, RawPage } from "../types";
import { greenhousePageSchema, type GreenhouseConfig } from "./schema";

export const GREENHOUSE_BASE_URL = "https://boards-api.greenhouse.io";

/** One call returns the whole board; the API has no paging and no changed-since filter. */
export async function* fetchGreenhousePages(options: FetchPagesOptions<GreenhouseConfig, unknown>): AsyncGenerator<RawPage> {
  const token = options.config.board_token;
  const raw = await fetchRawPage({
    sourceKey: "greenhouse",
    resource: "jobs",
    baseUrl: options.baseUrl,
    path: `/v1/boards/${encodeURIComponent(token)}/jobs`,
    params: { content: "true" },
    headers: { accept: "application/json" },
    http: options.http,
  });
  const body = parseEnvelope("greenhouse", greenhousePageSchema, raw);
  // One page holds the whole board: nothing follows it.
  yield { ...new ItemBudget(options.maxItems).spend({ ...raw, params: { ...raw.params, board_token: token } }, body.jobs.length), next: null };
}
