import { and, asc, desc, eq, gte, type SQL, sql } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "@/db";
import { candidates, companies, jobs, matches, type MatchStatus, type User } from "@/db/schema";
import { NotFoundError } from "@/lib/errors";
import { cappedCount, type PageOf } from "@/lib/http/pagination";
import { relatedSkillsForMatching } from "./related";
import { type MatchExplanation, scoreMatch } from "./score";
import { effectiveMatchSettings } from "./settings";
import { loadEngineCandidates, loadEngineJob } from "./store";

// Reading stored matches (an index scan on (job, score) or (candidate, score)) and explaining
// one pair on demand. Seekers see only their own candidate profile's matches: anything else is 404.

type Actor = Pick<User, "id" | "role">;

export const matchListQuery = z.object({
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  min_score: z.coerce.number().min(0, "min_score must be from 0 to 1").max(1, "min_score must be from 0 to 1").optional(),
  status: z.enum(["new", "shortlisted", "dismissed"]).optional(),
});
export type MatchListQuery = z.infer<typeof matchListQuery>;

/** What a listed match carries: its scores and explanation, with its job's and candidate's names. */
export const matchListColumns = {
  id: matches.id,
  score: matches.score,
  skillsScore: matches.skillsScore,
  experienceScore: matches.experienceScore,
  salaryScore: matches.salaryScore,
  locationScore: matches.locationScore,
  explanation: matches.explanation,
  status: matches.status,
  statusBy: matches.statusBy,
  statusAt: matches.statusAt,
  scoredAt: matches.scoredAt,
  jobId: jobs.id,
  jobTitle: jobs.title,
  companyName: companies.name,
  jobLocation: jobs.locationDisplay,
  jobRemote: jobs.remote,
  candidateId: candidates.id,
  candidateName: candidates.fullName,
  candidateTitle: candidates.headline,
  candidateLocation: candidates.location,
};

export type MatchListItem = Awaited<ReturnType<typeof selectPage>>[number];

function selectPage(db: Db, where: SQL, order: SQL[], limit: number, offset: number) {
  return db
    .select(matchListColumns)
    .from(matches)
    .innerJoin(jobs, eq(jobs.id, matches.jobId))
    .innerJoin(candidates, eq(candidates.id, matches.candidateId))
    .leftJoin(companies, eq(companies.id, jobs.companyId))
    .where(where)
    .orderBy(...order)
    .limit(limit)
    .offset(offset);
}

// Written as the indexes store it: a plain `desc` sorts nulls first and could not walk an index.
const bestFirst = [sql`${matches.score} desc nulls last`, asc(matches.id)];
/** A candidate's jobs: by the ranking key, then the score (matches_candidate_open_rank_idx serves it). */
const rankFirst = [sql`${matches.rankScore} desc nulls last`, sql`${matches.score} desc nulls last`, asc(matches.id)];

async function page(db: Db, conditions: SQL[], query: MatchListQuery, order: SQL[] = bestFirst): Promise<PageOf<MatchListItem>> {
  // job_open mirrors jobs.status (trigger), so both the page and its count stay on matches' indexes.
  const where = and(eq(matches.jobOpen, true), ...conditions)!;
  const offset = (query.page - 1) * query.limit;
  const [items, count] = await Promise.all([
    selectPage(db, where, order, query.limit, offset),
    cappedCount(db, sql`select 1 from ${matches} where ${where}`),
  ]);
  return { items, page: query.page, limit: query.limit, total: count.total, totalIsEstimate: count.totalIsEstimate, nextCursor: null };
}

function filters(query: Pick<MatchListQuery, "min_score" | "status">): SQL[] {
  const out: SQL[] = [];
  if (query.min_score !== undefined) out.push(gte(matches.score, query.min_score));
  if (query.status) out.push(eq(matches.status, query.status));
  return out;
}

/** A job's matches, best first (open jobs only). */
export async function listJobMatches(db: Db, jobId: string, query: MatchListQuery): Promise<PageOf<MatchListItem>> {
  const [job] = await db.select({ id: jobs.id }).from(jobs).where(eq(jobs.id, jobId));
  if (!job) throw new NotFoundError("Job");
  return page(db, [eq(matches.jobId, jobId), ...filters(query)], query);
}

/** The candidate, if the actor may see it: seekers only their own profile. */
async function visibleCandidate(db: Db, actor: Actor, candidateId: string) {
  const [candidate] = await db.select({ id: candidates.id, userId: candidates.userId }).from(candidates).where(eq(candidates.id, candidateId));
  if (!candidate || (actor.role === "seeker" && candidate.userId !== actor.id)) throw new NotFoundError("Candidate");
  return candidate;
}

/** A candidate's matched jobs, best first by the ranking key (score plus how much the job is theirs, lib/matching/rank.ts), open jobs only. */
export async function listCandidateMatches(db: Db, actor: Actor, candidateId: string, query: MatchListQuery): Promise<PageOf<MatchListItem>> {
  await visibleCandidate(db, actor, candidateId);
  return page(db, [eq(matches.candidateId, candidateId), ...filters(query)], query, rankFirst);
}

/** The seeker's own candidate profile id, or null when they have none yet. */
export async function ownCandidateId(db: Db, actor: Actor): Promise<string | null> {
  const [row] = await db.select({ id: candidates.id }).from(candidates).where(eq(candidates.userId, actor.id));
  return row?.id ?? null;
}

/** Best new matches across open jobs (the Matches page), optionally for one job. */
export async function listNewMatches(db: Db, query: MatchListQuery & { job_id?: string }): Promise<PageOf<MatchListItem>> {
  return page(db, newMatchConditions(query), query);
}

/** The Matches page's filters as conditions on matches (open jobs only is added by the reader). */
export function newMatchConditions(query: Omit<MatchListQuery, "page" | "limit"> & { job_id?: string }): SQL[] {
  const conditions = [eq(matches.status, query.status ?? "new"), ...filters({ min_score: query.min_score })];
  if (query.job_id) conditions.push(eq(matches.jobId, query.job_id));
  return conditions;
}

/** Up to `limit` of the Matches page's rows after `after` in its order (best first, then id): the export's keyset read. */
export function newMatchesAfter(db: Db, conditions: SQL[], after: { score: number; id: string } | null, limit: number): Promise<MatchListItem[]> {
  const keyset = after ? sql`(${matches.score} < ${after.score}::float8 or (${matches.score} = ${after.score}::float8 and ${matches.id} > ${after.id}::uuid))` : undefined;
  return selectPage(db, and(eq(matches.jobOpen, true), ...conditions, keyset)!, bestFirst, limit, 0);
}

/** Scores one pair now with the current settings (whether or not it is stored). */
export async function explainPair(db: Db, actor: Actor, input: { jobId: string; candidateId: string }): Promise<MatchExplanation> {
  await visibleCandidate(db, actor, input.candidateId);
  const [candidate] = await loadEngineCandidates(db, [input.candidateId]);
  // A closed job is still explained: the caller asked about this pair.
  const job = await loadEngineJob(db, input.jobId);
  if (!job) throw new NotFoundError("Job");
  const settings = await effectiveMatchSettings(db);
  return scoreMatch(job, candidate, { weights: settings.weights, related: relatedSkillsForMatching });
}

/** Shortlists or dismisses a stored match, keeping who and when; it leaves "new matches". */
export async function decideMatch(db: Db, actor: Actor, matchId: string, status: Exclude<MatchStatus, "new">) {
  const [row] = await db
    .update(matches)
    .set({ status, statusBy: actor.id, statusAt: new Date() })
    .where(eq(matches.id, matchId))
    .returning({ id: matches.id, status: matches.status, statusBy: matches.statusBy, statusAt: matches.statusAt });
  if (!row) throw new NotFoundError("Match");
  return row;
}

/** Open jobs that have new matches, best-matched first: the Matches page's job filter. */
export async function jobsWithNewMatches(db: Db, limit = 100): Promise<{ id: string; title: string; count: number }[]> {
  return db
    .select({ id: jobs.id, title: jobs.title, count: sql<number>`count(*)::int` })
    .from(matches)
    .innerJoin(jobs, eq(jobs.id, matches.jobId))
    .where(and(eq(matches.status, "new"), eq(matches.jobOpen, true)))
    .groupBy(jobs.id, jobs.title)
    .orderBy(desc(sql`max(${matches.score})`), asc(jobs.id))
    .limit(limit);
}
