import { z } from "zod";
import { safeHttpUrl } from "@/lib/links/safe-http-url";
import { skillLevels } from "@/lib/skills/levels";
import type { getJob, getJobSources, JobListItem } from "./queries";
import { employmentTypes, jobOrigins, jobStatuses, seniorityLevels, sourceTypes } from "./vocabulary";

type JobDetail = Awaited<ReturnType<typeof getJob>>;
type JobSourceRows = Awaited<ReturnType<typeof getJobSources>>;

const iso = (d: Date | null) => (d ? d.toISOString() : null);

const time = z.iso.datetime();

/** The JSON of jobForApi (the OpenAPI document's job). */
export const jobJson = z.object({
  id: z.uuid(),
  title: z.string(),
  company: z.object({ id: z.uuid(), name: z.string().nullable() }).nullable(),
  location: z.string().nullable(),
  country_code: z.string().nullable(),
  remote: z.boolean(),
  employment_type: z.enum(employmentTypes).nullable(),
  level: z.enum(seniorityLevels).nullable(),
  internship: z.boolean(),
  salary: z
    .object({ min: z.number().nullable(), max: z.number().nullable(), currency: z.string(), period: z.literal("year"), predicted: z.boolean() })
    .nullable()
    .describe("Annual, in the currency's units; `predicted` when the source estimated it"),
  skills: z.array(z.string()),
  status: z.enum(jobStatuses),
  posted_at: time.nullable(),
});

/** One place a job was seen (jobSourceForApi). */
export const jobSourceJson = z.object({
  source: z.string(),
  source_id: z.uuid(),
  type: z.enum(sourceTypes),
  external_id: z.string(),
  url: z.string().nullable(),
  first_seen_at: time.nullable(),
  last_seen_at: time.nullable(),
});

/** The JSON of jobDetailForApi. */
export const jobDetailJson = jobJson.extend({
  description: z.string(),
  city: z.string().nullable(),
  region: z.string().nullable(),
  apply_url: z.string().nullable(),
  origin: z.enum(jobOrigins),
  editable: z.boolean(),
  skill_requirements: z.array(z.object({ name: z.string(), level: z.enum(skillLevels), required: z.boolean() })),
  experience_years_min: z.number().nullable(),
  occupation_code: z.string().nullable(),
  last_seen_at: time.nullable(),
  created_at: time.nullable(),
  updated_at: time.nullable(),
  sources: z.array(jobSourceJson),
});

/** A job as the public API shows it (snake_case, ISO dates, salary grouped). */
export function jobForApi(job: JobListItem): z.infer<typeof jobJson> {
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
export function jobSourceForApi(s: JobSourceRows[number]): z.infer<typeof jobSourceJson> {
  return { source: s.source, source_id: s.sourceId, type: s.type, external_id: s.externalId, url: safeHttpUrl(s.url), first_seen_at: iso(s.firstSeenAt), last_seen_at: iso(s.lastSeenAt) };
}

export function jobDetailForApi(job: JobDetail, sources: JobSourceRows): z.infer<typeof jobDetailJson> {
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
