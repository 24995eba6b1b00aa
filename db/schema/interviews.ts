import { index, integer, jsonb, pgEnum, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { applications } from "./applications";
import { users } from "./users";

export const interviewTypes = ["phone", "video", "onsite", "technical", "panel", "other"] as const;
export type InterviewType = (typeof interviewTypes)[number];
export const interviewType = pgEnum("interview_type", interviewTypes);

export const interviewStatuses = ["scheduled", "cancelled"] as const;
export const interviewStatus = pgEnum("interview_status", interviewStatuses);

/** A Hireflow user (user_id set) or anyone by e-mail. */
export type Interviewer = { user_id: string | null; email: string; name: string | null };

export const interviews = pgTable(
  "interviews",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    applicationId: uuid("application_id")
      .notNull()
      .references(() => applications.id, { onDelete: "cascade" }),
    type: interviewType("type").notNull(),
    startsAt: timestamp("starts_at", { withTimezone: true }).notNull(),
    durationMinutes: integer("duration_minutes").notNull(),
    /** IANA zone the interview was planned in (the .ics states it); starts_at is the instant. */
    timeZone: text("time_zone").notNull().default("UTC"),
    location: text("location"),
    videoUrl: text("video_url"),
    interviewers: jsonb("interviewers").$type<Interviewer[]>().notNull().default([]),
    status: interviewStatus("status").notNull().default("scheduled"),
    /** iCalendar UID, kept across reschedules; sequence rises with each change. */
    uid: text("uid").notNull().unique(),
    sequence: integer("sequence").notNull().default(0),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("interviews_application_idx").on(t.applicationId), index("interviews_starts_idx").on(t.startsAt)],
);

/** A user's private calendar feed: the token is shown once, only its hash is kept; revoking stamps revoked_at. */
export const calendarTokens = pgTable(
  "calendar_tokens",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    tokenHash: text("token_hash").notNull().unique(),
    prefix: text("prefix").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
  },
  (t) => [index("calendar_tokens_user_idx").on(t.userId)],
);

export type InterviewRow = typeof interviews.$inferSelect;
