import type { EventType, StandardSchemaV1 } from "inngest";
import { getDb, type Db } from "@/db";
import type { NotificationDraft } from "@/lib/notifications/drafts";
import { emailNotification, mailerFromConfig } from "@/lib/notifications/email";
import { recordNotifications } from "@/lib/notifications/record";
import { inngest } from "../client";

/**
 * A function that turns one outbox event into notifications: a step records them (keyed on the
 * event id, so a redelivered event adds nothing), then one retried step per e-mail, outside any
 * transaction, so a slow or failing SMTP server never holds database locks.
 */
export function notificationFunction<Data extends Record<string, unknown>>(
  id: string,
  trigger: EventType<string, StandardSchemaV1<Data>>,
  compose: (db: Db, data: Data) => Promise<NotificationDraft[]>,
) {
  return inngest.createFunction({ id, retries: 4, triggers: [trigger] }, async ({ event, step }) => {
    const eventId = event.id;
    if (!eventId) throw new Error(`${id}: the event has no id to key its notifications on`);
    const recorded = await step.run("record-notifications", async () => {
      const db = await getDb();
      return recordNotifications(db, eventId, await compose(db, event.data as Data));
    });
    for (const notificationId of recorded.emailIds) {
      await step.run(`email-${notificationId}`, async () => emailNotification(await getDb(), notificationId, mailerFromConfig()));
    }
    return { created: recorded.created, emails: recorded.emailIds.length };
  });
}
