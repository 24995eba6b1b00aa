import type { Db } from "@/db";
import { giveWayEvery } from "@/lib/give-way";
import { buildCandidateIndex, createMatcher, emptyStats, type EngineCandidate, type EngineStats, pairToStore, type MatchedPair } from "./engine";
import { CandidateShortlists, type KeepLimits, keptForJob } from "./keep";
import { relatedSkillsForMatching, type RelatedSkills } from "./related";
import { effectiveMatchSettings, environmentKeepLimits } from "./settings";
import { candidateRankFloors, deleteStaleNewMatches, jobsWithStoredMatches, loadEngineCandidates, openJobChunks, staleDecidedPairs, type StaleScope, writeMatches } from "./store";

// Rescoring stored matches: all of them (weights changed), some jobs (a sync or an edit) or
// some candidates. Rows are replaced in place, so old scores stay visible until new ones land;
// running the same rescore twice writes the same rows (events arrive at least once). Which pairs
// above the minimum are stored: lib/matching/keep.ts.

/** How long scoring runs on this thread before letting I/O callbacks (the writes in flight) go on. */
const giveWayAfterMs = 10;

export type RescoreScope = { kind: "all" } | { kind: "jobs"; jobIds: readonly string[] } | { kind: "candidates"; candidateIds: readonly string[] };

export type RescoreOptions = { related?: RelatedSkills; chunkSize?: number; now?: Date; keep?: KeepLimits };

export type RescoreSummary = EngineStats & {
  /** Pairs written: each job's and each candidate's best of the `kept` (lib/matching/keep.ts). */
  stored: number;
  jobs: number;
  candidates: number;
  settingsVersion: number;
  ms: number;
  scoringMs: number;
  writingMs: number;
};

export async function rescoreMatches(db: Db, scope: RescoreScope, options: RescoreOptions = {}): Promise<RescoreSummary> {
  const started = performance.now();
  const stamp = options.now ?? new Date();
  const related = options.related ?? relatedSkillsForMatching;
  const settings = await effectiveMatchSettings(db);
  const pool = await loadEngineCandidates(db, scope.kind === "candidates" ? scope.candidateIds : undefined);
  const engineSettings = { weights: settings.weights, minScore: settings.minScore, related };
  const matchJob = createMatcher(buildCandidateIndex(pool), engineSettings);
  const keep = options.keep ?? environmentKeepLimits();
  // A rescore of some jobs adds to candidates' lists only what beats their best stored elsewhere.
  const floors =
    scope.kind === "jobs" && keep.perJob > 0 && keep.perCandidate > 0
      ? await candidateRankFloors(db, pool.map((c) => c.id), keep.perCandidate, new Set(scope.jobIds))
      : undefined;
  const shortlists = new CandidateShortlists(keep, floors);
  // Jobs new to matching (a sync's new jobs) have nothing stored to go stale: not searched after.
  const staleScope: StaleScope =
    scope.kind === "jobs" ? { jobIds: await jobsWithStoredMatches(db, scope.jobIds) } : scope.kind === "candidates" ? { candidateIds: scope.candidateIds } : {};
  const stats = emptyStats();
  let stored = 0;
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
    const slices = giveWayEvery(giveWayAfterMs);
    for (const job of chunk) {
      const found = matchJob(job, stats);
      const forJob = keptForJob(found, keep);
      for (const pair of forJob) pairs.push(pairToStore(job, pair.candidate, engineSettings));
      shortlists.offer(found, forJob.length);
      // Scoring a chunk takes seconds on this thread: give way often, so the database's answers to
      // the previous chunk's writes are read and its next batches sent while this one is scored.
      if (slices.due()) await slices.giveWay();
    }
    stored += pairs.length;
    scoringMs += performance.now() - scoringStarted;
    // The database writes one chunk while the next is scored; one write in flight keeps memory bounded.
    await pendingWrite;
    pendingWrite = (async () => {
      const writingStarted = performance.now();
      await writeMatches(db, pairs, stamp, settings.version);
      writingMs += performance.now() - writingStarted;
    })();
    // Marked handled now; the failure still surfaces at the next await of pendingWrite.
    pendingWrite.catch(() => undefined);
  }
  await pendingWrite;
  // Candidates' best that their jobs' lists did not store, scored again now that they are known.
  for await (const leftOver of scorePairs(db, shortlists.leftOver(), settings, related, pool)) {
    stored += leftOver.length;
    const leftOverStarted = performance.now();
    await writeMatches(db, leftOver, stamp, settings.version);
    writingMs += performance.now() - leftOverStarted;
  }
  // Pairs of the scope this rescore did not write fell below the minimum or out of both lists.
  await deleteStaleNewMatches(db, staleScope, stamp);
  await rescoreDecided(db, staleScope, stamp, settings, related);
  return { ...stats, stored, jobs: jobCount, candidates: pool.length, settingsVersion: settings.version, ms: Math.round(performance.now() - started), scoringMs: Math.round(scoringMs), writingMs: Math.round(writingMs) };
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
  // A closed job's decided pairs keep their last score; lists show open jobs only.
  for await (const pairs of scorePairs(db, stale, settings, related)) await writeMatches(db, pairs, stamp, settings.version);
}

/** Named pairs of open jobs scored with their explanation and order, a chunk of jobs at a time (candidates read unless given). */
async function* scorePairs(
  db: Db,
  named: readonly { jobId: string; candidateId: string }[],
  settings: Awaited<ReturnType<typeof effectiveMatchSettings>>,
  related: RelatedSkills,
  known: readonly EngineCandidate[] = [],
): AsyncGenerator<MatchedPair[]> {
  if (named.length === 0) return;
  const candidatesById = new Map(known.map((c) => [c.id, c]));
  const missing = [...new Set(named.map((p) => p.candidateId))].filter((id) => !candidatesById.has(id));
  for (const c of await loadEngineCandidates(db, missing)) candidatesById.set(c.id, c);
  const candidatesOfJob = new Map<string, string[]>();
  for (const { jobId, candidateId } of named) {
    const list = candidatesOfJob.get(jobId);
    if (list) list.push(candidateId);
    else candidatesOfJob.set(jobId, [candidateId]);
  }
  // Closed or deleted jobs are not in the chunks: their pairs are skipped.
  for await (const chunk of openJobChunks(db, 1000, [...candidatesOfJob.keys()])) {
    const pairs: MatchedPair[] = [];
    for (const job of chunk) {
      for (const candidateId of candidatesOfJob.get(job.id) ?? []) {
        const candidate = candidatesById.get(candidateId);
        if (!candidate) continue;
        pairs.push(pairToStore(job, candidate, { weights: settings.weights, related }));
      }
    }
    yield pairs;
  }
}

async function* noChunks(): AsyncGenerator<never> {}
