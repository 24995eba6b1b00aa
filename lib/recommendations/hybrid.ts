import { mostSimilar } from "./similarity";
import type { LabelledJob, Scored } from "./types";

// The hybrid ranking: reciprocal rank fusion of the content and collaborative lists (robust to
// their scores being on different scales), then the seeker's behaviour: a job like one they saved
// or applied to rises, a job like one they dismissed sinks. Dismissed jobs themselves never get
// here (the loader excludes them).

export const hybridWeights = {
  /** Share of the fused rank from the profile match. */
  content: 0.6,
  /** Share from what similar seekers went for. */
  collaborative: 0.4,
  /** The usual RRF constant: rank 1 is worth 1/61, rank 10 1/70, so neither list's top dominates. */
  rrfK: 60,
  /** An identical job to a saved one scores up to 50% more. */
  lift: 0.5,
  /** An identical job to a dismissed one keeps only 20% of its score. */
  sink: 0.8,
  /** Similarity from which the like / dismissed reason is shown. */
  reasonAt: 0.35,
} as const;

export type HybridInput = {
  content: readonly Scored[];
  collaborative: readonly Scored[];
  /** Facts of every job in either list, for the similarity to liked and dismissed jobs. */
  jobs: ReadonlyMap<string, LabelledJob>;
  /** Jobs the seeker saved or applied to. */
  liked: readonly LabelledJob[];
  dismissed: readonly LabelledJob[];
};

/** The fused score, 0..1: 1 for a job first in both lists. */
export function fusedScore(contentRank: number | null, collaborativeRank: number | null): number {
  const { content, collaborative, rrfK } = hybridWeights;
  const part = (weight: number, rank: number | null) => (rank === null ? 0 : weight / (rrfK + rank));
  return (part(content, contentRank) + part(collaborative, collaborativeRank)) / ((content + collaborative) / (rrfK + 1));
}

/** The behaviour factor: above 1 for a job like a liked one, below 1 for one like a dismissed one. */
export function behaviourFactor(likeSimilarity: number, dismissSimilarity: number): number {
  return (1 + hybridWeights.lift * likeSimilarity) * (1 - hybridWeights.sink * dismissSimilarity);
}

export function hybridRank(input: HybridInput, limit: number): Scored[] {
  const rankOf = (list: readonly Scored[]) => new Map(list.map((s, i) => [s.jobId, { rank: i + 1, reasons: s.reasons }]));
  const content = rankOf(input.content);
  const collaborative = rankOf(input.collaborative);
  const ids = [...new Set([...content.keys(), ...collaborative.keys()])];
  const scored = ids.map((jobId) => {
    const c = content.get(jobId);
    const f = collaborative.get(jobId);
    const job = input.jobs.get(jobId);
    const like = mostSimilar(job, input.liked);
    const dislike = mostSimilar(job, input.dismissed);
    const score = fusedScore(c?.rank ?? null, f?.rank ?? null) * behaviourFactor(like?.similarity ?? 0, dislike?.similarity ?? 0);
    const reasons = [...(c?.reasons.slice(0, 2) ?? []), ...(f?.reasons.slice(0, 1) ?? [])];
    if (like && like.similarity >= hybridWeights.reasonAt) reasons.push(`Like ${like.job.label}, which you went for`);
    if (dislike && dislike.similarity >= hybridWeights.reasonAt) reasons.push(`Ranked lower: like ${dislike.job.label}, which you dismissed`);
    return { jobId, score: Math.round(score * 10_000) / 10_000, reasons };
  });
  return scored.sort((a, b) => b.score - a.score || a.jobId.localeCompare(b.jobId)).slice(0, limit);
}
