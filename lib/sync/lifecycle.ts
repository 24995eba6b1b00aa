import { and, asc, eq, gte, lt, ne, sql } from "drizzle-orm";
import { queryRows } from "@/db/rows";
import type { Db } from "@/db";
import { rawPages, syncRuns, type SyncRun } from "@/db/schema";
import { config } from "@/lib/config";
import { expireStaleJobs } from "@/lib/etl/load";
import { mergePendingSearchEntries } from "@/lib/jobs/search-index";
import { emit, notifyEventsCommitted, syncCompleted, syncFailed } from "@/lib/events";
import { emitForWebhooks } from "@/lib/webhooks/emit";
import { addRunCounts, addRunErrors, setRunCounts, type CountsDelta } from "./counts";
import { recordSyncFinished } from "./metrics";
import { extractRun, type ExtractResult } from "./extract";
import { emptyCounts } from "./run-counts";
import { getRunRow } from "./runs";
import { recordsPerStep, resolveFailures } from "./transform-load";

type Stage = SyncRun["stage"];

export async function startRun(db: Db, runId: string, now = new Date()): Promise<SyncRun> {
  const [run] = await db.update(syncRuns).set({ status: "running", stage: "extract", startedAt: now }).where(eq(syncRuns.id, runId)).returning();
  return run;
}

export async function setStage(db: Db, runId: string, stage: Stage) {
  await db.update(syncRuns).set({ stage }).where(eq(syncRuns.id, runId));
}

/**
 * Splits a run's stored pages (those in `range` when given) into [fromSeq, toSeq) ranges of at
 * most `maxRecords` records (a page is never split): one transform + load step each, so memory
 * stays bounded whatever the page size.
 */
export async function planChunks(db: Db, runId: string, maxRecords = recordsPerStep, range?: { fromSeq: number; toSeq: number }): Promise<Array<[number, number]>> {
  const inRange = range ? and(gte(rawPages.seq, range.fromSeq), lt(rawPages.seq, range.toSeq)) : undefined;
  const pages = await db
    .select({ seq: rawPages.seq, records: rawPages.recordCount })
    .from(rawPages)
    .where(and(eq(rawPages.runId, runId), inRange))
    .orderBy(asc(rawPages.seq));
  const chunks: Array<[number, number]> = [];
  let start: number | null = null;
  let records = 0;
  for (const page of pages) {
    if (start !== null && records + page.records > maxRecords) {
      chunks.push([start, page.seq]);
      start = null;
      records = 0;
    }
    start ??= page.seq;
    records += page.records;
  }
  if (start !== null) chunks.push([start, pages[pages.length - 1].seq + 1]);
  return chunks;
}

export type ExtractedShare = ExtractResult & { chunks: Array<[number, number]> };

/**
 * One turn of extract: stores about a step's worth of records from `fromSeq` on (extractRun) and
 * says which transform + load steps take them. A share is one step (the extract stops after the
 * page that fills it); a connector that cannot resume pages to the end in one call, and what it
 * stored is split into steps.
 */
export async function extractShare(db: Db, runId: string, fromSeq: number): Promise<ExtractedShare> {
  if (fromSeq > 0) await setStage(db, runId, "extract");
  const extracted = await extractRun(db, runId, { fromSeq, maxRecords: recordsPerStep });
  const range = { fromSeq, toSeq: extracted.toSeq };
  const chunks: Array<[number, number]> =
    range.toSeq <= fromSeq ? [] : extracted.batchRecords <= 2 * recordsPerStep ? [[fromSeq, range.toSeq]] : await planChunks(db, runId, recordsPerStep, range);
  return { ...extracted, chunks };
}

/**
 * Closes a run: expires stale jobs after a full sync, resolves what a reprocess fixed, and sets
 * the status: failed when nothing could be fetched, partial when some records or pages failed.
 */
export async function finishRun(db: Db, runId: string, extractError: string | null, now = new Date(), totals?: CountsDelta) {
  // The chunks' memoized results, summed: exact even when a chunk ran twice and added its counts twice.
  if (totals) await setRunCounts(db, runId, totals);
  const run = await getRunRow(db, runId);
  const companyIds: string[] = [];
  if (run.mode === "full" && run.trigger !== "reprocess" && !extractError) {
    const expired = await expireStaleJobs(db, now, config().JOB_EXPIRY_DAYS);
    await addRunCounts(db, runId, { expired: expired.count });
    companyIds.push(...expired.companyIds);
  }
  if (run.parentRunId) await resolveFailures(db, run.parentRunId, runId, now);
  // Companies whose jobs this run touched: their open-job counts are recounted.
  const touched = await queryRows<{ company_id: string }>(
    db,
    sql`select distinct j.company_id from job_source_links l join jobs j on j.id = l.job_id where l.last_run_id = ${runId} and j.company_id is not null`,
  );
  companyIds.push(...touched.map((r) => r.company_id));
  const counts = { ...emptyCounts(), ...(await getRunRow(db, runId)).counts };
  if (counts.inserted + counts.updated > 0) await mergePendingSearchEntries(db);
  const nothingFetched = run.trigger !== "reprocess" && counts.fetched === 0;
  const status = extractError && nothingFetched ? "failed" : extractError || counts.failed > 0 ? "partial" : "succeeded";
  let completedAnnounced = false;
  const finished = await db.transaction(async (transaction) => {
    const tx = transaction as unknown as Db;
    const [row] = await tx.update(syncRuns).set({ status, stage: "done", finishedAt: now }).where(eq(syncRuns.id, runId)).returning();
    // A repeated finish step must not tell the admins twice.
    if (status === "failed" && run.status !== "failed") await emit(tx, syncFailed.create({ runId, sourceId: run.sourceId, error: extractError ?? "Nothing could be fetched." }));
    if (status !== "failed" && run.status !== "succeeded" && run.status !== "partial") {
      const summary = { runId, sourceId: run.sourceId, status, fetched: counts.fetched, inserted: counts.inserted, updated: counts.updated, failed: counts.failed };
      completedAnnounced = (await emitForWebhooks(tx, "sync.completed", [summary], ([one]) => syncCompleted.create(one))) > 0;
    }
    return row;
  });
  if (status === "failed" || completedAnnounced) notifyEventsCommitted();
  // A repeated finish step (the function retried after it) must not count the run twice.
  if (run.status === "queued" || run.status === "running") await recordSyncFinished(db, run, status, counts);
  return { run: finished, companyIds: [...new Set(companyIds)] };
}

/** The run's function gave up: record why, free the source for the next sync, and tell the admins (once). */
export async function failRun(db: Db, runId: string, message: string, now = new Date()) {
  const failed = await db.transaction(async (transaction) => {
    const tx = transaction as unknown as Db;
    await addRunErrors(tx, runId, [{ stage: "run", message, at: now.toISOString() }]);
    const [newlyFailed] = await tx
      .update(syncRuns)
      .set({ status: "failed", stage: "done", finishedAt: now })
      .where(and(eq(syncRuns.id, runId), ne(syncRuns.status, "failed")))
      .returning({ sourceId: syncRuns.sourceId, counts: syncRuns.counts });
    if (newlyFailed) await emit(tx, syncFailed.create({ runId, sourceId: newlyFailed.sourceId, error: message }));
    return newlyFailed;
  });
  notifyEventsCommitted();
  if (failed) await recordSyncFinished(db, { id: runId, sourceId: failed.sourceId }, "failed", failed.counts);
}
