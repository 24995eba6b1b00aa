import { seniorityFrom } from "@/lib/etl/normalize";
import { seniorityLevels, type SeniorityLevel } from "@/lib/jobs/vocabulary";
import { normaliseTitle } from "@/lib/skills";
import { skillLevelRank, type SkillLevel } from "@/lib/skills/levels";
import { titleTokens } from "@/lib/skills/title-text";
import { locationPart, type MatchExplanation, type ScoreCandidate, type ScoreJob } from "./score";

// The order of one candidate's jobs. The match score answers "can this person do this job"; many
// jobs can answer yes equally (a narrow job whose few skills the person all has scores as high as
// the one that fits them). The ranking key adds how much this job is the person's job: the same
// occupation and title words, the same seniority, use of the person's strongest skills, and a place
// they can work from (the score's location part counted again: it weighs only 10 % of the score, so
// an equally skilled job abroad would otherwise rank beside the one in the person's city).
// The score, its parts and the minimum stay as issue 10 defines them; only the order changes.

/** Share of the ranking key that is fit; the rest is the match score. */
export const FIT_SHARE = 0.3;
/** How the fit is made up: title, seniority, the person's skills the job uses, and place. */
export const FIT_WEIGHTS = { title: 0.4, level: 0.3, coverage: 0.15, place: 0.15 } as const;

export type RankJob = Pick<ScoreJob, "skills" | "skillRequirements" | "level" | "remote" | "city" | "region" | "countryCode"> & { title?: string | null; occupationCode?: string | null };
export type RankCandidate = Pick<ScoreCandidate, "skills" | "skillLevels" | "yearsExperience" | "city" | "region" | "countryCode"> & { headline?: string | null };

export type JobFit = { fit: number; title: number; level: number; coverage: number; place: number; reasons: string[] };

const round = (n: number) => Math.round(n * 10_000) / 10_000;

/** 1 for the same seniority, less per step apart; 0.5 when either is unknown (the experience part never penalises being over-qualified, an order should). */
export function levelFit(jobLevel: SeniorityLevel | null, wanted: SeniorityLevel | null): number {
  if (!jobLevel || !wanted) return 0.5;
  return Math.max(0, 1 - 0.35 * Math.abs(seniorityLevels.indexOf(jobLevel) - seniorityLevels.indexOf(wanted)));
}

/** The seniority a person's title and years say they are at. */
export function candidateLevel(candidate: Pick<RankCandidate, "headline" | "yearsExperience">): SeniorityLevel | null {
  return seniorityFrom({ title: candidate.headline ?? "", yearsExperience: candidate.yearsExperience });
}

/**
 * 0 for another occupation, from 0.6 for the same occupation up to 1 when the title's words agree
 * too (Management Accountant vs Management Accountant, Group Reporting); 0.5 when either is unknown.
 */
export function titleFit(jobTitle: string | null | undefined, jobOccupation: string | null | undefined, headline: string | null | undefined): number {
  if (!headline || !jobTitle) return 0.5;
  const own = normaliseTitle(headline)?.code ?? null;
  const theirs = jobOccupation ?? normaliseTitle(jobTitle)?.code ?? null;
  if (!own || !theirs) return 0.5;
  if (own !== theirs) return 0;
  const a = tokensOf(headline);
  const b = tokensOf(jobTitle);
  if (a.size === 0 || b.size === 0) return 0.6;
  const shared = [...a].filter((t) => b.has(t)).length;
  return 0.6 + 0.4 * (shared / (a.size + b.size - shared));
}

// Titles repeat across a catalogue and a candidate list; bounded so odd titles cannot grow it forever.
const titleTokenCache = new Map<string, Set<string>>();

function tokensOf(title: string): Set<string> {
  let tokens = titleTokenCache.get(title);
  if (tokens) return tokens;
  tokens = new Set(titleTokens(title));
  if (titleTokenCache.size >= 20_000) titleTokenCache.clear();
  titleTokenCache.set(title, tokens);
  return tokens;
}

/** A skill's weight among the person's own: stronger skills count more; an unstated level counts as intermediate. */
const strength = (level: SkillLevel | undefined) => (level ? skillLevelRank(level) : 2);

/** Share of the person's skills, weighted by how strong they are in each, that the job asks for. */
export function skillCoverage(job: Pick<RankJob, "skills" | "skillRequirements">, candidate: Pick<RankCandidate, "skills" | "skillLevels">): number {
  if (candidate.skills.length === 0) return 0.5;
  const { weights, total } = skillWeightsOf(candidate);
  let used = 0;
  for (const key of askedKeysOf(job)) used += weights.get(key) ?? 0;
  return Math.min(1, used / total);
}

// The lower-cased skills a job asks for, worked out once per job object (ranked against thousands).
const askedKeys = new WeakMap<object, string[]>();

function askedKeysOf(job: Pick<RankJob, "skills" | "skillRequirements">): string[] {
  let keys = askedKeys.get(job);
  if (!keys) {
    keys = job.skills.map((name) => name.toLowerCase());
    const listed = new Set(keys);
    // A skill both listed and required counts once.
    for (const r of job.skillRequirements) if (!listed.has(r.name.toLowerCase())) keys.push(r.name.toLowerCase());
    askedKeys.set(job, keys);
  }
  return keys;
}

type SkillWeights = { weights: Map<string, number>; total: number };

// Inputs are read, never changed (as in score.ts), so a candidate ranked against many jobs is weighed once.
const weighedSkills = new WeakMap<object, SkillWeights>();

function skillWeightsOf(candidate: Pick<RankCandidate, "skills" | "skillLevels">): SkillWeights {
  const cached = weighedSkills.get(candidate);
  if (cached) return cached;
  const levels = new Map(Object.entries(candidate.skillLevels).map(([k, v]) => [k.toLowerCase(), v]));
  const weights = new Map<string, number>();
  for (const skill of candidate.skills) {
    const key = skill.toLowerCase();
    if (!weights.has(key)) weights.set(key, strength(levels.get(key)));
  }
  const built = { weights, total: [...weights.values()].reduce((a, b) => a + b, 0) };
  weighedSkills.set(candidate, built);
  return built;
}

const levelByCandidate = new WeakMap<object, SeniorityLevel | null>();

function cachedLevel(candidate: RankCandidate): SeniorityLevel | null {
  if (levelByCandidate.has(candidate)) return levelByCandidate.get(candidate)!;
  const level = candidateLevel(candidate);
  levelByCandidate.set(candidate, level);
  return level;
}

/** The score's location part (same city 1, same country 0.4, abroad 0, remote 1 or 0.6, unknown neutral); its reason is already in the score's. */
function placeFit(job: RankJob, candidate: RankCandidate): number {
  return locationPart(job, candidate);
}

function fitParts(job: RankJob, candidate: RankCandidate) {
  const title = titleFit(job.title, job.occupationCode, candidate.headline);
  const wanted = cachedLevel(candidate);
  const level = levelFit(job.level, wanted);
  const coverage = skillCoverage(job, candidate);
  const place = placeFit(job, candidate);
  const fit = FIT_WEIGHTS.title * title + FIT_WEIGHTS.level * level + FIT_WEIGHTS.coverage * coverage + FIT_WEIGHTS.place * place;
  return { title, wanted, level, coverage, place, fit };
}

/** How much this job is the person's job, in [0, 1], with the reasons a list shows. */
export function jobFit(job: RankJob, candidate: RankCandidate): JobFit {
  const { title, wanted, level, coverage, place, fit } = fitParts(job, candidate);
  const reasons: string[] = [];
  if (title === 0) reasons.push("another occupation than the candidate's title");
  else if (title >= 0.6) reasons.push(title >= 0.99 ? "same title as the candidate's" : "same occupation as the candidate's title");
  if (job.level && wanted) reasons.push(job.level === wanted ? `${job.level} role, the candidate's seniority` : `${job.level} role, candidate reads as ${wanted}`);
  reasons.push(`uses ${Math.round(coverage * 100)}% of the candidate's skills, by strength`);
  return { fit: round(fit), title: round(title), level: round(level), coverage: round(coverage), place: round(place), reasons };
}

/** The key a candidate's jobs are ordered by: mostly the match score, partly the fit. Ties stay ties. */
export function rankingKey(score: number, fit: number): number {
  return round((1 - FIT_SHARE) * score + FIT_SHARE * fit);
}

/** The ranking key orderOf gives, without the words. */
export function rankValue(job: RankJob, candidate: RankCandidate, score: number): number {
  return rankingKey(score, round(fitParts(job, candidate).fit));
}

/** Where a scored pair goes in the candidate's list, with the reasons (marked as about the order) a list shows. */
export function orderOf(job: RankJob, candidate: RankCandidate, score: number): { rank: number; fit: JobFit; reasons: string[] } {
  const fit = jobFit(job, candidate);
  return { rank: rankingKey(score, fit.fit), fit, reasons: fit.reasons.map((r) => `order: ${r}`) };
}

/** A match with its ranking key and the order's reasons appended, so the order explains itself. */
export function rankMatch(job: RankJob, candidate: RankCandidate, match: MatchExplanation): { rank: number; fit: JobFit; match: MatchExplanation } {
  const { rank, fit, reasons } = orderOf(job, candidate, match.score);
  return { rank, fit, match: { ...match, reasons: [...match.reasons, ...reasons] } };
}
