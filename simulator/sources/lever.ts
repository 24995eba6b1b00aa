import type { Channel } from "../catalog/channels";
import { escapeHtml } from "../description";
import { htmlResponse, integerParam, jsonResponse } from "../http";
import { locateExternalId, publishedJob, type PublishedJob } from "../records";
import type { Employment, PayPeriod } from "../world";
import { newestFirst, range, renderPage, withHtmlNoise, type JsonRecord, type SourceContext, type SourceHandler, type SourceRequest } from "./shared";

const commitments: Record<Employment, string> = { full_time: "Full-time", part_time: "Part-time", contract: "Contract", temporary: "Temporary", internship: "Intern" };
const intervals: Record<PayPeriod, string> = { hour: "per-hour-wage", day: "per-day-wage", week: "per-week-salary", month: "per-month-salary", year: "per-year-salary" };
const notFound = () => jsonResponse({ ok: false, error: "Document not found" }, 404);

export const leverHandler: SourceHandler = {
  source: "lever",

  authenticate() {
    return undefined;
  },

  errorFor(fault) {
    if (fault.kind === "rate_limit") return jsonResponse({ ok: false, error: "Too many requests" }, 429, { "retry-after": String(fault.retryAfterSeconds) });
    return jsonResponse({ ok: false, error: "Internal server error" }, fault.kind === "upstream_error" ? 502 : 500);
  },

  handle(request, context) {
    const match = /^\/v0\/postings\/([^/]+)(?:\/([0-9a-f-]{36}))?$/.exec(request.path);
    const channel = match ? context.catalog.channel("lever", match[1]) : undefined;
    if (!match || !channel) return notFound();
    if (match[2]) return posting(request, context, match[2]);
    return postings(request, context, channel);
  },
};

function postings({ params }: SourceRequest, { catalog, faults }: SourceContext, channel: Channel): Response {
  const site = channel.partition;
  if (params.get("mode") !== "json") {
    return htmlResponse(`<!DOCTYPE html><html><head><title>${site} jobs</title></head><body><div class="postings-wrapper"></div></body></html>`, 200);
  }
  const skip = integerParam(params, "skip", 0, Number.MAX_SAFE_INTEGER) ?? 0;
  const limit = integerParam(params, "limit", 0, Number.MAX_SAFE_INTEGER);
  if (Number.isNaN(skip) || Number.isNaN(limit)) return jsonResponse({ ok: false, error: "Invalid skip or limit" }, 400);
  const window = newestFirst(catalog, channel);
  const end = limit === undefined ? window.count : Math.min(window.count, skip + limit);
  const indices = range(skip, end).map(window.indexAt);
  return jsonResponse(renderPage(catalog, channel, indices, faults, (job) => renderPosting(job, faults), breakages));
}

function posting({ params }: SourceRequest, { catalog, faults }: SourceContext, id: string): Response {
  const located = locateExternalId(catalog, "lever", id);
  const job = located && publishedJob(catalog, located.channel, located.index, { forceHourly: faults.hourlySalary });
  if (!job || params.get("mode") === "html") return notFound();
  return jsonResponse(renderPosting(job, faults));
}

function renderPosting(job: PublishedJob, faults: SourceContext["faults"]): JsonRecord {
  const { variant, job: world, rng } = job;
  const site = job.channel.partition;
  const { description } = variant;
  const location = world.workplace === "remote" ? `Remote, ${world.country.code}` : `${world.city.name}, ${world.city.regionCode}`;
  const opening = `<div>${escapeHtml(description.intro)}</div>`;
  const lists = [
    { text: "What you'll do", content: description.duties.map((d) => `<li>${escapeHtml(d)}</li>`).join("") },
    { text: "What we're looking for", content: description.requirements.map((r) => `<li>${escapeHtml(r)}</li>`).join("") },
  ];
  const additional = description.benefits.length ? `<div><b>Benefits</b></div><ul>${description.benefits.map((b) => `<li>${escapeHtml(b)}</li>`).join("")}</ul>` : "";
  const record: JsonRecord = {
    additionalPlain: description.benefits.length ? `Benefits\n${description.benefits.map((b) => `- ${b}`).join("\n")}\n` : "",
    additional,
    categories: {
      commitment: commitments[world.employment],
      department: world.role.department,
      location,
      team: world.role.title.split(" ")[0],
      allLocations: [location],
    },
    createdAt: job.postedAt.getTime(),
    descriptionPlain: faults.htmlInText ? withHtmlNoise(description.intro, job) : description.intro,
    description: opening,
    descriptionBody: opening,
    descriptionBodyPlain: description.intro,
    id: job.externalId,
    lists,
    text: faults.htmlInText ? withHtmlNoise(variant.title, job) : variant.title,
    country: world.country.code,
    workplaceType: rng.chance(0.1) ? "unspecified" : { onsite: "on-site", hybrid: "hybrid", remote: "remote" }[world.workplace],
    opening,
    openingPlain: description.intro,
    hostedUrl: `https://jobs.lever.co/${site}/${job.externalId}`,
    applyUrl: `https://jobs.lever.co/${site}/${job.externalId}/apply`,
  };
  if (variant.salary && rng.chance(0.7)) {
    record.salaryRange = { currency: variant.salary.currency, interval: intervals[variant.salary.period], min: variant.salary.min, max: variant.salary.max };
    record.salaryDescriptionPlain = "Base pay range; final offer depends on experience.";
    record.salaryDescription = "<div>Base pay range; final offer depends on experience.</div>";
  }
  if (faults.missingFields) {
    delete record.categories;
    delete record.salaryRange;
    delete record.descriptionPlain;
  }
  return record;
}

const breakages: ReadonlyArray<(record: JsonRecord) => void> = [
  (record) => delete record.id,
  (record) => (record.text = ["not", "a", "title"]),
  (record) => (record.createdAt = "2025-08-01"),
  (record) => (record.categories = null),
];
