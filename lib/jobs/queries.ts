import { and, asc, count, desc, eq, gte, ilike, lte, or, sql, type SQL } from "drizzle-orm";
import type { Db } from "@/db";
import { companies, jobs, jobSourceLinks, jobSources } from "@/db/schema";
import { NotFoundError } from "@/lib/errors";
import type { JobFilters } from "./filters";

export type JobListItem = Awaited<ReturnType<typeof listJobs>>["items"][number];

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

function conditionsFor(filters: JobFilters): SQL[] {
  const where: SQL[] = [];
  if (filters.status !== "any") where.push(eq(jobs.status, filters.status));
  if (filters.q) {
    // Full-text for words, trigram similarity for typos ("pyhton"), substring for fragments.
    where.push(
      or(
        sql`${jobs.searchVector} @@ websearch_to_tsquery('simple', ${filters.q})`,
        sql`word_similarity(${filters.q}, ${jobs.title}) > 0.5`,
        ilike(jobs.title, `%${escapeLike(filters.q)}%`),
      )!,
    );
  }
  if (filters.location) {
    const like = `%${escapeLike(filters.location)}%`;
    where.push(or(ilike(jobs.locationDisplay, like), ilike(jobs.city, like), ilike(jobs.region, like), eq(jobs.countryCode, filters.location.toUpperCase()))!);
  }
  if (filters.remote !== undefined) where.push(eq(jobs.remote, filters.remote));
  if (filters.internship !== undefined) where.push(eq(jobs.internship, filters.internship));
  if (filters.employment_type) where.push(eq(jobs.employmentType, filters.employment_type));
  if (filters.level) where.push(eq(jobs.level, filters.level));
  // A job matches a salary filter when its range overlaps the asked range.
  if (filters.min_salary !== undefined) where.push(gte(sql`coalesce(${jobs.salaryMax}, ${jobs.salaryMin})`, filters.min_salary));
  if (filters.max_salary !== undefined) where.push(lte(sql`coalesce(${jobs.salaryMin}, ${jobs.salaryMax})`, filters.max_salary));
  if (filters.posted_since) where.push(gte(jobs.postedAt, filters.posted_since));
  if (filters.source) {
    // A source by id, name or type ("adzuna"): jobs with at least one link from it.
    where.push(
      sql`exists (select 1 from ${jobSourceLinks} l join ${jobSources} s on s.id = l.source_id where l.job_id = ${jobs.id} and (s.id::text = ${filters.source} or s.name = ${filters.source} or s.type::text = ${filters.source}))`,
    );
  }
  return where;
}

const listColumns = {
  id: jobs.id,
  title: jobs.title,
  companyId: jobs.companyId,
  companyName: companies.name,
  locationDisplay: jobs.locationDisplay,
  countryCode: jobs.countryCode,
  remote: jobs.remote,
  employmentType: jobs.employmentType,
  level: jobs.level,
  internship: jobs.internship,
  salaryMin: jobs.salaryMin,
  salaryMax: jobs.salaryMax,
  salaryCurrency: jobs.salaryCurrency,
  salaryPredicted: jobs.salaryPredicted,
  skills: jobs.skills,
  status: jobs.status,
  postedAt: jobs.postedAt,
};

export async function listJobs(db: Db, filters: JobFilters) {
  const where = and(...conditionsFor(filters));
  const order = filters.q
    ? [desc(sql`ts_rank(${jobs.searchVector}, websearch_to_tsquery('simple', ${filters.q})) + word_similarity(${filters.q}, ${jobs.title})`), desc(jobs.postedAt)]
    : [sql`${jobs.postedAt} desc nulls last`, asc(jobs.id)];
  const [items, [{ total }]] = await Promise.all([
    db
      .select(listColumns)
      .from(jobs)
      .leftJoin(companies, eq(companies.id, jobs.companyId))
      .where(where)
      .orderBy(...order)
      .limit(filters.limit)
      .offset((filters.page - 1) * filters.limit),
    db.select({ total: count() }).from(jobs).where(where),
  ]);
  return {
    items,
    page: filters.page,
    limit: filters.limit,
    total,
    totalPages: Math.max(1, Math.ceil(total / filters.limit)),
  };
}

export async function getJob(db: Db, id: string) {
  const [job] = await db
    .select({ ...listColumns, description: jobs.description, applyUrl: jobs.applyUrl, city: jobs.city, region: jobs.region, lastSeenAt: jobs.lastSeenAt, createdAt: jobs.createdAt, updatedAt: jobs.updatedAt })
    .from(jobs)
    .leftJoin(companies, eq(companies.id, jobs.companyId))
    .where(eq(jobs.id, id))
    .limit(1);
  if (!job) throw new NotFoundError("Job");
  return job;
}

/** Every place a job was seen: the source, its id there and its link. */
export function getJobSources(db: Db, jobId: string) {
  return db
    .select({ sourceId: jobSources.id, source: jobSources.name, type: jobSources.type, externalId: jobSourceLinks.externalId, url: jobSourceLinks.url, firstSeenAt: jobSourceLinks.firstSeenAt, lastSeenAt: jobSourceLinks.lastSeenAt })
    .from(jobSourceLinks)
    .innerJoin(jobSources, eq(jobSources.id, jobSourceLinks.sourceId))
    .where(eq(jobSourceLinks.jobId, jobId))
    .orderBy(asc(jobSourceLinks.firstSeenAt));
}

/** The job sources by name, for choosing one in the Jobs filters. */
export function listSourceOptions(db: Db) {
  return db.select({ id: jobSources.id, name: jobSources.name, type: jobSources.type }).from(jobSources).orderBy(asc(jobSources.name));
}
