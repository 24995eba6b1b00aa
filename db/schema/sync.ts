import { sql } from "drizzle-orm";
import { index, integer, jsonb, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { candidates } from "./candidates";
import { jobs } from "./jobs";
import { emptyCounts, type SyncCounts } from "../../lib/sync/run-counts";
import { sourceIdColumn } from "./sources";

export const syncRunStatus = pgEnum("sync_run_status", ["queued", "running", "succeeded", "partial", "failed"]);
export const syncStage = pgEnum("sync_stage", ["queued", "extract", "transform", "load", "done"]);

export type { SyncCounts };
export type SyncError = { stage: string; message: string; at: string; externalId?: string };

export const syncRuns = pgTable(
  "sync_runs",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    sourceId: sourceIdColumn(),
    mode: text("mode").$type<"full" | "incremental">().notNull(),
    /** manual, schedule or reprocess. */
    trigger: text("trigger").notNull().default("manual"),
    /** For a reprocess run: the run whose stored data it works from. */
    parentRunId: uuid("parent_run_id"),
    /** For a reprocess run: "failed" re-runs only the parent's failed records, "all" every record. */
    reprocessScope: text("reprocess_scope").$type<"failed" | "all">(),
    status: syncRunStatus("status").notNull().default("queued"),
    stage: syncStage("stage").notNull().default("queued"),
    counts: jsonb("counts").$type<SyncCounts>().notNull().default(emptyCounts()),
    /** The first errors of the run (capped); every failed record is in sync_record_errors. */
    errors: jsonb("errors").$type<SyncError[]>().notNull().default([]),
    /** Milliseconds spent in each stage. */
    timings: jsonb("timings").$type<Record<string, number>>().notNull().default({}),
    maxItems: integer("max_items"),
    /** The outbox event that starts this run (and the background run keyed on it). */
    eventId: uuid("event_id"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    startedAt: timestamp("started_at", { withTimezone: true }),
    finishedAt: timestamp("finished_at", { withTimezone: true }),
  },
  (t) => [
    index("sync_runs_source_idx").on(t.sourceId, t.createdAt),
    // One active run per source, enforced by the database itself.
    uniqueIndex("sync_runs_one_active_idx").on(t.sourceId).where(sql`status in ('queued', 'running')`),
  ],
);

/** Every page a connector fetched, exactly as the API sent it. */
export const rawPages = pgTable(
  "raw_pages",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    runId: uuid("run_id")
      .notNull()
      .references(() => syncRuns.id, { onDelete: "cascade" }),
    sourceId: sourceIdColumn(),
    seq: integer("seq").notNull(),
    /** The request URL without credentials, its parameters and the response metadata. */
    url: text("url").notNull(),
    params: jsonb("params").$type<Record<string, unknown>>().notNull().default({}),
    status: integer("status").notNull(),
    headers: jsonb("headers").$type<Record<string, string>>().notNull().default({}),
    /** The response body, byte for byte. */
    body: text("body").notNull(),
    recordCount: integer("record_count").notNull().default(0),
    /** The connector's paging state after this page ({ next: cursor | null }): a retried extract resumes from it. */
    paging: jsonb("paging").$type<{ next: Record<string, string | number> | null }>(),
    fetchedAt: timestamp("fetched_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("raw_pages_run_seq_idx").on(t.runId, t.seq), index("raw_pages_fetched_idx").on(t.fetchedAt)],
);

/** A record that failed transform or load, with its error; reprocessing resolves it. */
export const syncRecordErrors = pgTable(
  "sync_record_errors",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    runId: uuid("run_id")
      .notNull()
      .references(() => syncRuns.id, { onDelete: "cascade" }),
    sourceId: sourceIdColumn(),
    rawPageId: uuid("raw_page_id").references(() => rawPages.id, { onDelete: "cascade" }),
    recordIndex: integer("record_index").notNull(),
    externalId: text("external_id"),
    stage: text("stage").notNull(),
    error: text("error").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    resolvedAt: timestamp("resolved_at", { withTimezone: true }),
  },
  (t) => [
    index("sync_record_errors_run_idx").on(t.runId),
    index("sync_record_errors_open_idx").on(t.sourceId).where(sql`resolved_at is null`),
    // A retried chunk records each failure once.
    uniqueIndex("sync_record_errors_record_idx").on(t.runId, t.rawPageId, t.recordIndex),
    index("sync_record_errors_created_idx").on(t.createdAt),
  ],
);

/** Each place a canonical job was seen: the key for "same source id" and the job's sources list. */
export const jobSourceLinks = pgTable(
  "job_source_links",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    jobId: uuid("job_id")
      .notNull()
      .references(() => jobs.id, { onDelete: "cascade" }),
    sourceId: sourceIdColumn(),
    externalId: text("external_id").notNull(),
    url: text("url"),
    /** Hash of the canonical record: an unchanged record is not written again. */
    contentHash: text("content_hash").notNull(),
    /** The source's id for one opening posted in several places (Greenhouse internal_job_id). */
    sourceGroupId: text("source_group_id"),
    firstSeenAt: timestamp("first_seen_at", { withTimezone: true }).notNull().defaultNow(),
    lastSeenAt: timestamp("last_seen_at", { withTimezone: true }).notNull().defaultNow(),
    lastRunId: uuid("last_run_id"),
  },
  (t) => [
    uniqueIndex("job_source_links_key_idx").on(t.sourceId, t.externalId),
    index("job_source_links_job_idx").on(t.jobId),
    index("job_source_links_group_idx").on(t.sourceId, t.sourceGroupId),
    // What one run loaded: the jobs its match refresh rescores and the companies it recounts.
    index("job_source_links_last_run_idx").on(t.lastRunId),
  ],
);

export const candidateSourceLinks = pgTable(
  "candidate_source_links",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    candidateId: uuid("candidate_id")
      .notNull()
      .references(() => candidates.id, { onDelete: "cascade" }),
    sourceId: sourceIdColumn(),
    externalId: text("external_id").notNull(),
    contentHash: text("content_hash").notNull(),
    lastSeenAt: timestamp("last_seen_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("candidate_source_links_key_idx").on(t.sourceId, t.externalId)],
);

export type SyncRun = typeof syncRuns.$inferSelect;
export type RawPage = typeof rawPages.$inferSelect;
