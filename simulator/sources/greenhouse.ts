import type { Channel } from "../catalog/channels";
import { descriptionHtml, escapeHtml } from "../description";
import { htmlResponse, jsonResponse } from "../http";
import { hashString } from "../random";
import { locateExternalId, publishedJob, type PublishedJob } from "../records";
import { newestFirst, range, renderPage, withHtmlNoise, type JsonRecord, type SourceContext, type SourceHandler, type SourceRequest } from "./shared";

const countryLabels: Record<string, string> = { US: "United States", GB: "United Kingdom", DE: "Germany", RU: "Russia" };

export const greenhouseHandler: SourceHandler = {
  source: "greenhouse",

  authenticate() {
    return undefined;
  },

  errorFor(fault) {
    if (fault.kind === "rate_limit") return jsonResponse({ status: 429, error: "Too Many Requests" }, 429, { "retry-after": String(fault.retryAfterSeconds) });
    return htmlResponse("<html><body><h1>We're sorry, but something went wrong.</h1></body></html>", fault.kind === "upstream_error" ? 502 : 500);
  },

  handle(request, context) {
    const list = /^\/v1\/boards\/([^/]+)\/jobs$/.exec(request.path);
    const single = /^\/v1\/boards\/([^/]+)\/jobs\/(\d+)$/.exec(request.path);
    const token = (list ?? single)?.[1];
    const channel = token ? context.catalog.channel("greenhouse", token) : undefined;
    if (!channel) return jsonResponse({ status: 404, error: "Job board not found" }, 404);
    if (list) return boardJobs(request, context, channel);
    return boardJob(request, context, single?.[2] ?? "");
  },
};

function boardJobs({ params }: SourceRequest, { catalog, faults }: SourceContext, channel: Channel): Response {
  const window = newestFirst(catalog, channel);
  const indices = range(0, window.count).map(window.indexAt);
  const withContent = params.get("content") === "true";
  const payRanges = params.get("pay_transparency") === "true";
  const jobs = renderPage(catalog, channel, indices, faults, (job) => renderJob(job, withContent, payRanges, faults), breakages);
  return jsonResponse({ jobs, meta: { total: jobs.length } });
}

function boardJob({ params }: SourceRequest, { catalog, faults }: SourceContext, id: string): Response {
  const located = locateExternalId(catalog, "greenhouse", id);
  const job = located && publishedJob(catalog, located.channel, located.index, { forceHourly: faults.hourlySalary });
  if (!job) return jsonResponse({ status: 404, error: "Job not found" }, 404);
  return jsonResponse(renderJob(job, true, params.get("pay_transparency") === "true", faults));
}

/** Greenhouse writes times in the account's zone; these boards are on US Eastern time. */
function easternTimestamp(time: Date): string {
  return `${new Date(time.getTime() - 4 * 3_600_000).toISOString().slice(0, 19)}-04:00`;
}

function locationName(job: PublishedJob): string {
  const { city, country, workplace } = job.job;
  if (workplace === "remote") return `Remote - ${country.code === "US" ? "US" : countryLabels[country.code]}`;
  // A repost on an ATS is the same opening advertised for another office.
  const shown = job.isRepost ? country.cities.find((other) => other.name !== city.name) ?? city : city;
  return country.code === "US" ? `${shown.name}, ${shown.regionCode}` : `${shown.name}, ${countryLabels[country.code]}`;
}

function renderJob(job: PublishedJob, withContent: boolean, payRanges: boolean, faults: SourceContext["faults"]): JsonRecord {
  const { variant, job: world, rng } = job;
  const id = Number(job.externalId);
  const board = job.channel.partition;
  const department = { id: 40_000 + (hashString(world.role.department) % 1000), name: world.role.department, child_ids: [], parent_id: null };
  const record: JsonRecord = {
    absolute_url: rng.chance(0.5) ? `https://job-boards.greenhouse.io/${board}/jobs/${id}` : `${world.company.website}/careers?gh_jid=${id}`,
    data_compliance: [{ type: "gdpr", requires_consent: false, requires_processing_consent: false, requires_retention_consent: false, retention_period: null, demographic_data_consent_applies: false }],
    internal_job_id: 2_000_000 + (hashString(job.worldJobId) % 7_000_000),
    location: { name: locationName(job) },
    metadata: rng.chance(0.5) ? null : [{ id: 4_100_000, name: "Employment Type", value: world.employment === "full_time" ? "Full-time" : world.employment.replace("_", "-"), value_type: "single_select" }],
    id,
    updated_at: easternTimestamp(job.updatedAt),
    requisition_id: rng.chance(0.7) ? `REQ-${1000 + (job.index % 9000)}` : null,
    title: faults.htmlInText ? withHtmlNoise(variant.title, job) : variant.title,
    company_name: world.company.name,
    first_published: easternTimestamp(job.postedAt),
    language: "en",
  };
  if (withContent) {
    const html = descriptionHtml(variant.description);
    // The API sends the HTML entity-escaped; clients must unescape before stripping tags.
    record.content = escapeHtml(faults.htmlInText ? `${html}<script>track()</script>` : html);
    record.departments = [department];
    record.offices = [{ id: 50_000 + (hashString(world.city.name) % 1000), name: world.city.name, location: locationName(job), child_ids: [], parent_id: null }];
  }
  if (payRanges && variant.salary) {
    const cents = (amount: number) => Math.round(amount * 100);
    record.pay_input_ranges = [{ min_cents: cents(variant.salary.min), max_cents: cents(variant.salary.max), currency_type: variant.salary.currency, title: `${variant.salary.period === "year" ? "Annual" : "Hourly"} base pay`, blurb: "" }];
  }
  if (faults.missingFields) for (const key of ["location", "updated_at", "departments", "offices", "metadata"]) delete record[key];
  return record;
}

const breakages: ReadonlyArray<(record: JsonRecord) => void> = [
  (record) => delete record.id,
  (record) => (record.title = null),
  (record) => (record.updated_at = 1_700_000_000),
  (record) => (record.location = "Remote"),
];
