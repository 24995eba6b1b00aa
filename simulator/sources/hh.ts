import { htmlResponse, integerParam, jsonResponse } from "../http";
import { locateExternalId, publishedJob } from "../records";
import { renderVacancyDetail, renderVacancyItem } from "./hh-vacancy";
import { newestFirst, range, renderPage, type JsonRecord, type SourceContext, type SourceHandler, type SourceRequest } from "./shared";

/** HH answers at most 2,000 results per query; callers split by date to see more. */
const RESULT_CAP = 2000;
const defaultClientAgents = /^(node|undici|curl\/|python-requests\/|axios\/|Go-http-client\/|Java\/)/i;

const hhError = (status: number, type: string, value?: string, description?: string) =>
  jsonResponse({ ...(description ? { description } : {}), errors: [{ type, ...(value ? { value } : {}) }], request_id: "sim0000000000000000000000" }, status);

export const hhHandler: SourceHandler = {
  source: "hh",

  authenticate({ request }) {
    const agent = request.headers.get("hh-user-agent") ?? request.headers.get("user-agent");
    if (!agent) return hhError(400, "bad_user_agent", "missing", "User-Agent header is required");
    if (!request.headers.get("hh-user-agent") && defaultClientAgents.test(agent)) {
      return hhError(400, "bad_user_agent", "blacklisted", "Set HH-User-Agent to 'AppName/1.0 (contact@example.com)'");
    }
    return undefined;
  },

  errorFor(fault) {
    if (fault.kind === "rate_limit") return new Response(JSON.stringify({ errors: [{ type: "too_many_requests" }] }), { status: 429, headers: { "content-type": "application/json", "retry-after": String(fault.retryAfterSeconds) } });
    // HH's front proxies answer 5xx with an HTML page, not JSON.
    const status = fault.kind === "upstream_error" ? 502 : 503;
    return htmlResponse(`<html><head><title>${status} Service Unavailable</title></head><body><center><h1>${status}</h1></center><hr><center>nginx</center></body></html>`, status);
  },

  handle(request, context) {
    if (request.path === "/vacancies") return searchVacancies(request, context);
    const detail = /^\/vacancies\/(\d+)$/.exec(request.path);
    if (detail) return vacancyDetail(detail[1], context);
    return hhError(404, "not_found");
  },
};

/** Accepts "2024-07-01", "2024-07-01T07:48:25+0300" and ISO 8601 with a colon or Z. */
export function parseHhDate(text: string | null): number | undefined {
  if (!text) return undefined;
  const normalised = /^\d{4}-\d{2}-\d{2}$/.test(text) ? `${text}T00:00:00+03:00` : text.replace(/([+-]\d{2})(\d{2})$/, "$1:$2");
  const time = Date.parse(normalised);
  return Number.isNaN(time) ? Number.NaN : time;
}

function searchVacancies({ params }: SourceRequest, { catalog, faults }: SourceContext): Response {
  const page = integerParam(params, "page", 0, 100_000) ?? 0;
  const perPage = integerParam(params, "per_page", 0, 100) ?? 20;
  const dateFrom = parseHhDate(params.get("date_from"));
  const dateTo = parseHhDate(params.get("date_to"));
  for (const [name, value] of [["page", page], ["per_page", perPage], ["date_from", dateFrom], ["date_to", dateTo]] as const) {
    if (Number.isNaN(value)) return hhError(400, "bad_argument", name);
  }
  if (perPage > 0 && (page + 1) * perPage > RESULT_CAP) return hhError(400, "bad_argument", "page", "Can't get more than 2000 results");
  const channel = catalog.channelsOf("hh")[0];
  const window = newestFirst(catalog, channel, dateFrom, dateTo);
  const from = page * perPage;
  const indices = range(from, Math.min(window.count, from + perPage)).map(window.indexAt);
  const items = renderPage(catalog, channel, indices, faults, (job) => maybeWithoutOptional(renderVacancyItem(job, faults.htmlInText), faults.missingFields), breakages);
  const reachable = Math.min(window.count, RESULT_CAP);
  return jsonResponse({
    items,
    found: window.count,
    pages: perPage === 0 ? 0 : Math.ceil(reachable / perPage),
    page,
    per_page: perPage,
    clusters: null,
    arguments: null,
    fixes: null,
    suggests: null,
    alternate_url: `https://hh.ru/search/vacancy?enable_snippets=true&items_on_page=${perPage}&page=${page}`,
  });
}

function vacancyDetail(id: string, { catalog, faults }: SourceContext): Response {
  const located = locateExternalId(catalog, "hh", id);
  const job = located && publishedJob(catalog, located.channel, located.index, { forceHourly: faults.hourlySalary });
  if (!job) return hhError(404, "not_found");
  return jsonResponse(maybeWithoutOptional(renderVacancyDetail(job, faults.htmlInText), faults.missingFields));
}

function maybeWithoutOptional(item: JsonRecord, missingFields: boolean): JsonRecord {
  if (!missingFields) return item;
  for (const key of ["salary", "salary_range", "address", "snippet", "employer", "schedule", "experience"]) delete item[key];
  return item;
}

const breakages: ReadonlyArray<(record: JsonRecord) => void> = [
  (record) => delete record.id,
  (record) => (record.name = 42),
  (record) => (record.published_at = "вчера"),
  (record) => (record.salary = { from: "сто тысяч", to: null, currency: "RUR", gross: false }),
];
