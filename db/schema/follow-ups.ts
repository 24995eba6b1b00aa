import { sql } from "drizzle-orm";
import { boolean, index, integer, jsonb, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { applications } from "./applications";
import { interviews } from "./interviews";
import { users } from "./users";

export type FollowUpStep = { days: number; template: string };

/** Steps (days after entering `applied`, text template); one sequence is the default. */
export const followUpSequences = pgTable(
  "follow_up_sequences",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    name: text("name").notNull(),
    steps: jsonb("steps").$type<FollowUpStep[]>().notNull(),
    isDefault: boolean("is_default").notNull().default(false),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("follow_up_sequences_default_idx").on(t.isDefault).where(sql`${t.isDefault}`)],
);

export const followUpKinds = ["sequence", "thank_you", "manual"] as const;
export const followUpKind = pgEnum("follow_up_kind", followUpKinds);
/** planned -> due (the scheduled check) -> done | skipped; cancelled when the application moves on. */
export const followUpStatuses = ["planned", "due", "done", "skipped", "cancelled"] as const;
export type FollowUpStatus = (typeof followUpStatuses)[number];
export const followUpStatus = pgEnum("follow_up_status", followUpStatuses);

export const followUps = pgTable(
  "follow_ups",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    applicationId: uuid("application_id")
      .notNull()
      .references(() => applications.id, { onDelete: "cascade" }),
    kind: followUpKind("kind").notNull(),
    sequenceId: uuid("sequence_id").references(() => followUpSequences.id, { onDelete: "set null" }),
    /** Position in the sequence (0-based); null for thank-you and manual ones. */
    step: integer("step"),
    interviewId: uuid("interview_id").references(() => interviews.id, { onDelete: "cascade" }),
    dueAt: timestamp("due_at", { withTimezone: true }).notNull(),
    /** The text to send, rendered from the template; the user may edit it. */
    body: text("body").notNull(),
    status: followUpStatus("status").notNull().default("planned"),
    completedAt: timestamp("completed_at", { withTimezone: true }),
    notifiedAt: timestamp("notified_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("follow_ups_status_due_idx").on(t.status, t.dueAt), index("follow_ups_application_idx").on(t.applicationId, t.dueAt)],
);

export type FollowUpRow = typeof followUps.$inferSelect;
