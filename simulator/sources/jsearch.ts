import { descriptionPlain } from "../description";
import { integerParam, jsonResponse } from "../http";
import { hashString, mixHash } from "../random";
import { locateExternalId, publishedJob, type PublishedJob } from "../records";
import type { Employment } from "../world";
import { newestFirst, range, renderPage, withHtmlNoise, type JsonRecord, type SourceContext, type SourceHandler, type SourceRequest } from "./shared";

const PAGE_SIZE = 10;
const DAY_MS = 86_400_000;
const datePostedDays: Record<string, number | undefined> = { all: undefined, today: 1, "3days": 3, week: 7, month: 30 };
const employmentTexts: Record<Employment, [string, string[]]> = {
  full_time: ["Full-time", ["FULLTIME"]],
  part_time: ["Part-time", ["PARTTIME"]],
  contract: ["Contractor", ["CONTRACTOR", "CONTRACTOR"]],
  temporary: ["Contractor", ["CONTRACTOR"]],
  internship: ["Internship", ["INTERN"]],
};
const publishers = ["LinkedIn", "Indeed", "Glassdoor", "ZipRecruiter", "Dice", "BeBee", "Jobs Trabajo.org", "Built In"];
const countryNames: Record<string, string> = { GB: "UK", DE: "Germany", US: "" };
const salaryPeriods = { hour: "HOUR", day: "DAY", week: "WEEK", month: "MONTH", year: "YEAR" } as const;

export const jsearchHandler: SourceHandler = {
  source: "jsearch",

  authenticate({ request }, { credentials }) {
    if (request.headers.get("x-rapidapi-key") !== credentials.rapidApiKey) {
      return jsonResponse({ message: "Invalid API key. Go to https://docs.rapidapi.com/docs/keys for more info." }, 401);
    }
    return undefined;
  },

  errorFor(fault) {
    if (fault.kind === "rate_limit") {
      return jsonResponse({ message: "Too many requests" }, 429, {
        "retry-after": String(fault.retryAfterSeconds),
        "x-ratelimit-requests-limit": "200",
        "x-ratelimit-requests-remaining": "0",
        "x-ratelimit-requests-reset": String(fault.retryAfterSeconds),
      });
    }
    return jsonResponse({ message: "Internal Server Error" }, fault.kind === "upstream_error" ? 502 : 500);
  },

  handle(request, context) {
    if (request.path === "/search") return search(request, context);
    if (request.path === "/job-details") return jobDetails(request, context);
    return jsonResponse({ message: "Endpoint '" + request.path + "' does not exist" }, 404);
  },
};

function requestId(params: URLSearchParams): string {
  const hex = [1, 2, 3, 4].map((n) => mixHash(hashString(params.toString()), n).toString(16).padStart(8, "0")).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

function badRequest(params: URLSearchParams, message: string): Response {
  return jsonResponse({ status: "ERROR", request_id: requestId(params), error: { message, code: 400 } }, 400);
}

function search({ params }: SourceRequest, { catalog, faults }: SourceContext): Response {
  const query = params.get("query");
  const page = integerParam(params, "page", 1, 100) ?? 1;
  const numPages = integerParam(params, "num_pages", 1, 20) ?? 1;
  const datePosted = params.get("date_posted") ?? "all";
  const country = (params.get("country") ?? "us").toLowerCase();
  if (!query) return badRequest(params, "Missing required parameters: query");
  if (Number.isNaN(page) || Number.isNaN(numPages) || !(datePosted in datePostedDays)) return badRequest(params, "Invalid parameter value");
  const channel = catalog.channel("jsearch", country);
  const days = datePostedDays[datePosted];
  const window = channel ? newestFirst(catalog, channel, days === undefined ? undefined : catalog.now - days * DAY_MS) : undefined;
  const from = (page - 1) * PAGE_SIZE;
  const positions = window ? range(from, Math.min(window.count, from + numPages * PAGE_SIZE)) : [];
  const data = channel && window ? renderPage(catalog, channel, positions.map(window.indexAt), faults, (job) => renderJob(job, catalog.now, faults), breakages) : [];
  return jsonResponse({
    status: "OK",
    request_id: requestId(params),
    parameters: { query, page, num_pages: numPages, date_posted: datePosted, country, language: params.get("language") ?? "en" },
    data,
  });
}

function jobDetails({ params }: SourceRequest, { catalog, faults }: SourceContext): Response {
  const jobId = params.get("job_id");
  if (!jobId) return badRequest(params, "Missing required parameters: job_id");
  const located = locateExternalId(catalog, "jsearch", jobId);
  const job = located && publishedJob(catalog, located.channel, located.index, { forceHourly: faults.hourlySalary });
  return jsonResponse({
    status: "OK",
    request_id: requestId(params),
    parameters: { job_id: jobId, country: job?.channel.partition ?? "us", language: "en" },
    data: job ? [renderJob(job, catalog.now, faults)] : [],
  });
}

function relativeAge(postedAt: number, now: number): string {
  const hours = Math.max(1, Math.floor((now - postedAt) / 3_600_000));
  if (hours < 24) return `${hours} hour${hours === 1 ? "" : "s"} ago`;
  const days = Math.floor(hours / 24);
  return `${days} day${days === 1 ? "" : "s"} ago`;
}

function renderJob(job: PublishedJob, now: number, faults: SourceContext["faults"]): JsonRecord {
  const { variant, job: world, rng } = job;
  const postedHour = Math.floor(job.postedAt.getTime() / 3_600_000) * 3_600_000;
  const [employmentText, employmentTypes] = employmentTexts[world.employment];
  const chosenPublishers = rng.sample(publishers, rng.int(1, 3));
  const slug = `${variant.title}-at-${variant.companyName}`.toLowerCase().replace(/[^a-z0-9]+/g, "-");
  const applyOptions = chosenPublishers.map((publisher, i) => ({
    publisher,
    apply_link: `https://www.${publisher.toLowerCase().replace(/[^a-z]+/g, "")}.com/jobs/view/${slug}-${job.index + i}?utm_campaign=google_jobs_apply&utm_source=google_jobs_apply&utm_medium=organic`,
    is_direct: false,
  }));
  const countryName = countryNames[world.country.code];
  const showSalary = variant.salary && rng.chance(0.6);
  const description = descriptionPlain(variant.description);
  const highlights: JsonRecord = rng.chance(0.1) ? {} : {
    Qualifications: variant.description.requirements,
    ...(variant.description.benefits.length ? { Benefits: variant.description.benefits } : {}),
    Responsibilities: variant.description.duties,
  };
  const record: JsonRecord = {
    job_id: job.externalId,
    job_title: faults.htmlInText ? withHtmlNoise(variant.title, job) : variant.title,
    employer_name: variant.companyName,
    employer_logo: rng.chance(0.85) ? `https://encrypted-tbn0.gstatic.com/images?q=tbn:ANd9Gc${Buffer.from(world.company.name).toString("base64url")}&s=0` : null,
    employer_website: rng.chance(0.6) ? world.company.website : null,
    job_publisher: chosenPublishers[0],
    job_employment_type: employmentText,
    job_employment_types: employmentTypes,
    job_apply_link: applyOptions[0].apply_link,
    job_apply_is_direct: false,
    apply_options: applyOptions,
    job_description: faults.htmlInText ? withHtmlNoise(description, job) : description,
    job_is_remote: world.workplace === "remote",
    job_posted_at: relativeAge(postedHour, now),
    job_posted_at_timestamp: postedHour / 1000,
    job_posted_at_datetime_utc: rng.chance(0.95) ? new Date(postedHour).toISOString() : null,
    job_location: countryName ? `${world.city.name}, ${countryName}` : `${world.city.name}, ${world.city.regionCode}`,
    job_city: world.city.name,
    job_state: world.city.region,
    job_country: world.country.code,
    job_latitude: world.city.lat,
    job_longitude: world.city.lng,
    job_benefits: rng.chance(0.5) ? null : rng.sample(["health_insurance", "paid_time_off", "dental_coverage", "retirement_savings"], rng.int(1, 3)),
    job_google_link: `https://www.google.com/search?q=jobs&gl=${job.channel.partition}&hl=en&udm=8#vhid=vt%3D20/docid%3D${encodeURIComponent(job.externalId)}&vssid=jobs-detail-viewer`,
    job_min_salary: showSalary ? variant.salary?.min : null,
    job_max_salary: showSalary ? variant.salary?.max : null,
    job_salary_period: showSalary && variant.salary ? salaryPeriods[variant.salary.period] : null,
    job_highlights: highlights,
    job_onet_soc: world.role.onetSoc,
    job_onet_job_zone: world.seniority === "senior" || world.seniority === "lead" ? "4" : "3",
  };
  if (rng.chance(0.6)) record.job_salary = null;
  if (faults.missingFields) {
    for (const key of ["employer_name", "job_city", "job_state", "job_min_salary", "job_max_salary", "job_salary_period", "job_highlights"]) delete record[key];
  }
  return record;
}

const breakages: ReadonlyArray<(record: JsonRecord) => void> = [
  (record) => delete record.job_id,
  (record) => (record.job_title = null),
  (record) => (record.job_posted_at_timestamp = "yesterday"),
  (record) => (record.job_is_remote = "no"),
];
