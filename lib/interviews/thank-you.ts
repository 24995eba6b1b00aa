import { and, eq, inArray } from "drizzle-orm";
import type { Db } from "@/db";
import { followUps, type InterviewRow } from "@/db/schema";
import { interviewerNames } from "./interviewers";
import { interviewTypeLabels } from "./labels";
import { nextDayAt } from "./zoned-time";

/** The morning hour, in the interview's own zone, the thank-you note falls due the day after. */
const thankYouHour = 9;

export function interviewEndsAt(interview: Pick<InterviewRow, "startsAt" | "durationMinutes">): Date {
  return new Date(interview.startsAt.getTime() + interview.durationMinutes * 60_000);
}

/** 09:00 on the day after the interview ends, where it takes place. */
export function thankYouDueAt(interview: Pick<InterviewRow, "startsAt" | "durationMinutes" | "timeZone">): Date {
  return nextDayAt(interviewEndsAt(interview), interview.timeZone, thankYouHour);
}

export function thankYouBody(interview: Pick<InterviewRow, "type" | "interviewers">, jobTitle: string | null): string {
  const who = interviewerNames(interview.interviewers);
  const about = `the ${interviewTypeLabels[interview.type].toLowerCase()} interview${jobTitle ? ` for ${jobTitle}` : ""}`;
  return who
    ? `Send a short thank-you to ${who} for ${about}: mention one thing you discussed and that you look forward to the next step.`
    : `Send a short thank-you for ${about}: mention one thing you discussed and that you look forward to the next step.`;
}

/** Plans the interview's thank-you follow-up (called in the transaction that schedules it). */
export async function planThankYou(tx: Db, interview: InterviewRow, jobTitle: string | null): Promise<void> {
  await tx.insert(followUps).values({
    applicationId: interview.applicationId,
    interviewId: interview.id,
    kind: "thank_you",
    dueAt: thankYouDueAt(interview),
    body: thankYouBody(interview, jobTitle),
    status: "planned",
  });
}

/**
 * Moves the thank-you with a rescheduled interview: a pending one gets the new date and text (and
 * is planned again if it had fallen due); one already done or skipped stays as the user left it.
 */
export async function moveThankYou(tx: Db, interview: InterviewRow, jobTitle: string | null, now: Date): Promise<void> {
  const pending = and(eq(followUps.interviewId, interview.id), eq(followUps.kind, "thank_you"), inArray(followUps.status, ["planned", "due"]));
  const moved = await tx
    .update(followUps)
    .set({ dueAt: thankYouDueAt(interview), body: thankYouBody(interview, jobTitle), status: "planned", notifiedAt: null, updatedAt: now })
    .where(pending)
    .returning({ id: followUps.id });
  if (moved.length === 0) {
    const [any] = await tx.select({ id: followUps.id }).from(followUps).where(and(eq(followUps.interviewId, interview.id), eq(followUps.kind, "thank_you"))).limit(1);
    if (!any) await planThankYou(tx, interview, jobTitle);
  }
}

/** A cancelled interview needs no thank-you; a note already sent stays on record. */
export async function cancelThankYou(tx: Db, interviewId: string, now: Date): Promise<void> {
  await tx
    .update(followUps)
    .set({ status: "cancelled", updatedAt: now })
    .where(and(eq(followUps.interviewId, interviewId), eq(followUps.kind, "thank_you"), inArray(followUps.status, ["planned", "due"])));
}
