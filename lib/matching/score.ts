import type { SeniorityLevel } from "@/lib/jobs/vocabulary";
import { type SkillLevel, type SkillRequirement, skillLevelRank } from "@/lib/skills/levels";
import { convertSalary } from "./currency";
import { relatedSkillsForMatching, type RelatedSkills } from "./related";

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
/** A nice-to-have skill counts half as much as a required one. */
export const NICE_TO_HAVE_WEIGHT = 0.5;
/** Credit for a skill the candidate lacks but has a related one for (at the wanted level). */
export const TRANSFER_CREDIT = 0.5;
/** Credit lost per level below the wanted one: one level short keeps 0.7. */
const LEVEL_GAP_PENALTY = 0.3;

const levelForSeniority: Record<SeniorityLevel, SkillLevel> = {
  intern: "beginner",
  junior: "beginner",
  mid: "intermediate",
  senior: "advanced",
  lead: "advanced",
  executive: "advanced",
};

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

/**
 * The job's skill requirements, deduplicated by name. Skills without one are asked at the job's
 * seniority: required when the job states no requirements at all, else nice-to-have (a recruiter
 * who lists skills decides what is required; the rest were only recognised in the text).
 */
export function requirementsOf(job: Pick<ScoreJob, "skills" | "skillRequirements" | "level">): SkillRequirement[] {
  const seen = new Set<string>();
  const out: SkillRequirement[] = [];
  const fallbackLevel: SkillLevel = job.level ? levelForSeniority[job.level] : "beginner";
  for (const r of job.skillRequirements) {
    const key = r.name.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(r);
  }
  const required = out.length === 0;
  for (const name of job.skills) {
    const key = name.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ name, level: fallbackLevel, required });
  }
  return out;
}

type KeyedRequirement = { r: SkillRequirement; key: string; weight: number; related?: { of: RelatedSkills; keys: string[] } };

// A job is scored against thousands of candidates: its requirements, their lower-cased names and
// related skills are worked out once per job object (inputs are read, never changed).
const keyedRequirements = new WeakMap<object, KeyedRequirement[]>();

function keyedRequirementsOf(job: ScoreJob): KeyedRequirement[] {
  let keyed = keyedRequirements.get(job);
  if (!keyed) {
    keyed = requirementsOf(job).map((r) => ({ r, key: r.name.toLowerCase(), weight: requirementWeight(r) }));
    keyedRequirements.set(job, keyed);
  }
  return keyed;
}

function relatedKeysOf(keyed: KeyedRequirement, related: RelatedSkills): string[] {
  if (keyed.related?.of !== related) keyed.related = { of: related, keys: related(keyed.r.name).map((name) => name.toLowerCase()) };
  return keyed.related.keys;
}

export function requirementWeight(r: SkillRequirement): number {
  return r.required ? 1 : NICE_TO_HAVE_WEIGHT;
}

/** 1 at or above the wanted level, less per level short; an unstated level gets the benefit of the doubt. */
export function levelCredit(has: SkillLevel | undefined, wants: SkillLevel): number {
  if (!has) return 1;
  const gap = skillLevelRank(wants) - skillLevelRank(has);
  return gap <= 0 ? 1 : Math.max(0.1, 1 - LEVEL_GAP_PENALTY * gap);
}

type CandidateSkills = { levels: Map<string, SkillLevel | undefined>; names: Map<string, string> };

// Inputs are read, never changed, so a candidate scored against many jobs is indexed once.
const indexedSkills = new WeakMap<ScoreCandidate, CandidateSkills>();

function indexCandidateSkills(candidate: ScoreCandidate): CandidateSkills {
  const cached = indexedSkills.get(candidate);
  if (cached) return cached;
  const built = buildCandidateSkills(candidate);
  indexedSkills.set(candidate, built);
  return built;
}

function buildCandidateSkills(candidate: ScoreCandidate): CandidateSkills {
  const levels = new Map<string, SkillLevel | undefined>();
  const names = new Map<string, string>();
  const levelByKey = new Map<string, SkillLevel>();
  for (const [name, level] of Object.entries(candidate.skillLevels)) levelByKey.set(name.toLowerCase(), level);
  for (const name of candidate.skills) {
    const key = name.toLowerCase();
    levels.set(key, levelByKey.get(key));
    names.set(key, name);
  }
  return { levels, names };
}

function listNames(names: string[], max = 4): string {
  return names.length <= max ? names.join(", ") : `${names.slice(0, max).join(", ")} and ${names.length - max} more`;
}

/**
 * The skills part; with `reasons`, also the skills by kind and the reasons. Without (the engine
 * deciding which pairs to keep) only the number, which is the same number.
 */
function scoreSkills(job: ScoreJob, candidate: ScoreCandidate, related: RelatedSkills, reasons: string[] | null): { part: number; skills: MatchSkills | null } {
  const skills: MatchSkills | null = reasons ? { matching: [], partial: [], transferable: [], missing: [] } : null;
  const requirements = keyedRequirementsOf(job);
  if (requirements.length === 0) {
    reasons?.push("job lists no skills to match on");
    return { part: 0, skills };
  }
  if (candidate.skills.length === 0) {
    if (skills) skills.missing = requirements.map(({ r }) => r.name);
    reasons?.push("candidate lists no skills");
    return { part: 0, skills };
  }
  const own = indexCandidateSkills(candidate);
  let earned = 0;
  let total = 0;
  let required = 0;
  let requiredHeld = 0;
  let nice = 0;
  let niceHeld = 0;
  let unstatedLevels = 0;
  const missingRequired: string[] = [];
  for (const keyed of requirements) {
    const { r, key, weight } = keyed;
    total += weight;
    if (r.required) required++;
    else nice++;
    if (own.levels.has(key)) {
      const has = own.levels.get(key);
      if (!has) unstatedLevels++;
      const credit = levelCredit(has, r.level);
      earned += weight * credit;
      if (credit >= 1) skills?.matching.push(r.name);
      else skills?.partial.push({ name: r.name, has: has!, wants: r.level });
      if (r.required) requiredHeld++;
      else niceHeld++;
      continue;
    }
    let best = 0;
    let via: string | undefined;
    for (const otherKey of relatedKeysOf(keyed, related)) {
      if (!own.levels.has(otherKey)) continue;
      const credit = TRANSFER_CREDIT * levelCredit(own.levels.get(otherKey), r.level);
      if (credit > best) {
        best = credit;
        via = own.names.get(otherKey);
      }
    }
    if (via) {
      earned += weight * best;
      skills?.transferable.push({ name: r.name, via });
    } else {
      skills?.missing.push(r.name);
      if (r.required && skills) missingRequired.push(r.name);
    }
  }
  if (!reasons || !skills) return { part: earned / total, skills };
  if (required > 0) reasons.push(`${requiredHeld} of ${required} required skills`);
  if (nice > 0) reasons.push(`${niceHeld} of ${nice} nice-to-have skills`);
  for (const p of skills.partial.slice(0, 3)) reasons.push(`${p.name} at ${p.has} level, ${p.wants} wanted`);
  for (const t of skills.transferable.slice(0, 3)) reasons.push(`${t.via} counts toward ${t.name}`);
  if (missingRequired.length > 0) reasons.push(`missing ${listNames(missingRequired)}`);
  if (unstatedLevels > 0) reasons.push(`level not stated for ${unstatedLevels} matching skill${unstatedLevels === 1 ? "" : "s"}`);
  return { part: earned / total, skills };
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
