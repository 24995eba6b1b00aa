import type { Db } from "@/db";
import { orderOf } from "./rank";
import { buildCandidateIndex, createMatcher, emptyStats, type EngineStats, type MatchedPair } from "./engine";
import { relatedSkillsForMatching, type RelatedSkills } from "./related";
import { scoreMatch } from "./score";
import { effectiveMatchSettings } from "./settings";
import { deleteStaleNewMatches, loadEngineCandidates, openJobChunks, staleDecidedPairs, type StaleScope, writeMatches } from "./store";

// Rescoring stored matches: all of them (weights changed), some jobs (a sync or an edit) or
// some candidates. Rows are replaced in place, so old scores stay visible until new ones land;
// running the same rescore twice writes the same rows (events arrive at least once).

export type RescoreScope = { kind: "all" } | { kind: "jobs"; jobIds: readonly string[] } | { kind: "candidates"; candidateIds: readonly string[] };

export type RescoreOptions = { related?: RelatedSkills; chunkSize?: number; now?: Date };

export type RescoreSummary = EngineStats & { jobs: number; candidates: number; settingsVersion: number; ms: number; scoringMs: number; writingMs: number };

export async function rescoreMatches(db: Db, scope: RescoreScope, options: RescoreOptions = {}): Promise<RescoreSummary> {
  const started = performance.now();
  const stamp = options.now ?? new Date();
  const related = options.related ?? relatedSkillsForMatching;
  const settings = await effectiveMatchSettings(db);
  const pool = await loadEngineCandidates(db, scope.kind === "candidates" ? scope.candidateIds : undefined);
  const matchJob = createMatcher(buildCandidateIndex(pool), { weights: settings.weights, minScore: settings.minScore, related });
  const stats = emptyStats();
  let jobCount = 0;
  let scoringMs = 0;
  let writingMs = 0;
  let pendingWrite: Promise<void> = Promise.resolve();
  const jobIds = scope.kind === "jobs" ? scope.jobIds : undefined;
  // Deleted candidates leave nobody to score: only their stale rows go (cascade already did).
  const chunks = pool.length > 0 ? openJobChunks(db, options.chunkSize ?? 1000, jobIds) : noChunks();
  for await (const chunk of chunks) {
    jobCount += chunk.length;
    const scoringStarted = performance.now();
    const pairs: MatchedPair[] = [];
    for (const job of chunk) pairs.push(...matchJob(job, stats));
    scoringMs += performance.now() - scoringStarted;
    // The database writes one chunk while the next is scored; one write in flight keeps memory bounded.
    await pendingWrite;
    pendingWrite = (async () => {
      const writingStarted = performance.now();
      await writeMatches(db, pairs, stamp, settings.version);
      // A full rescore prunes chunk by chunk so pairs that fell below never outlive their job's turn.
      if (scope.kind === "all") await deleteStaleNewMatches(db, { jobIds: chunk.map((j) => j.id) }, stamp);
      writingMs += performance.now() - writingStarted;
    })();
    // Marked handled now; the failure still surfaces at the next await of pendingWrite.
    pendingWrite.catch(() => undefined);
  }
  await pendingWrite;
  const staleScope: StaleScope =
    scope.kind === "jobs" ? { jobIds: scope.jobIds } : scope.kind === "candidates" ? { candidateIds: scope.candidateIds } : {};
  await deleteStaleNewMatches(db, staleScope, stamp);
  await rescoreDecided(db, staleScope, stamp, settings, related);
  return { ...stats, jobs: jobCount, candidates: pool.length, settingsVersion: settings.version, ms: Math.round(performance.now() - started), scoringMs: Math.round(scoringMs), writingMs: Math.round(writingMs) };
}

/** Shortlisted and dismissed pairs survive rescoring even below the minimum: their score is brought up to date. */
async function rescoreDecided(
  db: Db,
  scope: StaleScope,
  stamp: Date,
  settings: Awaited<ReturnType<typeof effectiveMatchSettings>>,
  related: RelatedSkills,
): Promise<void> {
  const stale = await staleDecidedPairs(db, scope, stamp);
  if (stale.length === 0) return;
  const candidatesById = new Map((await loadEngineCandidates(db, [...new Set(stale.map((p) => p.candidateId))])).map((c) => [c.id, c]));
  const pairs: MatchedPair[] = [];
  const jobIds = [...new Set(stale.map((p) => p.jobId))];
  const jobsById = new Map<string, Parameters<typeof scoreMatch>[0]>();
  for await (const chunk of openJobChunks(db, 1000, jobIds)) for (const job of chunk) jobsById.set(job.id, job);
  for (const { jobId, candidateId } of stale) {
    const job = jobsById.get(jobId);
    const candidate = candidatesById.get(candidateId);
    // A closed job's decided pairs keep their last score; lists show open jobs only.
    if (!job || !candidate) continue;
    const explanation = scoreMatch(job, candidate, { weights: settings.weights, related });
    pairs.push({ jobId, candidateId, explanation, order: orderOf(job, candidate, explanation.score) });
  }
  await writeMatches(db, pairs, stamp, settings.version);
}

async function* noChunks(): AsyncGenerator<never> {}
