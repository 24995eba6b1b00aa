import type { RecommenderResult, Scored } from "./types";

// Content-based: the seeker's profile against open jobs, as the matching engine already stored it
// (matches ordered by rank_score). Reasons are the positive parts of the match explanation.

/** A stored match of the seeker's profile, as the loader reads it. */
export type ContentMatch = { jobId: string; score: number; rankScore: number | null; reasons: readonly string[] };

// Reasons that speak against the job, or only say data is missing: not a reason to recommend it.
const notInFavour = /^(missing|no |0 of )|not stated|below range|above range|another (country|place)|different currencies/i;

/** Up to three reasons from the match explanation that speak for the job, led by the score. */
export function contentReasons(score: number, reasons: readonly string[]): string[] {
  const inFavour = reasons.filter((r) => !notInFavour.test(r)).slice(0, 3);
  return [`Fits your profile: ${Math.round(score * 100)}% match`, ...inFavour.map((r) => r.charAt(0).toUpperCase() + r.slice(1))];
}

/** The seeker's best matches by ranking key, without the jobs they already have or dismissed. */
export function contentRecommendations(matches: readonly ContentMatch[], exclude: ReadonlySet<string>, limit: number): RecommenderResult {
  const items: Scored[] = [...matches]
    .filter((m) => !exclude.has(m.jobId))
    .sort((a, b) => (b.rankScore ?? b.score) - (a.rankScore ?? a.score) || b.score - a.score || a.jobId.localeCompare(b.jobId))
    .slice(0, limit)
    .map((m) => ({ jobId: m.jobId, score: m.rankScore ?? m.score, reasons: contentReasons(m.score, m.reasons) }));
  const message = items.length === 0 ? "No open job matches your profile well enough yet: add skills, experience and salary to your profile." : null;
  return { items, coldStart: false, message };
}
