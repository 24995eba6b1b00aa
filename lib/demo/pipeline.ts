import { asc, count, eq, isNull } from "drizzle-orm";
import type { Db } from "@/db";
import { applications, candidates, jobs, users, type ApplicationStage } from "@/db/schema";
import { createApplication } from "@/lib/applications/create";
import { moveApplication } from "@/lib/applications/move";

const dayMs = 86_400_000;

/** Each demo application: its job (0-2), then its moves as [days ago, stage, note?], the first being its creation. */
const journeys: Array<{ job: number; moves: Array<[number, ApplicationStage, string?]> }> = [
  { job: 0, moves: [[2, "applied"]] },
  { job: 0, moves: [[25, "applied"]] },
  { job: 0, moves: [[20, "applied"], [15, "screening"]] },
  { job: 0, moves: [[28, "applied"], [24, "screening"], [18, "interview_scheduled"]] },
  { job: 0, moves: [[35, "applied"], [30, "screening"], [26, "interview_scheduled"], [21, "interviewing"], [14, "offer"], [10, "hired", "Accepted the offer"]] },
  { job: 1, moves: [[5, "applied"]] },
  { job: 1, moves: [[12, "applied"], [8, "rejected", "Looking for more SQL depth"]] },
  { job: 1, moves: [[30, "applied"], [22, "interview_scheduled", "Referred by the team lead"], [15, "interviewing"]] },
  { job: 1, moves: [[18, "applied"], [11, "screening"]] },
  { job: 2, moves: [[3, "applied"]] },
  { job: 2, moves: [[40, "applied"], [33, "screening"], [20, "offer"], [17, "withdrawn", "Took another offer"]] },
  { job: 2, moves: [[16, "applied"], [12, "screening"], [9, "rejected"], [6, "screening", "Reconsidered after a referral"]] },
];

/**
 * A demo pipeline for `npm run dev`: a dozen applications of demo candidates to three demo jobs,
 * moved by the demo recruiter over past weeks so the boards, funnel and time in stage show
 * something; several wait in applied. The demo seeker gets none. Does nothing once any
 * application exists.
 */
export async function seedDemoPipeline(db: Db, now = new Date()): Promise<{ applications: number }> {
  const [{ existing }] = await db.select({ existing: count() }).from(applications);
  if (existing > 0) return { applications: 0 };
  const [recruiter] = await db.select().from(users).where(eq(users.email, "recruiter@example.com"));
  const demoJobs = await db.select({ id: jobs.id }).from(jobs).where(eq(jobs.status, "open")).orderBy(asc(jobs.createdAt), asc(jobs.id)).limit(3);
  // Candidates a recruiter added, never a seeker's own profile.
  const people = await db.select({ id: candidates.id }).from(candidates).where(isNull(candidates.userId)).orderBy(asc(candidates.fullName)).limit(journeys.length);
  if (!recruiter || demoJobs.length < 3 || people.length < journeys.length) return { applications: 0 };
  const at = (daysAgo: number) => new Date(now.getTime() - daysAgo * dayMs);
  for (const [i, journey] of journeys.entries()) {
    const [[createdDaysAgo, firstStage], ...moves] = journey.moves;
    const app = await createApplication(db, recruiter, { jobId: demoJobs[journey.job].id, candidateId: people[i].id, stage: firstStage }, { now: at(createdDaysAgo) });
    for (const [daysAgo, stage, note] of moves) {
      const placement = stage === "hired" ? { startDate: at(-21).toISOString().slice(0, 10), salary: 72_000, salaryCurrency: "GBP", source: "referral" } : undefined;
      await moveApplication(db, recruiter, app.id, { stage, note, placement }, { now: at(daysAgo) });
    }
  }
  return { applications: journeys.length };
}
