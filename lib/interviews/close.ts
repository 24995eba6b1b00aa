import { and, eq, gt, sql } from "drizzle-orm";
import type { Db } from "@/db";
import { candidates, interviews, type ApplicationRow, type ApplicationStage } from "@/db/schema";
import { isOpenStage } from "@/lib/applications/stages";
import { announceInterviewChange } from "./changes";
import { cancelThankYou } from "./thank-you";

/**
 * A stage hook: when an application closes (hired, rejected, withdrawn), its interviews still
 * ahead are cancelled with it, so the candidate's and interviewers' calendars drop them.
 */
export async function cancelInterviewsOnClose(tx: Db, application: ApplicationRow, _from: ApplicationStage | null, to: ApplicationStage, now: Date): Promise<void> {
  if (isOpenStage(to)) return;
  const cancelled = await tx
    .update(interviews)
    .set({ status: "cancelled", sequence: sql`${interviews.sequence} + 1`, updatedAt: now })
    .where(and(eq(interviews.applicationId, application.id), eq(interviews.status, "scheduled"), gt(interviews.startsAt, now)))
    .returning();
  if (cancelled.length === 0) return;
  const [owner] = await tx.select({ userId: candidates.userId }).from(candidates).where(eq(candidates.id, application.candidateId));
  for (const row of cancelled) {
    await cancelThankYou(tx, row.id, now);
    await announceInterviewChange(tx, row, { jobId: application.jobId, ownerUserId: owner?.userId ?? null }, "cancelled", null, now);
  }
}
