import type { SeniorityLevel } from "@/lib/jobs/vocabulary";
import { type SkillLevel, type SkillRequirement, skillLevelRank } from "@/lib/skills/levels";
import type { RelatedSkills } from "./related";
import type { MatchSkills, ScoreCandidate, ScoreJob } from "./score";

// The skills part of a match score (lib/matching/score.ts): the job's requirements, the credit a
// candidate earns for each (held, held below the wanted level, or through a related skill), and
// the skills by kind with the reasons a list shows.

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
export function scoreSkills(job: ScoreJob, candidate: ScoreCandidate, related: RelatedSkills, reasons: string[] | null): { part: number; skills: MatchSkills | null } {
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

