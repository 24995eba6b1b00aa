import { and, eq, inArray, sql } from "drizzle-orm";
import type { Db } from "@/db";
import { notificationKinds, notificationPreferences, type NotificationChannel, type NotificationKind } from "@/db/schema";

export type Preferences = Record<NotificationKind, NotificationChannel>;

/** Without a saved choice every kind arrives in the app. */
export const defaultChannel: NotificationChannel = "in_app";

export const kindLabels: Record<NotificationKind, { label: string; description: string }> = {
  stage_changed: { label: "Stage changes", description: "Someone else moved an application you follow." },
  interview: { label: "Interviews", description: "An interview was scheduled, rescheduled or cancelled." },
  follow_up_due: { label: "Follow-ups due", description: "A planned follow-up is due." },
  strong_match: { label: "Strong matches", description: "A new match scoring 85% or more." },
  sync_failed: { label: "Failed syncs", description: "A source sync failed (admins)." },
  webhook_disabled: { label: "Disabled webhooks", description: "An outbound webhook endpoint kept failing and was disabled (admins)." },
};

/** Every kind with the user's channel, defaults filled in. */
export async function getPreferences(db: Db, userId: string): Promise<Preferences> {
  const rows = await db.select().from(notificationPreferences).where(eq(notificationPreferences.userId, userId));
  const saved = new Map(rows.map((r) => [r.kind, r.channel]));
  return Object.fromEntries(notificationKinds.map((kind) => [kind, saved.get(kind) ?? defaultChannel])) as Preferences;
}

/** Saves the kinds given; the others keep their choice. Returns every kind's channel after the change. */
export async function setPreferences(db: Db, userId: string, changes: Partial<Preferences>): Promise<Preferences> {
  const values = Object.entries(changes)
    .filter((entry): entry is [NotificationKind, NotificationChannel] => entry[1] !== undefined)
    .map(([kind, channel]) => ({ userId, kind, channel }));
  if (values.length) {
    await db
      .insert(notificationPreferences)
      .values(values)
      .onConflictDoUpdate({ target: [notificationPreferences.userId, notificationPreferences.kind], set: { channel: sql`excluded.channel` } });
  }
  return getPreferences(db, userId);
}

/** The channel each of these users chose for one kind. */
export async function channelsFor(db: Db, userIds: readonly string[], kind: NotificationKind): Promise<Map<string, NotificationChannel>> {
  const channels = new Map(userIds.map((id) => [id, defaultChannel]));
  if (userIds.length === 0) return channels;
  const rows = await db
    .select({ userId: notificationPreferences.userId, channel: notificationPreferences.channel })
    .from(notificationPreferences)
    .where(and(inArray(notificationPreferences.userId, [...userIds]), eq(notificationPreferences.kind, kind)));
  for (const row of rows) channels.set(row.userId, row.channel);
  return channels;
}
