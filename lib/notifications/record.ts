import { and, eq, isNull } from "drizzle-orm";
import type { Db } from "@/db";
import { notifications } from "@/db/schema";
import { publish, userTopic } from "@/lib/realtime";
import type { NotificationDraft } from "./drafts";
import { channelsFor } from "./preferences";
import { metrics } from "@/lib/observability/metrics";

export type RecordResult = {
  /** Rows this call inserted (0 when the event was recorded before). */
  created: number;
  /** Notifications of this event still to be e-mailed, whichever call recorded them. */
  emailIds: string[];
};

/**
 * Records one outbox event's notifications: one per user (the first draft wins), none for a
 * user whose channel for the kind is `off`, and nothing new when the event comes again (the
 * unique (event_id, user_id) index). Each new one is published on its user's topic in the
 * same transaction, so an open page hears of it exactly when it exists.
 */
export async function recordNotifications(db: Db, eventId: string, drafts: readonly NotificationDraft[], now = new Date()): Promise<RecordResult> {
  const byUser = new Map<string, NotificationDraft>();
  for (const draft of drafts) if (!byUser.has(draft.userId)) byUser.set(draft.userId, draft);
  return db.transaction(async (transaction) => {
    const tx = transaction as unknown as Db;
    const rows = [];
    // Drafts of one event share a kind in practice, but nothing relies on it.
    for (const kind of new Set([...byUser.values()].map((d) => d.kind))) {
      const ofKind = [...byUser.values()].filter((d) => d.kind === kind);
      const channels = await channelsFor(tx, ofKind.map((d) => d.userId), kind);
      for (const draft of ofKind) {
        const channel = channels.get(draft.userId) ?? "in_app";
        if (channel === "off") continue;
        rows.push({ ...draft, data: draft.data ?? {}, eventId, channel, createdAt: now });
      }
    }
    const inserted = rows.length
      ? await tx.insert(notifications).values(rows).onConflictDoNothing().returning({ id: notifications.id, userId: notifications.userId, kind: notifications.kind })
      : [];
    for (const row of inserted) await publish(tx, userTopic(row.userId), { type: "notification", id: row.id, kind: row.kind });
    // Every recorded notification shows in the app; e-mails are counted when they leave (email.ts).
    metrics().notificationsSent.inc({ channel: "in_app" }, inserted.length);
    const pending = await tx
      .select({ id: notifications.id })
      .from(notifications)
      .where(and(eq(notifications.eventId, eventId), eq(notifications.channel, "email"), isNull(notifications.emailedAt)));
    return { created: inserted.length, emailIds: pending.map((p) => p.id).sort() };
  });
}
