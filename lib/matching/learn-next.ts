import { eq } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "@/db";
import { candidates, type User } from "@/db/schema";
import { can } from "@/lib/auth/roles";
import { NotFoundError } from "@/lib/errors";
import { requirementsOf, scoreMatch, type MatchWeights, type ScoreCandidate } from "./score";
import { jobPool, searchTerms, type PoolJob } from "./search-pool";
import { effectiveMatchSettings } from "./settings";

// "What to learn next": the skills a candidate lacks in the jobs they nearly match, and how many
// of those jobs would pass the minimum score if they had each one at the level the job wants.

/** How far under the minimum a job still counts as nearly matched. */
export const NEAR_MARGIN = 0.15;
/** Open jobs considered: those sharing the most of the candidate's skills and title words. */
const JOBS_CONSIDERED = 1000;
const SKILLS_SHOWN = 8;

export type LearnNextSkill = {
  name: string;
  /** Nearly matched jobs that ask for it. */
  near_jobs_asking: number;
  /** Of those, how many would pass the minimum score with it. */
  jobs_unlocked: number;
  examples: { id: string; title: string }[];
};

export type LearnNext = { candidate_id: string; min_score: number; near_margin: number; jobs_considered: number; near_jobs: number; passing_jobs: number; skills: LearnNextSkill[] };

/** LearnNext as JSON, for the OpenAPI document (`satisfies` keeps the two the same shape). */
export const learnNextJson = z.object({
  candidate_id: z.uuid(),
  min_score: z.number(),
  near_margin: z.number(),
  jobs_considered: z.number().int(),
  near_jobs: z.number().int(),
  passing_jobs: z.number().int(),
  skills: z.array(z.object({ name: z.string(), near_jobs_asking: z.number().int(), jobs_unlocked: z.number().int(), examples: z.array(z.object({ id: z.uuid(), title: z.string() })) })),
}) satisfies z.ZodType<LearnNext>;

/** The candidate, if this user may see them: recruiters and admins see all, a seeker only their own. */
async function visibleCandidate(db: Db, user: Pick<User, "id" | "role">, id: string) {
  const [row] = await db.select().from(candidates).where(eq(candidates.id, id));
  if (!row) throw new NotFoundError("Candidate not found.");
  const mine = row.userId !== null && row.userId === user.id;
  if (!mine && !can(user.role, "candidates:read")) throw new NotFoundError("Candidate not found.");
  return row;
}

/** The same candidate with one more skill, at `level`. */
function withSkill(candidate: ScoreCandidate, name: string, level: ScoreCandidate["skillLevels"][string]): ScoreCandidate {
  return { ...candidate, skills: [...candidate.skills, name], skillLevels: { ...candidate.skillLevels, [name]: level } };
}

/** Ranks the missing skills of nearly matched jobs by the jobs each would unlock (pure: tests call it directly). */
export function learnNextFrom(candidate: ScoreCandidate, jobs: readonly PoolJob[], settings: { weights: MatchWeights; minScore: number }): Omit<LearnNext, "candidate_id"> {
  const { weights, minScore } = settings;
  const near: Array<{ job: PoolJob; missing: string[] }> = [];
  let passing = 0;
  for (const job of jobs) {
    const match = scoreMatch(job, candidate, { weights });
    if (match.score >= minScore) passing++;
    else if (match.score >= minScore - NEAR_MARGIN) near.push({ job, missing: [...match.skills.missing, ...match.skills.transferable.map((t) => t.name)] });
  }
  const asking = new Map<string, PoolJob[]>();
  for (const { job, missing } of near) for (const name of missing) asking.set(name, [...(asking.get(name) ?? []), job]);
  const candidatesToTry = [...asking.entries()].sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0])).slice(0, SKILLS_SHOWN * 3);
  const skills = candidatesToTry.map(([name, asked]): LearnNextSkill => {
    const unlocked = asked.filter((job) => {
      const wanted = requirementsOf(job).find((r) => r.name.toLowerCase() === name.toLowerCase())?.level ?? "intermediate";
      return scoreMatch(job, withSkill(candidate, name, wanted), { weights }).score >= minScore;
    });
    return { name, near_jobs_asking: asked.length, jobs_unlocked: unlocked.length, examples: (unlocked.length > 0 ? unlocked : asked).slice(0, 3).map((j) => ({ id: j.id, title: j.title })) };
  });
  skills.sort((a, b) => b.jobs_unlocked - a.jobs_unlocked || b.near_jobs_asking - a.near_jobs_asking || a.name.localeCompare(b.name));
  return { min_score: minScore, near_margin: NEAR_MARGIN, jobs_considered: jobs.length, near_jobs: near.length, passing_jobs: passing, skills: skills.slice(0, SKILLS_SHOWN) };
}

/** What to learn next for a candidate, against the open jobs that share the most with them. */
export async function learnNextFor(db: Db, user: Pick<User, "id" | "role">, candidateId: string): Promise<LearnNext> {
  const row = await visibleCandidate(db, user, candidateId);
  const settings = await effectiveMatchSettings(db);
  const pool = await jobPool(db, searchTerms(row.skills, row.headline), row.skills, {}, { poolSize: JOBS_CONSIDERED });
  return { candidate_id: row.id, ...learnNextFrom(row, pool.jobs, settings) };
}
