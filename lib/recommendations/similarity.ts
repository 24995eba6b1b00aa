import type { SimilarityJob } from "./types";

// How alike two jobs are, for "jobs like the ones you dismissed sink, like the ones you saved rise":
// the same company, the same occupation and shared skills, each a share of 1.

export const similarityWeights = { company: 0.4, occupation: 0.35, skills: 0.25 } as const;

/** Jaccard of two skill lists, case-insensitive; 0 when either is empty. */
export function skillOverlap(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  const left = new Set(a.map((s) => s.toLowerCase()));
  const right = new Set(b.map((s) => s.toLowerCase()));
  let shared = 0;
  for (const s of left) if (right.has(s)) shared++;
  return shared / (left.size + right.size - shared);
}

/** 0 (nothing in common) to 1 (same company, same occupation, same skills). */
export function jobSimilarity(a: SimilarityJob, b: SimilarityJob): number {
  const company = a.companyId !== null && a.companyId === b.companyId ? 1 : 0;
  const occupation = a.occupationCode !== null && a.occupationCode === b.occupationCode ? 1 : 0;
  const value = similarityWeights.company * company + similarityWeights.occupation * occupation + similarityWeights.skills * skillOverlap(a.skills, b.skills);
  return Math.round(value * 10_000) / 10_000;
}


/** The most similar of `others` to `job`, or null when none shares anything with it. */
export function mostSimilar<T extends SimilarityJob>(job: SimilarityJob | undefined, others: readonly T[]): { job: T; similarity: number } | null {
  if (!job) return null;
  let best: { job: T; similarity: number } | null = null;
  for (const other of others) {
    const similarity = jobSimilarity(job, other);
    if (similarity > 0 && (!best || similarity > best.similarity)) best = { job: other, similarity };
  }
  return best;
}
