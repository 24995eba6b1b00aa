// Levels of a skill, shared by jobs (required level), candidates (their level) and matching.

export const skillLevels = ["beginner", "intermediate", "advanced", "expert"] as const;
export type SkillLevel = (typeof skillLevels)[number];

/** 1 (beginner) to 4 (expert): the gap between two levels is the difference of their ranks. */
export const skillLevelRank: Readonly<Record<SkillLevel, number>> = { beginner: 1, intermediate: 2, advanced: 3, expert: 4 };

export function isSkillLevel(value: unknown): value is SkillLevel {
  return typeof value === "string" && (skillLevels as readonly string[]).includes(value);
}

/** What a job asks of one skill: stored as jobs.skill_requirements. */
export interface SkillRequirement {
  name: string;
  level: SkillLevel;
  required: boolean;
}
