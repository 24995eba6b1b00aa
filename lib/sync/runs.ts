import { randomUUID } from "node:crypto";
import { and, count, desc, eq, inArray, sql } from "drizzle-orm";
import { cappedCount, pageResponse, pagingSchema } from "@/lib/http/pagination";
import { z } from "zod";
import type { Db } from "@/db";
import { jobSources, syncRecordErrors, syncRunStatus, syncRuns, syncStage, type JobSource, type SyncError, type SyncRun } from "@/db/schema";
import { ConflictError, NotFoundError, UnprocessableError } from "@/lib/errors";
import { emit, notifyEventsCommitted, syncRequested } from "@/lib/events";
import { emptyCounts, syncCountKeys } from "./run-counts";

export const syncRequestSchema = z.object({
  source: z.string().trim().min(1, "source is the id or name of a job source"),
  mode: z.enum(["full", "incremental"]).default("incremental"),
  max_items: z.number().int().positive().max(1_000_000).optional(),
});

type RequestOptions = { mode: "full" | "incremental"; trigger?: "manual" | "schedule" | "reprocess"; parentRunId?: string; reprocessScope?: "failed" | "all"; maxItems?: number };

/**
 * Queues a sync of the source and records its event in the same transaction, so a run never
 * exists without the event that starts it; 409 while one is active.
 */
export async function requestSync(db: Db, source: JobSource, options: RequestOptions): Promise<SyncRun> {
  if (!source.enabled && options.trigger !== "reprocess") throw new UnprocessableError(`"${source.name}" is disabled; enable it before syncing.`);
  const run = await db.transaction(async (tx) => {
    const txDb = tx as unknown as Db;
    const eventId = randomUUID();
    const [row] = await txDb
      .insert(syncRuns)
      .values({ eventId, sourceId: source.id, mode: options.mode, trigger: options.trigger ?? "manual", parentRunId: options.parentRunId ?? null, reprocessScope: options.reprocessScope ?? null, maxItems: options.maxItems ?? null })
      // The partial unique index on active runs turns a second request into no row.
      .onConflictDoNothing()
      .returning();
    if (row) await emit(txDb, syncRequested.create({ runId: row.id, sourceId: source.id }), { id: eventId });
    return row;
  });
  if (!run) {
    const [active] = await db.select({ id: syncRuns.id }).from(syncRuns).where(and(eq(syncRuns.sourceId, source.id), inArray(syncRuns.status, ["queued", "running"]))).limit(1);
    throw new ConflictError(`A sync of "${source.name}" is already queued or running.`, { run_id: active?.id ?? null });
  }
  notifyEventsCommitted();
  return run;
}

/** A new run that re-transforms and re-loads a finished run's stored pages, without fetching. */
export async function requestReprocess(db: Db, runId: string, scope: "failed" | "all"): Promise<SyncRun> {
  const parent = await getRunRow(db, runId);
  if (parent.status === "queued" || parent.status === "running") throw new ConflictError("That run has not finished yet.");
  const [source] = await db.select().from(jobSources).where(eq(jobSources.id, parent.sourceId));
  return requestSync(db, source, { mode: parent.mode, trigger: "reprocess", parentRunId: parent.id, reprocessScope: scope });
}

export async function getRunRow(db: Db, id: string): Promise<SyncRun> {
  const [run] = await db.select().from(syncRuns).where(eq(syncRuns.id, id)).limit(1);
  if (!run) throw new NotFoundError("Sync run");
  return run;
}

export const listRunsSchema = z.object({
  source: z.string().trim().optional(),
  page: pagingSchema.shape.page,
  limit: pagingSchema.shape.limit,
});

/** Runs newest first (the id breaks ties), in the one pagination shape of every listing. */
export async function listSyncRuns(db: Db, sourceId: string | null, page: number, limit: number) {
  const where = sourceId ? eq(syncRuns.sourceId, sourceId) : undefined;
  const [rows, count] = await Promise.all([
    db
      .select({ run: syncRuns, sourceName: jobSources.name, sourceType: jobSources.type })
      .from(syncRuns)
      .innerJoin(jobSources, eq(jobSources.id, syncRuns.sourceId))
      .where(where)
      .orderBy(desc(syncRuns.createdAt), desc(syncRuns.id))
      .limit(limit)
      .offset((page - 1) * limit),
    cappedCount(db, sql`select 1 from ${syncRuns} where ${where ?? sql`true`}`),
  ]);
  return pageResponse({ items: rows, page, limit, ...count, nextCursor: null }, (r) => runForApi(r.run, r));
}

export async function getSyncRun(db: Db, id: string) {
  const [row] = await db
    .select({ run: syncRuns, sourceName: jobSources.name, sourceType: jobSources.type })
    .from(syncRuns)
    .innerJoin(jobSources, eq(jobSources.id, syncRuns.sourceId))
    .where(eq(syncRuns.id, id))
    .limit(1);
  if (!row) throw new NotFoundError("Sync run");
  const [{ open }] = await db.select({ open: count() }).from(syncRecordErrors).where(and(eq(syncRecordErrors.runId, id), sql`${syncRecordErrors.resolvedAt} is null`));
  return { ...runForApi(row.run, row), unresolved_record_errors: open };
}

const iso = (d: Date | null) => (d ? d.toISOString() : null);

const time = z.iso.datetime();
const countJson = z.number().int();

/** The JSON of runForApi. */
export const syncRunJson = z.object({
  id: z.uuid(),
  source: z.uuid().describe("The source's id"),
  source_name: z.string(),
  source_type: z.string(),
  mode: z.enum(["full", "incremental"]),
  trigger: z.string().describe("manual, schedule or reprocess"),
  parent_run_id: z.uuid().nullable(),
  reprocess_scope: z.enum(["failed", "all"]).nullable(),
  status: z.enum(syncRunStatus.enumValues),
  stage: z.enum(syncStage.enumValues),
  counts: z.object({
    fetched: countJson,
    transformed: countJson,
    failed: countJson,
    inserted: countJson,
    updated: countJson,
    duplicates: countJson,
    expired: countJson,
    unchanged: countJson.optional().describe("Records fetched again with nothing new"),
  }) satisfies z.ZodType<Record<(typeof syncCountKeys)[number], number>>,
  errors: z.array(z.object({ stage: z.string(), message: z.string(), at: z.string(), externalId: z.string().optional() })),
  timings_ms: z.record(z.string(), z.number()),
  created_at: time.nullable(),
  started_at: time.nullable(),
  finished_at: time.nullable(),
});

export const syncRunDetailJson = syncRunJson.extend({ unresolved_record_errors: z.number().int() });

/** What requesting a sync or a reprocess answers (202). */
export const syncRequestedJson = z.object({ run_id: z.uuid(), status: z.enum(syncRunStatus.enumValues) });

/** A run as the API shows it. */
export function runForApi(run: SyncRun, source: { sourceName: string; sourceType: string }): z.infer<typeof syncRunJson> {
  return {
    id: run.id,
    source: run.sourceId,
    source_name: source.sourceName,
    source_type: source.sourceType,
    mode: run.mode,
    trigger: run.trigger,
    parent_run_id: run.parentRunId,
    reprocess_scope: run.reprocessScope,
    status: run.status,
    stage: run.stage,
    counts: { ...emptyCounts(), ...run.counts },
    errors: run.errors as SyncError[],
    timings_ms: run.timings,
    created_at: iso(run.createdAt),
    started_at: iso(run.startedAt),
    finished_at: iso(run.finishedAt),
  };
}

export type SyncRunView = ReturnType<typeof runForApi>;
