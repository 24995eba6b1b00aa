// How well someone knows a skill, weakest first: candidates have one per skill, jobs require one.
export const skillLevels = ["beginner", "intermediate", "advanced", "expert"] as const;

export type SkillLevel = (typeof skillLevels)[number];

/** 1 for beginner up to 4 for expert: the gap between two levels is a difference of ranks. */
export function skillLevelRank(level: SkillLevel): number {
  return skillLevels.indexOf(level) + 1;
}

export function isSkillLevel(value: unknown): value is SkillLevel {
  return typeof value === "string" && (skillLevels as readonly string[]).includes(value);
}

/** One skill a job asks for: stored as jobs.skill_requirements. */
export type SkillRequirement = { name: string; level: SkillLevel; required: boolean };
