import type { ApplicationStage } from "@/db/schema/applications";
import type { RecommenderResult, Scored } from "./types";

// Item-based collaborative filtering over applications. Two jobs are alike when the same seekers
// went for both: cosine over their sets of candidates, |U_i ∩ U_j| / sqrt(|U_i| |U_j|). A job j
// scores the seeker's jobs' similarities to it, each weighted by how strongly the seeker went for
// theirs (an application counts more than a save). With nothing to go on (no applications, or
// nobody shares the seeker's jobs) it falls back to what is popular in their occupation, and says so.

/** A candidate's application (or save) of a catalogue job. */
export type Interaction = { candidateId: string; jobId: string; stage: ApplicationStage };

/** How much a seeker's application says about their taste: applying says more than saving. */
export function interactionWeight(stage: ApplicationStage): number {
  if (stage === "saved") return 1;
  if (stage === "withdrawn") return 0.5;
  return 2;
}

/** How the other candidates who had the seeker's job `ownJobId` went for job `jobId`. */
export type CoOccurrence = { ownJobId: string; jobId: string; together: number; savedThere: number; appliedHere: number };

/** Co-occurrence counts from raw applications: what signals.ts computes in SQL, kept here as its reference. */
export function coOccurrences(ownJobIds: readonly string[], neighbours: readonly Interaction[]): CoOccurrence[] {
  const own = new Set(ownJobIds);
  const byCandidate = new Map<string, Map<string, ApplicationStage>>();
  for (const i of neighbours) (byCandidate.get(i.candidateId) ?? byCandidate.set(i.candidateId, new Map()).get(i.candidateId)!).set(i.jobId, i.stage);
  const pairs = new Map<string, CoOccurrence>();
  for (const jobs of byCandidate.values()) {
    for (const [i, stageThere] of jobs) {
      if (!own.has(i)) continue;
      for (const [j, stageHere] of jobs) {
        if (own.has(j)) continue;
        const key = `${i}|${j}`;
        const pair = pairs.get(key) ?? pairs.set(key, { ownJobId: i, jobId: j, together: 0, savedThere: 0, appliedHere: 0 }).get(key)!;
        pair.together++;
        if (stageThere === "saved") pair.savedThere++;
        if (stageHere !== "saved") pair.appliedHere++;
      }
    }
  }
  return [...pairs.values()];
}

export type CollaborativeInput = {
  /** The seeker's own jobs and stages. */
  own: readonly { jobId: string; stage: ApplicationStage }[];
  /** How the candidates who share the seeker's jobs went for other jobs. */
  pairs: readonly CoOccurrence[];
  /** Other candidates per job, for the cosine's norms (at least the pairs' counts). */
  popularity: ReadonlyMap<string, number>;
  /** Jobs never to recommend: the seeker's own and dismissed ones. */
  exclude: ReadonlySet<string>;
  /** "Senior Go Engineer at Bluefin" for a job id. */
  label: (jobId: string) => string;
};

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

function reasonFor(pair: CoOccurrence, thereLabel: string): string {
  const there = pair.savedThere * 2 >= pair.together ? "saved" : "applied to";
  const here = pair.appliedHere * 2 > pair.together ? "applied here" : "saved this job";
  return `${plural(pair.together, "seeker")} who ${there} ${thereLabel} also ${here}`;
}

/** Jobs that seekers with the same saves and applications as this one went for, best first. */
export function collaborativeScores(input: CollaborativeInput, limit: number): Scored[] {
  const ownWeight = new Map(input.own.map((o) => [o.jobId, interactionWeight(o.stage)]));
  const totalWeight = [...ownWeight.values()].reduce((a, b) => a + b, 0);
  if (totalWeight === 0) return [];
  const byJob = new Map<string, CoOccurrence[]>();
  for (const pair of input.pairs) {
    if (!ownWeight.has(pair.ownJobId) || ownWeight.has(pair.jobId) || input.exclude.has(pair.jobId) || pair.together <= 0) continue;
    (byJob.get(pair.jobId) ?? byJob.set(pair.jobId, []).get(pair.jobId)!).push(pair);
  }
  const scored: Scored[] = [];
  for (const [j, pairs] of byJob) {
    const popJ = Math.max(input.popularity.get(j) ?? 0, ...pairs.map((p) => p.together));
    const contributions = pairs.map((pair) => {
      const popI = Math.max(input.popularity.get(pair.ownJobId) ?? 0, pair.together);
      return { pair, value: ownWeight.get(pair.ownJobId)! * (pair.together / Math.sqrt(popI * popJ)) };
    });
    contributions.sort((a, b) => b.value - a.value || b.pair.together - a.pair.together || a.pair.ownJobId.localeCompare(b.pair.ownJobId));
    const score = contributions.reduce((sum, c) => sum + c.value, 0) / totalWeight;
    scored.push({ jobId: j, score: Math.round(score * 10_000) / 10_000, reasons: contributions.slice(0, 2).map((c) => reasonFor(c.pair, input.label(c.pair.ownJobId))) });
  }
  return scored.sort((a, b) => b.score - a.score || a.jobId.localeCompare(b.jobId)).slice(0, limit);
}

/** An open job with how many other seekers saved or applied to it, and its occupation. */
export type PopularJob = { jobId: string; seekers: number; occupationCode: string | null };

/**
 * The cold start: jobs most saved or applied to by other seekers in the seeker's occupation (or
 * by anyone, when the occupation is unknown or has none), with a message saying this is a fallback.
 */
export function popularRecommendations(
  popular: readonly PopularJob[],
  occupation: { code: string; title: string } | null,
  exclude: ReadonlySet<string>,
  limit: number,
  why: "no_activity" | "no_overlap",
): RecommenderResult {
  const open = popular.filter((p) => !exclude.has(p.jobId) && p.seekers > 0);
  const inField = occupation ? open.filter((p) => p.occupationCode === occupation.code) : [];
  const chosen = inField.length > 0 ? inField : open;
  const field = inField.length > 0 ? occupation!.title : null;
  const top = Math.max(1, ...chosen.map((p) => p.seekers));
  const items = [...chosen]
    .sort((a, b) => b.seekers - a.seekers || a.jobId.localeCompare(b.jobId))
    .slice(0, limit)
    .map((p) => ({
      jobId: p.jobId,
      score: Math.round((p.seekers / top) * 10_000) / 10_000,
      reasons: [`Popular ${field ? `in ${field}` : "with seekers"}: ${plural(p.seekers, "seeker")} saved or applied`],
    }));
  const because = why === "no_activity" ? "You have not saved or applied to a job yet" : "No other seeker has gone for the jobs you saved yet";
  const message = items.length === 0 ? `${because}, and no seeker has saved or applied to an open job yet.` : `${because}, so these are the jobs most popular with seekers${field ? ` in ${field}` : ""}.`;
  return { items, coldStart: true, message };
}
