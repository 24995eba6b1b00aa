import { eq } from "drizzle-orm";
import type { Db } from "@/db";
import { jobSources, type SyncCounts } from "@/db/schema";
import { log } from "@/lib/observability/log";
import { metrics } from "@/lib/observability/metrics";

export const syncRunOutcomes = ["succeeded", "partial", "failed"] as const;
export const syncRecordOutcomes = ["fetched", "failed", "duplicate"] as const;

/** Every source's run and record series exist at 0 from the first scrape (dashboards and alerts need data). */
export function initialiseSyncSeries(sourceNames: readonly string[]) {
  const m = metrics();
  for (const source of sourceNames) {
    for (const status of syncRunOutcomes) m.syncRuns.inc({ source, status }, 0);
    for (const outcome of syncRecordOutcomes) m.syncRecords.inc({ source, outcome }, 0);
  }
}

/**
 * Counts a sync run that just ended (call once, when its status became final): the run by
 * status and its records by outcome, labelled with the source's name (unique, and few).
 */
export async function recordSyncFinished(db: Db, run: { id: string; sourceId: string }, status: (typeof syncRunOutcomes)[number], counts: Partial<SyncCounts>) {
  const [source] = await db.select({ name: jobSources.name }).from(jobSources).where(eq(jobSources.id, run.sourceId));
  const name = source?.name ?? "unknown";
  const m = metrics();
  m.syncRuns.inc({ source: name, status });
  m.syncRecords.inc({ source: name, outcome: "fetched" }, counts.fetched ?? 0);
  m.syncRecords.inc({ source: name, outcome: "failed" }, counts.failed ?? 0);
  m.syncRecords.inc({ source: name, outcome: "duplicate" }, counts.duplicates ?? 0);
  const fields = { runId: run.id, source: name, status, fetched: counts.fetched ?? 0, failed: counts.failed ?? 0, duplicates: counts.duplicates ?? 0 };
  if (status === "succeeded") log.info("sync finished", fields);
  else log.warn("sync finished", fields);
}
