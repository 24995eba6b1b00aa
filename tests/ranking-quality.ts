import type { Db } from "@/db";
import { jobFit, rankingKey } from "@/lib/matching/rank";
import { scoreMatch, type MatchWeights } from "@/lib/matching/score";
import { computeResumeSearch } from "@/lib/matching/search";
import type { LabelledSet } from "@/simulator/labelled";
import { candidateRowOf, jobRowOf } from "./labelled";

export type RankingQuality = { candidates: number; jobs: number; top1: number; top5: number; mean_rank: number };

/**
 * How often the job a labelled candidate was built for ranks in their top 5 among all the set's
 * jobs, by the structured score or by the ranking key a candidate's jobs are listed in
 * (lib/matching/rank.ts). Ties count half: the expected place under an arbitrary order.
 */
export function structuredRankingQuality(set: LabelledSet, weights?: MatchWeights, by: "score" | "rank" = "score"): RankingQuality {
  const jobs = set.jobs.map((j) => ({ id: j.id, row: jobRowOf(j) }));
  let top1 = 0;
  let top5 = 0;
  let rankSum = 0;
  for (const labelled of set.candidates) {
    const candidate = candidateRowOf(labelled);
    const scores = jobs.map((j) => {
      const score = scoreMatch(j.row, candidate, { weights }).score;
      return { id: j.id, score: by === "rank" ? rankingKey(score, jobFit(j.row, candidate).fit) : score };
    });
    const own = scores.find((s) => s.id === labelled.intendedJobId)!.score;
    const better = scores.filter((s) => s.score > own).length;
    const ties = scores.filter((s) => s.score === own && s.id !== labelled.intendedJobId).length;
    const place = 1 + better + ties / 2;
    if (place < 2) top1++;
    if (place <= 5) top5++;
    rankSum += place;
  }
  const n = set.candidates.length;
  return { candidates: n, jobs: jobs.length, top1: top1 / n, top5: top5 / n, mean_rank: Number((rankSum / n).toFixed(2)) };
}

/** The same measure through the resume search: each labelled resume's text, the intended job's place in the first five. */
export async function resumeSearchQuality(db: Db, set: LabelledSet, jobIds: Map<string, string>, now = new Date("2026-12-01T00:00:00Z")) {
  let top1 = 0;
  let top5 = 0;
  const times: number[] = [];
  for (const labelled of set.candidates) {
    const started = performance.now();
    const result = await computeResumeSearch(db, { resume_text: labelled.resumeText, limit: 5 }, {}, now);
    times.push(performance.now() - started);
    const place = result.jobs.findIndex((j) => j.job.id === jobIds.get(labelled.intendedJobId));
    if (place === 0) top1++;
    if (place >= 0) top5++;
  }
  const n = set.candidates.length;
  return { candidates: n, jobs: set.jobs.length, top1: top1 / n, top5: top5 / n, times };
}
