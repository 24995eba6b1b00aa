import { sql } from "drizzle-orm";
import { boolean, index, integer, jsonb, pgEnum, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";

// State of the in-process Inngest runner (inngest/runner/): one row per function run, so a
// restart resumes unfinished runs where their last finished step left off.
export const backgroundRunStatus = pgEnum("background_run_status", [
  "queued",
  "running",
  "sleeping",
  "completed",
  "failed",
  "cancelled",
]);

/**
 * One step's memoized result, as the SDK gets it back (`data` or `error`), plus runner notes:
 * `attempts` it took, a sleep's wake time (`until`) and an invoked child run (`childRunId`);
 * a step with `until` in the future or a running child is not handed to the SDK yet.
 */
export type StoredStep = {
  data?: unknown;
  error?: unknown;
  name?: string;
  attempts?: number;
  until?: string;
  childRunId?: string;
};

export const backgroundRuns = pgTable(
  "background_runs",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    functionId: text("function_id").notNull(),
    /** "main", or "failure" for an onFailure handler run. */
    handlerKind: text("handler_kind").notNull().default("main"),
    eventName: text("event_name").notNull(),
    /** The triggering event's id: a redelivered event starts no second main run. */
    eventId: text("event_id"),
    events: jsonb("events").$type<Array<Record<string, unknown>>>().notNull(),
    status: backgroundRunStatus("status").notNull().default("queued"),
    attempt: integer("attempt").notNull().default(0),
    maxAttempts: integer("max_attempts").notNull().default(4),
    /** Claims since the run last saved progress: a process that dies every time ends the run. */
    unsavedClaims: integer("unsaved_claims").notNull().default(0),
    /** Finished steps by hashed step id. */
    stepState: jsonb("step_state").$type<Record<string, StoredStep>>().notNull().default({}),
    stepOrder: jsonb("step_order").$type<string[]>().notNull().default([]),
    concurrencyKey: text("concurrency_key"),
    singletonKey: text("singleton_key"),
    /** Set once the run has run steps in parallel: from then on each step is requested by id. */
    disableImmediateExecution: boolean("disable_immediate_execution").notNull().default(false),
    /** A run started by `step.invoke` reports its result to this run's step. */
    parentRunId: uuid("parent_run_id"),
    parentStepId: text("parent_step_id"),
    nextRunAt: timestamp("next_run_at", { withTimezone: true }).notNull().defaultNow(),
    /** A claimed run is leased until this time; a crashed process's lease runs out. */
    lockedUntil: timestamp("locked_until", { withTimezone: true }),
    /** Changes on every claim, so a worker whose lease ran out cannot overwrite the new owner. */
    leaseToken: uuid("lease_token"),
    output: jsonb("output"),
    error: jsonb("error"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
    finishedAt: timestamp("finished_at", { withTimezone: true }),
  },
  (t) => [
    index("background_runs_due_idx").on(t.status, t.nextRunAt),
    index("background_runs_function_idx").on(t.functionId, t.createdAt),
    index("background_runs_concurrency_idx").on(t.concurrencyKey, t.status),
    uniqueIndex("background_runs_event_idx").on(t.functionId, t.eventId).where(sql`handler_kind = 'main' and event_id is not null`),
    // Health and the janitor count or scan only unfinished runs; this index holds only those.
    index("background_runs_unfinished_idx").on(t.status).where(sql`status in ('queued', 'running', 'sleeping')`),
    index("background_runs_finished_idx").on(t.finishedAt).where(sql`finished_at is not null`),
  ],
);

/** The next fire time of each cron-triggered function, so a restart neither skips nor repeats. */
export const cronSchedules = pgTable(
  "cron_schedules",
  {
    functionId: text("function_id").notNull(),
    cron: text("cron").notNull(),
    nextFireAt: timestamp("next_fire_at", { withTimezone: true }).notNull(),
    lastFiredAt: timestamp("last_fired_at", { withTimezone: true }),
  },
  // A function may have several cron triggers.
  (t) => [primaryKey({ columns: [t.functionId, t.cron] })],
);

export type BackgroundRun = typeof backgroundRuns.$inferSelect;
