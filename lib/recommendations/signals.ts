import { and, asc, desc, eq, inArray, isNotNull, ne, sql } from "drizzle-orm";
import type { Db } from "@/db";
import { uuidArray } from "@/db/arrays";
import { queryRows } from "@/db/rows";
import { applications, companies, jobDismissals, jobs, matches } from "@/db/schema";
import type { ApplicationStage } from "@/db/schema/applications";
import { normaliseTitle } from "@/lib/skills";
import type { CoOccurrence, PopularJob } from "./collaborative";
import type { ContentMatch } from "./content";

// What the recommenders read, all from current rows (computed on read, so a sync's rescored
// matches and every new save show at once). Each query is bounded by an index and a limit.

/** Most other candidates read who share the seeker's jobs: enough signal, bounded work for very popular jobs. */
const NEIGHBOUR_CAP = 2000;
/** Most jobs scored collaboratively: those the neighbours went for most. */
const CANDIDATE_CAP = 500;

export async function ownInteractions(db: Db, candidateId: string): Promise<{ jobId: string; stage: ApplicationStage }[]> {
  const rows = await db
    .select({ jobId: applications.jobId, stage: applications.stage })
    .from(applications)
    .where(and(eq(applications.candidateId, candidateId), isNotNull(applications.jobId)));
  return rows.map((r) => ({ jobId: r.jobId!, stage: r.stage }));
}

export async function dismissedJobIds(db: Db, candidateId: string): Promise<string[]> {
  const rows = await db.select({ jobId: jobDismissals.jobId }).from(jobDismissals).where(eq(jobDismissals.candidateId, candidateId));
  return rows.map((r) => r.jobId);
}

/** The candidate's best stored matches among open jobs, by ranking key (matches_candidate_open_rank_idx). */
export async function contentPool(db: Db, candidateId: string, size: number): Promise<ContentMatch[]> {
  const rows = await db
    .select({ jobId: matches.jobId, score: matches.score, rankScore: matches.rankScore, explanation: matches.explanation })
    .from(matches)
    .where(and(eq(matches.candidateId, candidateId), eq(matches.jobOpen, true)))
    .orderBy(sql`${matches.rankScore} desc nulls last`, sql`${matches.score} desc nulls last`, asc(matches.id))
    .limit(size);
  return rows.map((r) => ({ jobId: r.jobId, score: r.score, rankScore: r.rankScore, reasons: r.explanation.reasons }));
}

/**
 * Co-occurrence counts, aggregated in the database: for each of the seeker's jobs i and each open
 * job j not excluded, how many other candidates went for both (and how). Only the CANDIDATE_CAP
 * jobs with the most co-occurrences are kept: the rest could only score through a tiny audience.
 */
export async function coOccurrencesFor(db: Db, candidateId: string, exclude: readonly string[]): Promise<CoOccurrence[]> {
  const rows = await queryRows<{ own_job_id: string; job_id: string; together: number; saved_there: number; applied_here: number }>(
    db,
    sql`
      with mine as (select job_id from ${applications} where candidate_id = ${candidateId} and job_id is not null),
      nb as (
        select distinct a.candidate_id from ${applications} a
        where a.job_id in (select job_id from mine) and a.candidate_id <> ${candidateId}
        limit ${NEIGHBOUR_CAP}),
      pairs as (
        select ai.job_id as own_job_id, aj.job_id, count(*)::int as together,
          (count(*) filter (where ai.stage = 'saved'))::int as saved_there,
          (count(*) filter (where aj.stage <> 'saved'))::int as applied_here
        from nb
        join ${applications} ai on ai.candidate_id = nb.candidate_id and ai.job_id in (select job_id from mine)
        join ${applications} aj on aj.candidate_id = nb.candidate_id and aj.job_id is not null
        join ${jobs} j on j.id = aj.job_id and j.status = 'open'
        where aj.job_id <> all(${uuidArray(exclude)})
        group by ai.job_id, aj.job_id),
      top as (select job_id from pairs group by job_id order by sum(together) desc, job_id limit ${CANDIDATE_CAP})
      select pairs.* from pairs join top using (job_id)`,
  );
  return rows.map((r) => ({ ownJobId: r.own_job_id, jobId: r.job_id, together: Number(r.together), savedThere: Number(r.saved_there), appliedHere: Number(r.applied_here) }));
}

/** Other candidates per job (one application per candidate and job, so a plain count). */
export async function jobPopularity(db: Db, candidateId: string, jobIds: string[]): Promise<Map<string, number>> {
  if (jobIds.length === 0) return new Map();
  const counts = await db
    .select({ jobId: applications.jobId, n: sql<number>`count(*)::int` })
    .from(applications)
    .where(and(sql`${applications.jobId} = any(${uuidArray(jobIds)})`, ne(applications.candidateId, candidateId)))
    .groupBy(applications.jobId);
  return new Map(counts.map((c) => [c.jobId!, Number(c.n)]));
}

/** The job's stored occupation, or its title's when the source gave none (demo and own jobs). */
export function occupationOf(job: { occupationCode: string | null; title: string }): string | null {
  return job.occupationCode ?? normaliseTitle(job.title)?.code ?? null;
}

/** Open jobs most saved or applied to by other candidates. */
export async function popularJobs(db: Db, candidateId: string, limit = 300): Promise<PopularJob[]> {
  const seekers = sql<number>`count(*)::int`;
  const rows = await db
    .select({ jobId: jobs.id, title: jobs.title, occupationCode: jobs.occupationCode, seekers })
    .from(applications)
    .innerJoin(jobs, eq(jobs.id, applications.jobId))
    .where(and(eq(jobs.status, "open"), ne(applications.candidateId, candidateId)))
    .groupBy(jobs.id, jobs.title, jobs.occupationCode)
    .orderBy(desc(seekers), asc(jobs.id))
    .limit(limit);
  return rows.map((r) => ({ jobId: r.jobId, seekers: Number(r.seekers), occupationCode: occupationOf(r) }));
}

export type JobFacts = Awaited<ReturnType<typeof jobFacts>>[number];

/** What similarity, reasons and the answer need of each job. */
export async function jobFacts(db: Db, ids: string[]) {
  if (ids.length === 0) return [];
  return db
    .select({
      id: jobs.id,
      title: jobs.title,
      companyId: jobs.companyId,
      companyName: companies.name,
      occupationCode: jobs.occupationCode,
      skills: jobs.skills,
      locationDisplay: jobs.locationDisplay,
      remote: jobs.remote,
      salaryMin: jobs.salaryMin,
      salaryMax: jobs.salaryMax,
      salaryCurrency: jobs.salaryCurrency,
      postedAt: jobs.postedAt,
      status: jobs.status,
    })
    .from(jobs)
    .leftJoin(companies, eq(companies.id, jobs.companyId))
    .where(inArray(jobs.id, ids));
}
