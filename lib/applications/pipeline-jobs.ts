import { asc, count, eq, ne, sql } from "drizzle-orm";
import type { Db } from "@/db";
import { applications, companies, jobs } from "@/db/schema";

export type PipelineJob = { id: string; title: string; company: string | null; applications: number };

/** Most jobs the filter lists; a recruiter with more opens a job's own pipeline from its page. */
export const pipelineJobsLimit = 200;

/**
 * The jobs with candidates in the recruiters' pipeline (a seeker's "saved" bookmark does not
 * count), for the board's job filter: by title, each with how many applications it has.
 */
export async function listPipelineJobs(db: Db): Promise<PipelineJob[]> {
  return db
    .select({ id: jobs.id, title: jobs.title, company: companies.name, applications: count(applications.id) })
    .from(applications)
    .innerJoin(jobs, eq(jobs.id, applications.jobId))
    .leftJoin(companies, eq(companies.id, jobs.companyId))
    .where(ne(applications.stage, "saved"))
    .groupBy(jobs.id, companies.name)
    .orderBy(asc(sql`lower(${jobs.title})`), asc(jobs.id))
    .limit(pipelineJobsLimit);
}
