import { safeHttpUrl } from "@/lib/links/safe-http-url";
import type { getJob, getJobSources, JobListItem } from "./queries";

type JobDetail = Awaited<ReturnType<typeof getJob>>;
type JobSourceRows = Awaited<ReturnType<typeof getJobSources>>;

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/** A job as the public API shows it (snake_case, ISO dates, salary grouped). */
export function jobForApi(job: JobListItem) {
  return {
    id: job.id,
    title: job.title,
    company: job.companyId ? { id: job.companyId, name: job.companyName } : null,
    location: job.locationDisplay,
    country_code: job.countryCode,
    remote: job.remote,
    employment_type: job.employmentType,
    level: job.level,
    internship: job.internship,
    salary:
      job.salaryCurrency && (job.salaryMin !== null || job.salaryMax !== null)
        ? { min: job.salaryMin, max: job.salaryMax, currency: job.salaryCurrency, period: "year", predicted: job.salaryPredicted }
        : null,
    skills: job.skills,
    status: job.status,
    posted_at: iso(job.postedAt),
  };
}

/** One place a job was seen: the source, the job's id there and its link. */
export function jobSourceForApi(s: JobSourceRows[number]) {
  return { source: s.source, source_id: s.sourceId, type: s.type, external_id: s.externalId, url: safeHttpUrl(s.url), first_seen_at: iso(s.firstSeenAt), last_seen_at: iso(s.lastSeenAt) };
}

export function jobDetailForApi(job: JobDetail, sources: JobSourceRows) {
  return {
    ...jobForApi(job),
    description: job.description,
    city: job.city,
    region: job.region,
    apply_url: safeHttpUrl(job.applyUrl),
    origin: job.origin,
    editable: job.origin === "own",
    skill_requirements: job.skillRequirements,
    experience_years_min: job.experienceYearsMin,
    occupation_code: job.occupationCode,
    last_seen_at: iso(job.lastSeenAt),
    created_at: iso(job.createdAt),
    updated_at: iso(job.updatedAt),
    sources: sources.map(jobSourceForApi),
  };
}
