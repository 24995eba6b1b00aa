import { desc } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "@/db";
import { matchSettings, type User } from "@/db/schema";
import { config } from "@/lib/config";
import { emit, matchSettingsChanged } from "@/lib/events";
import type { KeepLimits } from "./keep";
import { type MatchWeights, normaliseWeights } from "./score";

/** The weights (normalised) and minimum score matching uses now, and where they came from. */
export type EffectiveMatchSettings = {
  weights: MatchWeights;
  minScore: number;
  /** 0 when no Settings were ever saved and the MATCH_* environment defaults apply. */
  version: number;
  updatedBy: string | null;
  updatedAt: Date | null;
};

/** The environment's defaults (MATCH_* variables, already validated at start). */
export function environmentMatchSettings(): EffectiveMatchSettings {
  const env = config();
  return {
    weights: normaliseWeights({
      skills: env.MATCH_SKILL_WEIGHT,
      experience: env.MATCH_EXPERIENCE_WEIGHT,
      salary: env.MATCH_SALARY_WEIGHT,
      location: env.MATCH_LOCATION_WEIGHT,
    }),
    minScore: env.MATCH_MIN_SCORE,
    version: 0,
    updatedBy: null,
    updatedAt: null,
  };
}

/** How many pairs above the minimum each job and each candidate keeps (MATCH_KEEP_PER_*, lib/matching/keep.ts). */
export function environmentKeepLimits(): KeepLimits {
  const env = config();
  return { perJob: env.MATCH_KEEP_PER_JOB, perCandidate: env.MATCH_KEEP_PER_CANDIDATE };
}

/** Saved Settings win over the environment: the newest saved version, else the MATCH_* defaults. */
export async function effectiveMatchSettings(db: Db): Promise<EffectiveMatchSettings> {
  const [row] = await db.select().from(matchSettings).orderBy(desc(matchSettings.version)).limit(1);
  if (!row) return environmentMatchSettings();
  return {
    weights: normaliseWeights({ skills: row.skillWeight, experience: row.experienceWeight, salary: row.salaryWeight, location: row.locationWeight }),
    minScore: row.minScore,
    version: row.version,
    updatedBy: row.updatedBy,
    updatedAt: row.createdAt,
  };
}

const weight = z.coerce.number({ error: "Enter a number" }).min(0, "Must be 0 or more").max(100, "Must be 100 or less");

export const matchSettingsInput = z
  .object({
    skill_weight: weight,
    experience_weight: weight,
    salary_weight: weight,
    location_weight: weight,
    min_score: z.coerce.number({ error: "Enter a number" }).min(0, "Must be from 0 to 1").max(1, "Must be from 0 to 1"),
  })
  .refine((v) => v.skill_weight + v.experience_weight + v.salary_weight + v.location_weight > 0, {
    message: "At least one weight must be above 0",
    path: ["skill_weight"],
  });

export type MatchSettingsInput = z.infer<typeof matchSettingsInput>;

/** Saves a new Settings version (weights stored normalised) and asks for a background rescore. */
export async function saveMatchSettings(db: Db, actor: Pick<User, "id">, input: MatchSettingsInput): Promise<EffectiveMatchSettings> {
  const w = normaliseWeights({ skills: input.skill_weight, experience: input.experience_weight, salary: input.salary_weight, location: input.location_weight });
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(matchSettings)
      .values({ skillWeight: w.skills, experienceWeight: w.experience, salaryWeight: w.salary, locationWeight: w.location, minScore: input.min_score, updatedBy: actor.id })
      .returning();
    await emit(tx as unknown as Db, matchSettingsChanged.create({ version: row.version }));
    return { weights: w, minScore: row.minScore, version: row.version, updatedBy: row.updatedBy, updatedAt: row.createdAt };
  });
}
