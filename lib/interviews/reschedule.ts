import { eq } from "drizzle-orm";
import type { Db } from "@/db";
import { interviews, type InterviewRow, type User } from "@/db/schema";
import { can } from "@/lib/auth/roles";
import { ForbiddenError, NotFoundError, UnprocessableError } from "@/lib/errors";
import { notifyEventsCommitted } from "@/lib/events";
import { announceInterviewChange, lockApplicationContext, resolveStart } from "./changes";
import type { RescheduleInterviewInput } from "./input";
import { resolveInterviewers } from "./interviewers";
import { moveThankYou } from "./thank-you";

async function lockInterview(tx: Db, id: string): Promise<InterviewRow> {
  const [row] = await tx.select().from(interviews).where(eq(interviews.id, id)).for("update");
  if (!row) throw new NotFoundError("Interview");
  return row;
}

/** Loads and locks a scheduled interview for a change by staff; a cancelled one is final. */
export async function lockScheduledInterview(tx: Db, actor: Pick<User, "role">, id: string): Promise<InterviewRow> {
  if (!can(actor.role, "interviews:manage")) throw new ForbiddenError("Only recruiters and admins change interviews.");
  const row = await lockInterview(tx, id);
  if (row.status === "cancelled") throw new UnprocessableError("The interview is cancelled; schedule a new one instead.", { status: row.status });
  return row;
}

/**
 * Changes a scheduled interview. Calendar clients update their copy by UID, so the UID stays and
 * SEQUENCE rises by one; the thank-you follow-up moves with it.
 */
export async function rescheduleInterview(db: Db, actor: Pick<User, "id" | "role">, id: string, input: RescheduleInterviewInput, options: { now?: Date } = {}): Promise<InterviewRow> {
  const now = options.now ?? new Date();
  const updated = await db.transaction(async (transaction) => {
    const tx = transaction as unknown as Db;
    const current = await lockScheduledInterview(tx, actor, id);
    const timeZone = input.timeZone ?? current.timeZone;
    const [row] = await tx
      .update(interviews)
      .set({
        type: input.type ?? current.type,
        startsAt: input.startsAt !== undefined ? resolveStart(input.startsAt, timeZone, now) : current.startsAt,
        durationMinutes: input.durationMinutes ?? current.durationMinutes,
        timeZone,
        location: input.location !== undefined ? input.location : current.location,
        videoUrl: input.videoUrl !== undefined ? input.videoUrl : current.videoUrl,
        interviewers: input.interviewers !== undefined ? await resolveInterviewers(tx, input.interviewers) : current.interviewers,
        sequence: current.sequence + 1,
        updatedAt: now,
      })
      .where(eq(interviews.id, id))
      .returning();
    const application = await lockApplicationContext(tx, row.applicationId);
    await moveThankYou(tx, row, application.jobTitle, now);
    await announceInterviewChange(tx, row, application, "rescheduled", actor.id, now);
    return row;
  });
  notifyEventsCommitted();
  return updated;
}
