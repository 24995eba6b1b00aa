import type { getJob, JobListItem } from "./queries";

type JobDetail = Awaited<ReturnType<typeof getJob>>;

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

export function jobDetailForApi(job: JobDetail) {
  return {
    ...jobForApi(job),
    description: job.description,
    city: job.city,
    region: job.region,
    apply_url: job.applyUrl,
    last_seen_at: iso(job.lastSeenAt),
    created_at: iso(job.createdAt),
    updated_at: iso(job.updatedAt),
  };
}
