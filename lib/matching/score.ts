import type { SeniorityLevel } from "@/lib/jobs/vocabulary";
import type { SkillLevel, SkillRequirement } from "@/lib/skills/levels";
import { convertSalary } from "./currency";
import { relatedSkillsForMatching, type RelatedSkills } from "./related";
import { scoreSkills } from "./skills-part";

export { levelCredit, NICE_TO_HAVE_WEIGHT, requirementsOf, requirementWeight, TRANSFER_CREDIT } from "./skills-part";

// The score of one (job, candidate) pair: pure and deterministic, so the same rows always give
// the same number and explanation. Missing data gives the neutral 0.5 and a reason saying so.

export type MatchWeights = { skills: number; experience: number; salary: number; location: number };

export const defaultMatchWeights: MatchWeights = { skills: 0.4, experience: 0.3, salary: 0.2, location: 0.1 };

/** What the scorer reads of a job: a subset of the jobs row, so a row passes as it is. */
export type ScoreJob = {
  skills: readonly string[];
  skillRequirements: readonly SkillRequirement[];
  experienceYearsMin: number | null;
  level: SeniorityLevel | null;
  salaryMin: number | null;
  salaryMax: number | null;
  salaryCurrency: string | null;
  remote: boolean;
  city: string | null;
  region: string | null;
  countryCode: string | null;
};

/** What the scorer reads of a candidate: a subset of the candidates row. */
export type ScoreCandidate = {
  skills: readonly string[];
  skillLevels: Readonly<Record<string, SkillLevel>>;
  yearsExperience: number | null;
  salaryExpectation: number | null;
  salaryCurrency: string | null;
  city: string | null;
  region: string | null;
  countryCode: string | null;
};

export type MatchParts = { skills: number; experience: number; salary: number; location: number };

export type MatchSkills = {
  matching: string[];
  partial: { name: string; has: SkillLevel; wants: SkillLevel }[];
  transferable: { name: string; via: string }[];
  missing: string[];
};

export type MatchExplanation = { score: number; parts: MatchParts; skills: MatchSkills; reasons: string[] };

export type ScoreOptions = { weights?: MatchWeights; related?: RelatedSkills };

/** The neutral value of a part whose data is missing on either side. */
export const NEUTRAL = 0.5;
/** Years a posting of this seniority expects when it states none. */
const yearsForSeniority: Record<SeniorityLevel, number> = { intern: 0, junior: 1, mid: 2, senior: 5, lead: 7, executive: 10 };

export function normaliseWeights(weights: MatchWeights): MatchWeights {
  const total = weights.skills + weights.experience + weights.salary + weights.location;
  if (!(total > 0)) throw new RangeError("Match weights must add up to more than zero");
  return {
    skills: weights.skills / total,
    experience: weights.experience / total,
    salary: weights.salary / total,
    location: weights.location / total,
  };
}

function years(n: number): string {
  const rounded = Math.round(n * 10) / 10;
  return `${rounded} year${rounded === 1 ? "" : "s"}`;
}

function askedYears(stated: number | null, wanted: number, level: SeniorityLevel | null): string {
  return stated !== null ? `${years(wanted)} required` : `${level} role expects about ${years(wanted)}`;
}

function scoreExperience(job: ScoreJob, candidate: ScoreCandidate, reasons: string[] | null): number {
  const stated = job.experienceYearsMin;
  const wanted = stated ?? (job.level ? yearsForSeniority[job.level] : null);
  if (wanted === null) {
    reasons?.push("no experience requirement stated");
    return NEUTRAL;
  }
  if (candidate.yearsExperience === null) {
    reasons?.push(`candidate's experience not stated (${askedYears(stated, wanted, job.level)})`);
    return NEUTRAL;
  }
  const has = candidate.yearsExperience;
  if (has >= wanted) {
    reasons?.push(`${years(has)} of experience, ${askedYears(stated, wanted, job.level)}`);
    return 1;
  }
  reasons?.push(`${years(has)} of experience, ${askedYears(stated, wanted, job.level)}`);
  return Math.max(0, 1 - (wanted - has) / wanted);
}

function scoreSalary(job: ScoreJob, candidate: ScoreCandidate, reasons: string[] | null): number {
  const low = job.salaryMin ?? job.salaryMax;
  const high = job.salaryMax ?? job.salaryMin;
  if (low === null || high === null) {
    reasons?.push("no salary stated for the job");
    return NEUTRAL;
  }
  if (candidate.salaryExpectation === null) {
    reasons?.push("no salary expectation stated");
    return NEUTRAL;
  }
  let expectation = candidate.salaryExpectation;
  const jobCurrency = job.salaryCurrency ? fold(job.salaryCurrency, upper) : null;
  const candidateCurrency = candidate.salaryCurrency ? fold(candidate.salaryCurrency, upper) : null;
  let converted = false;
  if (jobCurrency && candidateCurrency && jobCurrency !== candidateCurrency) {
    const inJobCurrency = convertSalary(expectation, candidateCurrency, jobCurrency);
    if (inJobCurrency === null) {
      reasons?.push(`salary in different currencies (${candidateCurrency} expected, ${jobCurrency} offered)`);
      return NEUTRAL;
    }
    expectation = inJobCurrency;
    converted = true;
  }
  const note = converted ? " (converted at fixed rates)" : "";
  if (expectation <= high) {
    reasons?.push(expectation < low ? `salary expectation below range${note}` : `salary expectation within range${note}`);
    return 1;
  }
  const over = (expectation - high) / high;
  reasons?.push(`salary expectation ${Math.round(over * 100)}% above range${note}`);
  return Math.max(0, 1 - 2.5 * over);
}

// Places and currencies repeat across millions of pairs: each spelling is folded once, so comparing
// two of them allocates nothing (bounded, so odd values cannot grow it forever).
const folded = new Map<string, string>();

function fold(value: string, how: (v: string) => string): string {
  let out = folded.get(value);
  if (out === undefined) {
    if (folded.size >= 50_000) folded.clear();
    folded.set(value, (out = how(value)));
  }
  return out;
}

const lowerTrimmed = (v: string) => v.trim().toLowerCase();

function same(a: string | null, b: string | null): boolean {
  return a !== null && b !== null && (a === b || fold(a, lowerTrimmed) === fold(b, lowerTrimmed));
}

const upper = (v: string) => v.toUpperCase();

function scoreLocation(job: ScoreJob, candidate: ScoreCandidate, reasons: string[] | null): number {
  const candidateKnown = Boolean(candidate.city || candidate.region || candidate.countryCode);
  if (job.remote) {
    if (!job.countryCode || !candidate.countryCode) {
      reasons?.push("remote job");
      return 1;
    }
    if (same(job.countryCode, candidate.countryCode)) {
      reasons?.push("remote job in the candidate's country");
      return 1;
    }
    reasons?.push("remote job, candidate in another country");
    return 0.6;
  }
  const jobKnown = Boolean(job.city || job.region || job.countryCode);
  if (!jobKnown) {
    reasons?.push("no job location stated");
    return NEUTRAL;
  }
  if (!candidateKnown) {
    reasons?.push("candidate's location not stated");
    return NEUTRAL;
  }
  const countryDiffers = job.countryCode && candidate.countryCode && !same(job.countryCode, candidate.countryCode);
  if (countryDiffers) {
    reasons?.push("job in another country");
    return 0;
  }
  if (same(job.city, candidate.city)) {
    reasons?.push("same city");
    return 1;
  }
  if (same(job.region, candidate.region)) {
    reasons?.push("same region, another city");
    return 0.7;
  }
  if (same(job.countryCode, candidate.countryCode)) {
    reasons?.push("same country, another city");
    return 0.4;
  }
  reasons?.push("job in another place");
  return 0.2;
}

const round = (n: number) => Math.round(n * 10_000) / 10_000;

/** The location part alone, exactly as scoreMatch computes it. */
export function locationPart(job: Pick<ScoreJob, "remote" | "city" | "region" | "countryCode">, candidate: Pick<ScoreCandidate, "city" | "region" | "countryCode">): number {
  return round(scoreLocation(job as ScoreJob, candidate as ScoreCandidate, null));
}

/** The experience part alone, exactly as scoreMatch computes it, without words: the engine prunes with these. */
export function experiencePart(job: ScoreJob, candidate: ScoreCandidate): number {
  return round(scoreExperience(job, candidate, null));
}

/** The salary part alone, exactly as scoreMatch computes it. */
export function salaryPart(job: ScoreJob, candidate: ScoreCandidate): number {
  return round(scoreSalary(job, candidate, null));
}

/** Scores a pair into a number in [0, 1] with its four parts, the skills by kind, and plain reasons. */
export function scoreMatch(job: ScoreJob, candidate: ScoreCandidate, options: ScoreOptions = {}): MatchExplanation {
  const weights = normaliseWeights(options.weights ?? defaultMatchWeights);
  const reasons: string[] = [];
  const { part: skillsPart, skills } = scoreSkills(job, candidate, options.related ?? relatedSkillsForMatching, reasons);
  const parts: MatchParts = {
    skills: round(skillsPart),
    experience: round(scoreExperience(job, candidate, reasons)),
    salary: round(scoreSalary(job, candidate, reasons)),
    location: round(scoreLocation(job, candidate, reasons)),
  };
  return { score: combine(weights, parts), parts, skills: skills!, reasons };
}

/** The score scoreMatch gives, without the words: for deciding which pairs to keep before explaining them. `weights` normalised. */
export function scoreValue(job: ScoreJob, candidate: ScoreCandidate, weights: MatchWeights, related: RelatedSkills, others: Omit<MatchParts, "skills">): number {
  return combine(weights, { skills: round(scoreSkills(job, candidate, related, null).part), ...others });
}

function combine(weights: MatchWeights, parts: MatchParts): number {
  const score = weights.skills * parts.skills + weights.experience * parts.experience + weights.salary * parts.salary + weights.location * parts.location;
  return round(Math.min(1, Math.max(0, score)));
}
