import { orderOf, rankValue } from "./rank";
import type { RelatedSkills } from "./related";
import {
  type MatchExplanation,
  type MatchWeights,
  normaliseWeights,
  requirementsOf,
  requirementWeight,
  type ScoreCandidate,
  type ScoreJob,
  scoreMatch,
  experiencePart,
  locationPart,
  salaryPart,
  scoreValue,
  TRANSFER_CREDIT,
} from "./score";

// Scores jobs against many candidates without scoring every pair. An inverted index (skill ->
// candidate positions) visits only the candidates that share a skill, or a related one, with
// the job; each visit adds the most that skill can earn (1, or TRANSFER_CREDIT via a related
// skill), so the sum bounds the skills part from above. A pair whose bound, with its exact
// experience, salary and location parts, cannot reach the minimum is never fully scored. Kept
// pairs come back as numbers (score, ranking key); `pairToStore` adds the words for the ones stored.

export type EngineCandidate = ScoreCandidate & { id: string; headline?: string | null };
export type EngineJob = ScoreJob & { id: string; title?: string | null; occupationCode?: string | null };

export type EngineSettings = { weights: MatchWeights; minScore: number; related: RelatedSkills };

/** Rounding in the scorer moves a score by less than this; the bound keeps it as a margin so pruning never drops a pass. */
const BOUND_SLACK = 1e-3;

export type CandidateIndex = {
  candidates: readonly EngineCandidate[];
  /** Lower-cased skill name -> small integer id. */
  skillIds: Map<string, number>;
  /** Skill id -> positions of the candidates holding it (each once). */
  postings: Int32Array[];
};

export function buildCandidateIndex(candidates: readonly EngineCandidate[]): CandidateIndex {
  const skillIds = new Map<string, number>();
  const lists: number[][] = [];
  candidates.forEach((candidate, position) => {
    const own = new Set<number>();
    for (const name of candidate.skills) {
      const key = name.toLowerCase();
      let id = skillIds.get(key);
      if (id === undefined) {
        id = lists.length;
        skillIds.set(key, id);
        lists.push([]);
      }
      if (own.has(id)) continue;
      own.add(id);
      lists[id].push(position);
    }
  });
  return { candidates, skillIds, postings: lists.map((l) => Int32Array.from(l)) };
}

/** A kept pair: its score and explanation, and where it goes in the candidate's list (`order`, lib/matching/rank.ts). */
export type MatchedPair = { jobId: string; candidateId: string; explanation: MatchExplanation; order: { rank: number; reasons: string[] } };

/** A pair at or above the minimum, as numbers: the score and the ranking key (lib/matching/rank.ts). */
export type ScoredPair = { jobId: string; candidateId: string; candidate: EngineCandidate; score: number; rank: number };

/** The stored form of a kept pair: its explanation and the order's reasons (the same score and key). */
export function pairToStore(job: EngineJob, candidate: EngineCandidate, settings: Pick<EngineSettings, "weights" | "related">): MatchedPair {
  const explanation = scoreMatch(job, candidate, { weights: settings.weights, related: settings.related });
  return { jobId: job.id, candidateId: candidate.id, explanation, order: orderOf(job, candidate, explanation.score) };
}

export type EngineStats = {
  /** Every (job, candidate) pair looked at, pruned or not. */
  considered: number;
  /** Pairs that shared a skill (or a related one) with the job. */
  sharing: number;
  /** Pairs the full scorer ran on. */
  scored: number;
  kept: number;
};

export function emptyStats(): EngineStats {
  return { considered: 0, sharing: 0, scored: 0, kept: 0 };
}

/** A matcher over one candidate index: reuse it for every job so its scratch arrays are allocated once. */
export function createMatcher(index: CandidateIndex, settings: EngineSettings) {
  const n = index.candidates.length;
  const weights = normaliseWeights(settings.weights);
  const floor = settings.minScore - BOUND_SLACK;
  const rest = weights.experience + weights.salary + weights.location;
  // When the other parts alone can reach the minimum, skills cannot prune: every pair is scored.
  const pruneBySkills = rest < floor;
  const acc = new Float64Array(n);
  const skillStamp = new Int32Array(n);
  const touchedStamp = new Int32Array(n);
  const touched = new Int32Array(n);
  let stamp = 0;
  let touchedCount = 0;
  const relatedIds = new Map<string, number[]>();

  const relatedOf = (name: string): number[] => {
    const key = name.toLowerCase();
    let ids = relatedIds.get(key);
    if (!ids) {
      ids = [];
      for (const other of settings.related(name)) {
        const id = index.skillIds.get(other.toLowerCase());
        if (id !== undefined && !ids.includes(id)) ids.push(id);
      }
      relatedIds.set(key, ids);
    }
    return ids;
  };

  // Adds `credit` to each candidate on the list, once per requirement (`skillRound`).
  function visit(list: Int32Array, credit: number, skillRound: number, jobStamp: number) {
    for (let i = 0; i < list.length; i++) {
      const c = list[i];
      if (skillStamp[c] === skillRound) continue;
      skillStamp[c] = skillRound;
      if (touchedStamp[c] !== jobStamp) {
        touchedStamp[c] = jobStamp;
        acc[c] = 0;
        touched[touchedCount++] = c;
      }
      acc[c] += credit;
    }
  }

  const tryPair = (job: EngineJob, position: number, skillsBound: number, out: ScoredPair[], stats: EngineStats) => {
    const candidate = index.candidates[position];
    // Each exact part replaces its most (1) in the bound, cheapest first, so most pairs stop early.
    let bound = weights.skills * skillsBound + weights.experience + weights.salary + weights.location;
    const experience = experiencePart(job, candidate);
    bound -= weights.experience * (1 - experience);
    if (bound < floor) return;
    const location = locationPart(job, candidate);
    bound -= weights.location * (1 - location);
    if (bound < floor) return;
    const salary = salaryPart(job, candidate);
    bound -= weights.salary * (1 - salary);
    if (bound < floor) return;
    stats.scored++;
    const score = scoreValue(job, candidate, weights, settings.related, { experience, salary, location });
    if (score < settings.minScore) return;
    stats.kept++;
    out.push({ jobId: job.id, candidateId: candidate.id, candidate, score, rank: rankValue(job, candidate, score) });
  };

  /** The job's pairs at or above the minimum score, best first (ties by candidate id). */
  return function matchJob(job: EngineJob, stats: EngineStats = emptyStats()): ScoredPair[] {
    const out: ScoredPair[] = [];
    stats.considered += n;
    if (!pruneBySkills) {
      stats.sharing += n;
      for (let p = 0; p < n; p++) tryPair(job, p, 1, out, stats);
      return sortBest(out);
    }
    const requirements = requirementsOf(job);
    let total = 0;
    for (const r of requirements) total += requirementWeight(r);
    if (total === 0) return out;
    const jobStamp = ++stamp;
    touchedCount = 0;
    for (const r of requirements) {
      const weight = requirementWeight(r);
      const skillRound = ++stamp;
      const own = index.skillIds.get(r.name.toLowerCase());
      if (own !== undefined) visit(index.postings[own], weight, skillRound, jobStamp);
      for (const id of relatedOf(r.name)) visit(index.postings[id], weight * TRANSFER_CREDIT, skillRound, jobStamp);
    }
    stats.sharing += touchedCount;
    const need = (floor - rest) / weights.skills;
    for (let i = 0; i < touchedCount; i++) {
      const c = touched[i];
      const skillsBound = Math.min(1, acc[c] / total);
      if (skillsBound >= need) tryPair(job, c, skillsBound, out, stats);
    }
    return sortBest(out);
  };
}

function sortBest(pairs: ScoredPair[]): ScoredPair[] {
  return pairs.sort((a, b) => b.score - a.score || (a.candidateId < b.candidateId ? -1 : a.candidateId > b.candidateId ? 1 : 0));
}
