import { randomUUID } from "node:crypto";
import type { Db } from "@/db";
import { interviews, type ApplicationStage, type InterviewRow, type User } from "@/db/schema";
import { moveApplication } from "@/lib/applications/move";
import { isOpenStage, stageLabels } from "@/lib/applications/stages";
import { can } from "@/lib/auth/roles";
import { ForbiddenError, UnprocessableError } from "@/lib/errors";
import { notifyEventsCommitted } from "@/lib/events";
import { announceInterviewChange, lockApplicationContext, resolveStart } from "./changes";
import type { ScheduleInterviewInput } from "./input";
import { resolveInterviewers } from "./interviewers";
import { planThankYou } from "./thank-you";

/** Stages an interview moves on to interview_scheduled; later open stages may have more interviews and stay. */
const stagesBeforeInterview: readonly ApplicationStage[] = ["saved", "applied", "screening"];

/**
 * Schedules an interview for an open application: the row (a new iCalendar UID, sequence 0),
 * the move to interview_scheduled when it was before that, a thank-you follow-up due the day
 * after, the outbox event and realtime notices, in one transaction.
 */
export async function scheduleInterview(db: Db, actor: Pick<User, "id" | "role">, input: ScheduleInterviewInput, options: { now?: Date } = {}): Promise<InterviewRow> {
  if (!can(actor.role, "interviews:manage")) throw new ForbiddenError("Only recruiters and admins schedule interviews.");
  const now = options.now ?? new Date();
  const startsAt = resolveStart(input.startsAt, input.timeZone, now);
  const created = await db.transaction(async (transaction) => {
    const tx = transaction as unknown as Db;
    const application = await lockApplicationContext(tx, input.applicationId);
    if (!isOpenStage(application.stage)) {
      throw new UnprocessableError(`The application is ${stageLabels[application.stage].toLowerCase()}: interviews are scheduled only for open applications.`, { stage: application.stage });
    }
    const [row] = await tx
      .insert(interviews)
      .values({
        applicationId: application.id,
        type: input.type,
        startsAt,
        durationMinutes: input.durationMinutes,
        timeZone: input.timeZone,
        location: input.location,
        videoUrl: input.videoUrl,
        interviewers: await resolveInterviewers(tx, input.interviewers),
        uid: `${randomUUID()}@hireflow`,
        sequence: 0,
        createdBy: actor.id,
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    if (stagesBeforeInterview.includes(application.stage)) {
      await moveApplication(tx, actor, application.id, { stage: "interview_scheduled", note: null }, { now });
    }
    await planThankYou(tx, row, application.jobTitle);
    await announceInterviewChange(tx, row, application, "scheduled", actor.id, now);
    return row;
  });
  notifyEventsCommitted();
  return created;
}
