import { sql } from "drizzle-orm";
import { index, integer, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";

/**
 * Events recorded in the same transaction as the rows they describe (lib/events emit); the
 * dispatcher (inngest/outbox.ts) hands them on and stamps dispatched_at, at least once.
 */
export const outbox = pgTable(
  "outbox",
  {
    /** Also the event's id: consumers are idempotent on it. */
    id: uuid("id").primaryKey().defaultRandom(),
    name: text("name").notNull(),
    data: jsonb("data").$type<Record<string, unknown>>().notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    dispatchedAt: timestamp("dispatched_at", { withTimezone: true }),
    attempts: integer("attempts").notNull().default(0),
    lastError: text("last_error"),
    nextAttemptAt: timestamp("next_attempt_at", { withTimezone: true }).notNull().defaultNow(),
    /** The request (or background run) that emitted it, so the runs it starts log the same id. */
    requestId: text("request_id"),
  },
  (t) => [
    // Only pending rows are indexed: the dispatcher's query stays cheap however many were sent.
    index("outbox_pending_idx").on(t.nextAttemptAt).where(sql`dispatched_at is null`),
    index("outbox_dispatched_idx").on(t.dispatchedAt).where(sql`dispatched_at is not null`),
  ],
);

export type OutboxRow = typeof outbox.$inferSelect;
