import { and, asc, desc, eq, inArray, isNotNull, ne, sql } from "drizzle-orm";
import type { Db } from "@/db";
import { applications, companies, jobDismissals, jobs, matches } from "@/db/schema";
import type { ApplicationStage } from "@/db/schema/applications";
import { normaliseTitle } from "@/lib/skills";
import type { Interaction, PopularJob } from "./collaborative";
import type { ContentMatch } from "./content";

// What the recommenders read, all from current rows (computed on read, so a sync's rescored
// matches and every new save show at once). Each query is bounded by an index and a limit.

/** Most other candidates read per shared job: enough signal, bounded work for a very popular job. */
const NEIGHBOUR_CAP = 2000;

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

/** Every catalogue application of the other candidates who share at least one of these jobs. */
export async function neighbourInteractions(db: Db, candidateId: string, ownJobIds: string[]): Promise<Interaction[]> {
  if (ownJobIds.length === 0) return [];
  const sharing = db
    .selectDistinct({ candidateId: applications.candidateId })
    .from(applications)
    .where(and(inArray(applications.jobId, ownJobIds), ne(applications.candidateId, candidateId)))
    .limit(NEIGHBOUR_CAP);
  const rows = await db
    .select({ candidateId: applications.candidateId, jobId: applications.jobId, stage: applications.stage })
    .from(applications)
    .where(and(inArray(applications.candidateId, sharing), isNotNull(applications.jobId)));
  return rows.map((r) => ({ candidateId: r.candidateId, jobId: r.jobId!, stage: r.stage }));
}

/** A uuid[] parameter: one bound value however many ids, where `inArray` would bind one each. */
const uuidArray = (ids: readonly string[]) => sql`${`{${ids.join(",")}}`}::uuid[]`;

/** Other candidates per job (one application per candidate and job, so a plain count), and which of the jobs are open. */
export async function jobAudience(db: Db, candidateId: string, jobIds: string[]): Promise<{ popularity: Map<string, number>; open: Set<string> }> {
  if (jobIds.length === 0) return { popularity: new Map(), open: new Set() };
  const [counts, open] = await Promise.all([
    db
      .select({ jobId: applications.jobId, n: sql<number>`count(*)::int` })
      .from(applications)
      .where(and(sql`${applications.jobId} = any(${uuidArray(jobIds)})`, ne(applications.candidateId, candidateId)))
      .groupBy(applications.jobId),
    db.select({ id: jobs.id }).from(jobs).where(and(sql`${jobs.id} = any(${uuidArray(jobIds)})`, eq(jobs.status, "open"))),
  ]);
  return { popularity: new Map(counts.map((c) => [c.jobId!, Number(c.n)])), open: new Set(open.map((o) => o.id)) };
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
