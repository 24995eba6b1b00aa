import { z } from "zod";
import { skillLevels, type SkillLevel } from "@/lib/skills/levels";

// zod fields the API contracts share (candidates, own jobs).

/** Trimmed text up to `max` characters; empty or missing is null. */
export const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .nullish()
    .transform((v) => v || null);

const levelWords: Record<string, SkillLevel> = {
  beginner: "beginner", basic: "beginner", novice: "beginner", elementary: "beginner", junior: "beginner", familiar: "beginner", a1: "beginner", a2: "beginner",
  intermediate: "intermediate", middle: "intermediate", mid: "intermediate", working: "intermediate", good: "intermediate", b1: "intermediate", b2: "intermediate",
  advanced: "advanced", proficient: "advanced", strong: "advanced", senior: "advanced", fluent: "advanced", c1: "advanced",
  expert: "expert", master: "expert", guru: "expert", native: "expert", c2: "expert",
};

/** "Advanced", "senior", "B2", 3 (of 4) or "4/5" as one of the four skill levels; null when it says nothing we know. */
export function parseSkillLevel(value: unknown): SkillLevel | null {
  if (typeof value === "number" && Number.isFinite(value)) return skillLevels[Math.min(3, Math.max(0, Math.round(value) - 1))];
  if (typeof value !== "string") return null;
  const text = value.trim().toLowerCase();
  const outOf = /^(\d)\s*\/\s*(\d)$/.exec(text);
  if (outOf) return skillLevels[Math.min(3, Math.max(0, Math.round((Number(outOf[1]) / Number(outOf[2])) * 4) - 1))];
  if (/^\d$/.test(text)) return parseSkillLevel(Number(text));
  return levelWords[text] ?? null;
}

/** A skill level as people give it, or null when not given; a level we cannot read is an issue. */
export const skillLevelInput = z
  .union([z.string().max(40), z.number()])
  .nullish()
  .transform((value, ctx) => {
    if (value === null || value === undefined || value === "") return null;
    const level = parseSkillLevel(value);
    if (!level) ctx.addIssue({ code: "custom", message: `Level must be one of ${skillLevels.join(", ")}` });
    return level;
  });

