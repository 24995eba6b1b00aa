import { and, eq } from "drizzle-orm";
import type { Db } from "@/db";
import { jobDismissals, jobs, type User } from "@/db/schema";
import { NotFoundError, UnprocessableError } from "@/lib/errors";
import { noProfileMessage, recommendationProfile } from "./recommend";

// Dismissing a recommended job: it never comes back, and jobs like it sink (hybrid.ts). Undo
// removes the row. Both are idempotent, so a double click or a retried request does no harm.

export type DismissInput = { jobId: string; candidateId?: string };

async function profileAndJob(db: Db, actor: User, input: DismissInput) {
  const profile = await recommendationProfile(db, actor, input.candidateId);
  if (!profile) throw new UnprocessableError(noProfileMessage);
  const [job] = await db.select({ id: jobs.id }).from(jobs).where(eq(jobs.id, input.jobId));
  if (!job) throw new NotFoundError("Job");
  return profile.id;
}

export async function dismissJob(db: Db, actor: User, input: DismissInput): Promise<{ candidateId: string; jobId: string; dismissedAt: Date }> {
  const candidateId = await profileAndJob(db, actor, input);
  await db.insert(jobDismissals).values({ candidateId, jobId: input.jobId }).onConflictDoNothing();
  const [row] = await db
    .select({ dismissedAt: jobDismissals.createdAt })
    .from(jobDismissals)
    .where(and(eq(jobDismissals.candidateId, candidateId), eq(jobDismissals.jobId, input.jobId)));
  return { candidateId, jobId: input.jobId, dismissedAt: row.dismissedAt };
}

export async function undoDismissal(db: Db, actor: User, input: DismissInput): Promise<{ candidateId: string; jobId: string }> {
  const candidateId = await profileAndJob(db, actor, input);
  await db.delete(jobDismissals).where(and(eq(jobDismissals.candidateId, candidateId), eq(jobDismissals.jobId, input.jobId)));
  return { candidateId, jobId: input.jobId };
}
