import { and, asc, eq, gt, inArray, type SQL, sql } from "drizzle-orm";
import { parallelWrites, type Db } from "@/db";
import { queryRows } from "@/db/rows";
import { candidates, jobs } from "@/db/schema";
import { emit, matchesCreated, notifyEventsCommitted, strongMatchesFound } from "@/lib/events";
import { emitForWebhooks } from "@/lib/webhooks/emit";
import type { EngineCandidate, EngineJob, MatchedPair } from "./engine";
import { metrics } from "@/lib/observability/metrics";

// Reading what the engine needs and writing what it found, set-based: one statement per few
// thousand rows, never one per pair.

const jobColumns = {
  id: jobs.id,
  title: jobs.title,
  occupationCode: jobs.occupationCode,
  skills: jobs.skills,
  skillRequirements: jobs.skillRequirements,
  experienceYearsMin: jobs.experienceYearsMin,
  level: jobs.level,
  salaryMin: jobs.salaryMin,
  salaryMax: jobs.salaryMax,
  salaryCurrency: jobs.salaryCurrency,
  remote: jobs.remote,
  city: jobs.city,
  region: jobs.region,
  countryCode: jobs.countryCode,
};

const candidateColumns = {
  id: candidates.id,
  headline: candidates.headline,
  skills: candidates.skills,
  skillLevels: candidates.skillLevels,
  yearsExperience: candidates.yearsExperience,
  salaryExpectation: candidates.salaryExpectation,
  salaryCurrency: candidates.salaryCurrency,
  city: candidates.city,
  region: candidates.region,
  countryCode: candidates.countryCode,
};

/** Candidates as the engine reads them: all of them, or the ones named. */
export async function loadEngineCandidates(db: Db, ids?: readonly string[]): Promise<EngineCandidate[]> {
  if (ids && ids.length === 0) return [];
  const query = db.select(candidateColumns).from(candidates);
  return ids ? query.where(inArray(candidates.id, [...ids])).orderBy(asc(candidates.id)) : query.orderBy(asc(candidates.id));
}

/** Whether there is any candidate to match jobs with. */
export async function anyCandidates(db: Db): Promise<boolean> {
  const [row] = await db.select({ id: candidates.id }).from(candidates).limit(1);
  return row !== undefined;
}

/** One job as the engine reads it, whatever its status; null when there is none. */
export async function loadEngineJob(db: Db, id: string): Promise<EngineJob | null> {
  const [job] = await db.select(jobColumns).from(jobs).where(eq(jobs.id, id));
  return job ?? null;
}

/** Open jobs in id order, a chunk at a time (all of them, or the ones named), so memory stays bounded. */
export async function* openJobChunks(db: Db, chunkSize: number, ids?: readonly string[]): AsyncGenerator<EngineJob[]> {
  if (ids) {
    const sorted = [...new Set(ids)].sort();
    for (let i = 0; i < sorted.length; i += chunkSize) {
      const chunk = await db
        .select(jobColumns)
        .from(jobs)
        .where(and(inArray(jobs.id, sorted.slice(i, i + chunkSize)), eq(jobs.status, "open")))
        .orderBy(asc(jobs.id));
      if (chunk.length) yield chunk;
    }
    return;
  }
  let after: string | null = null;
  for (;;) {
    const where: SQL | undefined = after ? and(eq(jobs.status, "open"), gt(jobs.id, after)) : eq(jobs.status, "open");
    const chunk = await db.select(jobColumns).from(jobs).where(where).orderBy(asc(jobs.id)).limit(chunkSize);
    if (chunk.length === 0) return;
    yield chunk;
    after = chunk[chunk.length - 1].id;
    if (chunk.length < chunkSize) return;
  }
}

const writeBatch = 2000;

/** A PostgreSQL array literal of uuids or numbers: neither needs quoting. */
function plainArray(values: readonly (string | number)[]): string {
  return `{${values.join(",")}}`;
}

/** A pair stored for the first time at this score or above is news: matches/strong tells its recruiter and seeker. */
export const strongMatchScore = 0.85;

/**
 * Upserts scored pairs (unnest of typed arrays: one statement per batch); status and who set it
 * survive. Each batch's newly inserted strong pairs are emitted in the batch's transaction.
 */
export async function writeMatches(db: Db, pairs: readonly MatchedPair[], stamp: Date, settingsVersion: number): Promise<void> {
  let emitted = false;
  let newMatches = 0;
  const writeBatchAt = async (i: number) => {
    const batch = pairs.slice(i, i + writeBatch);
    const column = (pick: (p: MatchedPair) => string | number) => plainArray(batch.map(pick));
    // Explanations go as one JSON array (one native stringify, no per-row quoting), joined by position.
    const explanations = JSON.stringify(batch.map((p) => ({ skills: p.explanation.skills, reasons: [...p.explanation.reasons, ...p.order.reasons] })));
    const upsert = sql`
      insert into matches (job_id, candidate_id, score, skills_score, experience_score, salary_score, location_score, rank_score, explanation, settings_version, scored_at, job_open)
      select x.job_id, x.candidate_id, x.score, x.skills_score, x.experience_score, x.salary_score, x.location_score, x.rank_score, e.explanation,
             ${settingsVersion}::int, ${stamp.toISOString()}::timestamptz, j.status = 'open'
      from unnest(
        ${column((p) => p.jobId)}::uuid[], ${column((p) => p.candidateId)}::uuid[], ${column((p) => p.explanation.score)}::float8[],
        ${column((p) => p.explanation.parts.skills)}::float8[], ${column((p) => p.explanation.parts.experience)}::float8[],
        ${column((p) => p.explanation.parts.salary)}::float8[], ${column((p) => p.explanation.parts.location)}::float8[],
        ${column((p) => p.order.rank)}::float8[]
      ) with ordinality as x(job_id, candidate_id, score, skills_score, experience_score, salary_score, location_score, rank_score, n)
      join jsonb_array_elements(${explanations}::jsonb) with ordinality as e(explanation, n) on e.n = x.n
      join jobs j on j.id = x.job_id
      on conflict (job_id, candidate_id) do update set
        score = excluded.score, skills_score = excluded.skills_score, experience_score = excluded.experience_score,
        salary_score = excluded.salary_score, location_score = excluded.location_score, rank_score = excluded.rank_score, explanation = excluded.explanation,
        settings_version = excluded.settings_version, scored_at = excluded.scored_at, job_open = excluded.job_open
      where matches.scored_at <= excluded.scored_at
      returning job_id, candidate_id, score, xmax = 0 as inserted`;
    await db.transaction(async (transaction) => {
      const tx = transaction as unknown as Db;
      // xmax is 0 on a row this statement inserted, and set on one it updated.
      const inserted = (await queryRows<{ job_id: string; candidate_id: string; score: number }>(tx, sql`with written as (${upsert}) select job_id, candidate_id, score from written where inserted`)).map(
        (m) => ({ jobId: m.job_id, candidateId: m.candidate_id, score: Number(m.score) }),
      );
      newMatches += inserted.length;
      if ((await emitForWebhooks(tx, "match.created", inserted, (matches) => matchesCreated.create({ matches }))) > 0) emitted = true;
      const strong = inserted.filter((m) => m.score >= strongMatchScore);
      if (strong.length === 0) return;
      await emit(tx, strongMatchesFound.create({ matches: strong }));
      emitted = true;
    });
  };
  // Batches are disjoint pairs, so their transactions never wait on each other: on PostgreSQL two
  // run side by side (about 1.5x the rows a second into a 3 M-row table, docs/BENCHMARKS.md).
  const starts = Array.from({ length: Math.ceil(pairs.length / writeBatch) }, (_, k) => k * writeBatch);
  const writer = async () => {
    for (let next = starts.shift(); next !== undefined; next = starts.shift()) await writeBatchAt(next);
  };
  await Promise.all(Array.from({ length: Math.min(parallelWrites(db), starts.length) }, writer));
  metrics().matchesCreated.inc(newMatches);
  if (emitted) notifyEventsCommitted();
}

/**
 * Each candidate's worst ranking key among their best `limit` stored pairs of open jobs outside
 * `rescored` (the jobs being rescored, whose stored keys are about to change). A candidate with
 * fewer such pairs, or one of those in their best, gets none: every new pair may be in their best.
 */
export async function candidateRankFloors(db: Db, candidateIds: readonly string[], limit: number, rescored: ReadonlySet<string>): Promise<Map<string, number>> {
  const floors = new Map<string, number>();
  if (candidateIds.length === 0 || limit <= 0) return floors;
  const rows = await queryRows<{ candidate_id: string; job_id: string; rank_score: number | null }>(
    db,
    sql`select c.id as candidate_id, t.job_id, t.rank_score
        from unnest(${plainArray(candidateIds)}::uuid[]) as c(id)
        cross join lateral (
          select m.job_id, m.rank_score from matches m
          where m.candidate_id = c.id and m.job_open
          order by m.rank_score desc nulls last, m.score desc, m.id
          limit ${limit}
        ) t`,
  );
  const best = new Map<string, { jobId: string; rank: number | null }[]>();
  for (const r of rows) {
    const list = best.get(r.candidate_id) ?? [];
    list.push({ jobId: r.job_id, rank: r.rank_score === null ? null : Number(r.rank_score) });
    best.set(r.candidate_id, list);
  }
  for (const [candidateId, list] of best) {
    const worst = list[list.length - 1];
    if (list.length < limit || worst.rank === null || list.some((p) => rescored.has(p.jobId))) continue;
    floors.set(candidateId, worst.rank);
  }
  return floors;
}

/** Of these jobs, the ones with stored pairs: only those can have pairs a rescore leaves stale. */
export async function jobsWithStoredMatches(db: Db, jobIds: readonly string[]): Promise<string[]> {
  if (jobIds.length === 0) return [];
  const rows = await queryRows<{ id: string }>(
    db,
    sql`select j.id from unnest(${plainArray(jobIds)}::uuid[]) as j(id) where exists (select 1 from matches m where m.job_id = j.id)`,
  );
  return rows.map((r) => r.id);
}

export type StaleScope = { jobIds?: readonly string[]; candidateIds?: readonly string[] };

function scopeCondition(scope: StaleScope): SQL {
  if (scope.jobIds) return sql`job_id = any(${plainArray(scope.jobIds)}::uuid[])`;
  if (scope.candidateIds) return sql`candidate_id = any(${plainArray(scope.candidateIds)}::uuid[])`;
  return sql`true`;
}

/** Deletes new pairs in scope that the rescore stamped `stamp` did not write: they fell below the minimum. */
export async function deleteStaleNewMatches(db: Db, scope: StaleScope, stamp: Date): Promise<void> {
  if ((scope.jobIds && scope.jobIds.length === 0) || (scope.candidateIds && scope.candidateIds.length === 0)) return;
  await db.execute(sql`delete from matches where status = 'new' and scored_at < ${stamp.toISOString()}::timestamptz and ${scopeCondition(scope)}`);
}

/** Shortlisted or dismissed pairs in scope the rescore did not write: kept, but rescored so their score is current. */
export async function staleDecidedPairs(db: Db, scope: StaleScope, stamp: Date): Promise<{ jobId: string; candidateId: string }[]> {
  if ((scope.jobIds && scope.jobIds.length === 0) || (scope.candidateIds && scope.candidateIds.length === 0)) return [];
  const rows = await queryRows<{ job_id: string; candidate_id: string }>(
    db,
    sql`select job_id, candidate_id from matches where status <> 'new' and scored_at < ${stamp.toISOString()}::timestamptz and ${scopeCondition(scope)}`,
  );
  return rows.map((r) => ({ jobId: r.job_id, candidateId: r.candidate_id }));
}

/**
 * Jobs a sync run inserted or rewrote: linked by the run (the links it stored or saw) and
 * updated since it started. Other runs' jobs of the same moment are theirs to rescore.
 */
export async function jobsChangedByRun(db: Db, runId: string): Promise<string[]> {
  const rows = await queryRows<{ id: string }>(
    db,
    sql`select distinct j.id from job_source_links l join jobs j on j.id = l.job_id join sync_runs r on r.id = l.last_run_id
        where l.last_run_id = ${runId}::uuid and j.updated_at >= coalesce(r.started_at, r.created_at)`,
  );
  return rows.map((r) => r.id);
}
