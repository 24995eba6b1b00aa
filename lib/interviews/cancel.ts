import { eq } from "drizzle-orm";
import type { Db } from "@/db";
import { interviews, type InterviewRow, type User } from "@/db/schema";
import { notifyEventsCommitted } from "@/lib/events";
import { announceInterviewChange, lockApplicationContext } from "./changes";
import { lockScheduledInterview } from "./reschedule";
import { cancelThankYou } from "./thank-you";

/**
 * Cancels an interview. The row stays, status cancelled with SEQUENCE raised, so the .ics and the
 * calendar feeds tell subscribed calendars STATUS:CANCELLED; its pending thank-you is cancelled.
 */
export async function cancelInterview(db: Db, actor: Pick<User, "id" | "role">, id: string, options: { now?: Date } = {}): Promise<InterviewRow> {
  const now = options.now ?? new Date();
  const cancelled = await db.transaction(async (transaction) => {
    const tx = transaction as unknown as Db;
    const current = await lockScheduledInterview(tx, actor, id);
    const [row] = await tx
      .update(interviews)
      .set({ status: "cancelled", sequence: current.sequence + 1, updatedAt: now })
      .where(eq(interviews.id, id))
      .returning();
    const application = await lockApplicationContext(tx, row.applicationId);
    await cancelThankYou(tx, row.id, now);
    await announceInterviewChange(tx, row, application, "cancelled", actor.id, now);
    return row;
  });
  notifyEventsCommitted();
  return cancelled;
}
