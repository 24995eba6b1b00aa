import type { Catalog } from "../catalog/catalog";
import type { Channel } from "../catalog/channels";
import { descriptionFlat, snippet } from "../description";
import { htmlResponse, integerParam, isoSeconds, jsonResponse } from "../http";
import { publishedJob, type PublishedJob } from "../records";
import { periodsPerYear } from "../world";
import { adrefToken, newestFirst, range, renderPage, withHtmlNoise, type JsonRecord, type SourceContext, type SourceHandler, type SourceRequest } from "./shared";

const DAY_MS = 86_400_000;
const adzunaCountries = new Set(["at", "au", "be", "br", "ca", "ch", "de", "es", "fr", "gb", "in", "it", "mx", "nl", "nz", "pl", "sg", "us", "za"]);
const siteDomains: Record<string, string> = { gb: "www.adzuna.co.uk", us: "www.adzuna.com", de: "www.adzuna.de" };

const missingKeysPage = `<!DOCTYPE html>
<html><head><title>Adzuna API - Error</title></head>
<body><h1>Uh oh - something went wrong</h1><p>Missing or invalid app_id / app_key parameters. See https://developer.adzuna.com/docs/search</p></body></html>`;

const exceptionBody = (display: string, exception: string) => ({
  doc: "https://api.adzuna.com/v1/doc",
  display,
  __CLASS__: "Adzuna::API::Response::Exception",
  exception,
});

export const adzunaHandler: SourceHandler = {
  source: "adzuna",

  authenticate({ params }, { credentials }) {
    const appId = params.get("app_id");
    const appKey = params.get("app_key");
    if (!appId || !appKey) return htmlResponse(missingKeysPage, 400);
    if (appId !== credentials.adzunaAppId || appKey !== credentials.adzunaAppKey) {
      return jsonResponse(exceptionBody("Authorisation failed", "AUTH_FAIL"), 401);
    }
    return undefined;
  },

  errorFor(fault) {
    if (fault.kind === "rate_limit") {
      return jsonResponse(exceptionBody("Usage limits exceeded", "RATE_LIMIT_EXCEEDED"), 429, { "retry-after": String(fault.retryAfterSeconds) });
    }
    return jsonResponse(exceptionBody("Internal error", "INTERNAL_ERROR"), fault.kind === "upstream_error" ? 502 : 500);
  },

  handle(request, context) {
    const match = /^\/v1\/api\/jobs\/([a-z]{2})\/search\/(\d+)$/.exec(request.path);
    if (!match) return htmlResponse("<h1>Not Found</h1>", 404);
    const [, country, pageText] = match;
    if (!adzunaCountries.has(country)) return jsonResponse(exceptionBody(`Unknown country '${country}'`, "BAD_REQUEST"), 400);
    return searchPage(request, context, country, Number(pageText));
  },
};

function searchPage({ params }: SourceRequest, { catalog, faults, credentials }: SourceContext, country: string, page: number): Response {
  const perPage = integerParam(params, "results_per_page", 1, 50) ?? 10;
  const maxDaysOld = integerParam(params, "max_days_old", 0, 10_000);
  if (Number.isNaN(perPage) || Number.isNaN(maxDaysOld) || page < 1) {
    return jsonResponse(exceptionBody("Invalid parameter value", "BAD_REQUEST"), 400);
  }
  const channel = catalog.channel("adzuna", country);
  const window = channel
    ? newestFirst(catalog, channel, maxDaysOld === undefined ? undefined : catalog.now - maxDaysOld * DAY_MS)
    : { count: 0, indexAt: () => 0 };
  const from = (page - 1) * perPage;
  const positions = range(from, Math.min(window.count, from + perPage));
  const results = channel
    ? renderPage(catalog, channel, positions.map(window.indexAt), faults, (job) => renderJob(job, credentials.adzunaAppId, faults), breakages)
    : [];
  return jsonResponse({
    count: window.count,
    mean: channel ? meanSalary(catalog, channel, window) : 0,
    results,
    __CLASS__: "Adzuna::API::Response::JobSearchResults",
  });
}

function renderJob(job: PublishedJob, appId: string, faults: SourceContext["faults"]): JsonRecord {
  const { variant, job: world, rng } = job;
  const area = [world.country.adzunaRoot, ...world.city.adzunaArea];
  const displayName = area.length === 2 ? `${area[1]}, ${area[0]}` : `${area[area.length - 1]}, ${area[area.length - 2]}`;
  const pay = adzunaPay(job, faults.hourlySalary);
  const domain = siteDomains[job.channel.partition] ?? "www.adzuna.com";
  const landing = rng.chance(0.2);
  const se = Buffer.from(String(job.index * 2654435761)).toString("base64url").slice(0, 22);
  const redirectUrl = landing
    ? `https://${domain}/jobs/land/ad/${job.externalId}?se=${se}&utm_medium=api&utm_source=${appId}&v=${(job.index * 2654435761).toString(16).toUpperCase().padStart(40, "0").slice(0, 40)}`
    : `https://${domain}/jobs/details/${job.externalId}?utm_medium=api&utm_source=${appId}`;
  const description = snippet(descriptionFlat(variant.description), 500);
  const record: JsonRecord = {
    id: job.externalId,
    title: faults.htmlInText ? withHtmlNoise(variant.title, job) : variant.title,
    description: faults.htmlInText ? withHtmlNoise(description, job) : description,
    created: isoSeconds(job.postedAt),
    redirect_url: redirectUrl,
    adref: adrefToken({ i: job.externalId, s: se }, job.index),
    company: { display_name: variant.companyName, __CLASS__: "Adzuna::API::Response::Company" },
    location: { area, display_name: displayName, __CLASS__: "Adzuna::API::Response::Location" },
    category: { tag: world.role.category.tag, label: world.role.category.label, __CLASS__: "Adzuna::API::Response::Category" },
    salary_min: pay.min,
    salary_max: pay.max,
    salary_is_predicted: pay.predicted ? "1" : "0",
    __CLASS__: "Adzuna::API::Response::Job",
  };
  if (world.employment === "contract" || (world.employment === "full_time" && rng.chance(0.4))) {
    record.contract_type = world.employment === "contract" ? "contract" : "permanent";
  }
  if (rng.chance(0.55)) record.contract_time = world.employment === "part_time" ? "part_time" : "full_time";
  if (rng.chance(0.3)) {
    record.latitude = Math.round((world.city.lat + (rng.next() - 0.5) * 0.05) * 1e6) / 1e6;
    record.longitude = Math.round((world.city.lng + (rng.next() - 0.5) * 0.05) * 1e6) / 1e6;
  }
  if (faults.missingFields) {
    for (const key of ["company", "salary_min", "salary_max", "contract_type", "contract_time", "category", "latitude", "longitude"]) delete record[key];
  }
  return record;
}

/** Adzuna quotes yearly pay; without an advertised salary it predicts a point estimate. */
function adzunaPay(job: PublishedJob, hourly: boolean): { min: number; max: number; predicted: boolean } {
  const salary = job.variant.salary;
  if (!salary) {
    const estimate = Math.round(job.job.country.medianYearlyPay * job.job.role.salaryFactor * (0.8 + job.rng.next() * 0.4) * 100) / 100;
    return { min: estimate, max: estimate, predicted: true };
  }
  const factor = hourly ? 1 : periodsPerYear[salary.period];
  const scale = (amount: number) => Math.round(amount * factor * 100) / 100;
  const pointEstimate = job.rng.chance(0.2);
  return { min: scale(salary.min), max: scale(pointEstimate ? salary.min : salary.max), predicted: false };
}

const meanCache = new WeakMap<Catalog, Map<string, number>>();

/** Mean of an evenly spaced sample: the real figure needs every record, which we never build. */
function meanSalary(catalog: Catalog, channel: Channel, window: { count: number; indexAt(position: number): number }): number {
  const cache = meanCache.get(catalog) ?? new Map<string, number>();
  meanCache.set(catalog, cache);
  const key = `${catalog.generation}:${channel.id}:${window.count}:${window.indexAt(0)}`;
  const cached = cache.get(key);
  if (cached !== undefined) return cached;
  const sampleSize = Math.min(window.count, 40);
  let sum = 0;
  for (let i = 0; i < sampleSize; i++) {
    const index = window.indexAt(Math.floor((i * window.count) / sampleSize));
    const job = publishedJob(catalog, channel, index);
    const pay = job && adzunaPay(job, false);
    sum += pay ? (pay.min + pay.max) / 2 : 0;
  }
  const mean = sampleSize ? Math.round((sum / sampleSize) * 100) / 100 : 0;
  cache.set(key, mean);
  return mean;
}

const breakages: ReadonlyArray<(record: JsonRecord) => void> = [
  (record) => delete record.id,
  (record) => (record.title = 1234),
  (record) => (record.salary_min = "competitive"),
  (record) => (record.created = null),
];
