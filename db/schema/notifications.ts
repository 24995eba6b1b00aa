import { sql } from "drizzle-orm";
import { bigserial, index, jsonb, pgEnum, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { users } from "./users";

export const notificationKinds = ["stage_changed", "interview", "follow_up_due", "strong_match", "sync_failed", "webhook_disabled"] as const;
export type NotificationKind = (typeof notificationKinds)[number];
export const notificationKind = pgEnum("notification_kind", notificationKinds);

export const notificationChannels = ["in_app", "email", "off"] as const;
export type NotificationChannel = (typeof notificationChannels)[number];
export const notificationChannel = pgEnum("notification_channel", notificationChannels);

export const notifications = pgTable(
  "notifications",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    kind: notificationKind("kind").notNull(),
    title: text("title").notNull(),
    body: text("body").notNull().default(""),
    /** Where clicking it goes (an app path). */
    link: text("link"),
    data: jsonb("data").$type<Record<string, unknown>>().notNull().default({}),
    /** The outbox event it came from: a redelivered event creates no second notification. */
    eventId: uuid("event_id").notNull(),
    /** in_app or email (recorded only, or sent through SMTP_URL). */
    channel: notificationChannel("channel").notNull(),
    emailedAt: timestamp("emailed_at", { withTimezone: true }),
    emailError: text("email_error"),
    readAt: timestamp("read_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("notifications_event_user_idx").on(t.eventId, t.userId),
    index("notifications_user_created_idx").on(t.userId, t.createdAt.desc()),
    index("notifications_unread_idx").on(t.userId).where(sql`${t.readAt} is null`),
  ],
);

/** A user's channel per kind; a kind without a row uses the default (in_app). */
export const notificationPreferences = pgTable(
  "notification_preferences",
  {
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    kind: notificationKind("kind").notNull(),
    channel: notificationChannel("channel").notNull(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.kind] })],
);

/**
 * Changes pushed to open pages over Server-Sent Events (lib/realtime): written in the same
 * transaction as the change, read by id order; PostgreSQL also NOTIFYs so listeners wake at once.
 */
export const realtimeEvents = pgTable(
  "realtime_events",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    topic: text("topic").notNull(),
    data: jsonb("data").$type<Record<string, unknown>>().notNull().default({}),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("realtime_events_created_idx").on(t.createdAt)],
);

export type NotificationRow = typeof notifications.$inferSelect;
