import { asc, count, eq, ne, sql } from "drizzle-orm";
import type { Db } from "@/db";
import { applications, companies, jobs, type User } from "@/db/schema";
import { pageResponse, type PageResponse } from "@/lib/http/pagination";
import { boardPageSize, pipelineStages, type PipelineStage } from "./board-stages";
import { listApplications } from "./list";
import { applicationListItemForApi } from "./serialize";


/** The first page of every column as GET /api/v1/applications answers it, so the board paints on the server. */
export type BoardColumnPage = PageResponse<ReturnType<typeof applicationListItemForApi>>;

export async function firstColumnPages(db: Db, actor: Pick<User, "id" | "role">, jobId: string | null): Promise<Record<PipelineStage, BoardColumnPage>> {
  const pages = await Promise.all(
    pipelineStages.map(async (stage) => [stage, pageResponse(await listApplications(db, actor, { stage, job_id: jobId ?? undefined, page: 1, limit: boardPageSize }), applicationListItemForApi)] as const),
  );
  return Object.fromEntries(pages) as Record<PipelineStage, BoardColumnPage>;
}

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
