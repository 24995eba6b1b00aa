import { and, desc, eq, isNotNull } from "drizzle-orm";
import type { Db } from "@/db";
import { jobSources, syncRuns } from "@/db/schema";
import { ConflictError } from "@/lib/errors";
import { addRunErrors } from "./counts";
import { requestSync } from "./runs";
import { parseCron } from "@/lib/schedule/cron";
import { log as appLog, type Logger } from "@/lib/observability/log";

export type RefusedSync = { sourceId: string; sourceName: string; activeRunId: string | null; reason: string };
export type ScheduleResult = { queued: string[]; refused: RefusedSync[] };

/**
 * Queues an incremental sync for every enabled source whose cron schedule has come due since
 * its last scheduled run (or since it was created). A source already syncing refuses (409):
 * that is returned, logged, and noted once in the active run's errors for the Sync page.
 */
export async function queueDueScheduledSyncs(db: Db, now = new Date(), log: Pick<Logger, "warn"> = appLog): Promise<ScheduleResult> {
  const sources = await db.select().from(jobSources).where(and(eq(jobSources.enabled, true), isNotNull(jobSources.schedule)));
  const result: ScheduleResult = { queued: [], refused: [] };
  for (const source of sources) {
    const [last] = await db
      .select({ createdAt: syncRuns.createdAt })
      .from(syncRuns)
      .where(and(eq(syncRuns.sourceId, source.id), eq(syncRuns.trigger, "schedule")))
      .orderBy(desc(syncRuns.createdAt))
      .limit(1);
    let due: Date | null;
    try {
      due = parseCron(source.schedule!).nextRun(last?.createdAt ?? source.createdAt);
    } catch {
      continue;
    }
    if (!due || due > now) continue;
    try {
      const run = await requestSync(db, source, { mode: "incremental", trigger: "schedule" });
      result.queued.push(run.id);
    } catch (err) {
      if (!(err instanceof ConflictError)) throw err;
      const activeRunId = ((err.details ?? {}) as { run_id?: string | null }).run_id ?? null;
      const reason = `The scheduled sync due at ${due.toISOString()} was not started: another sync of "${source.name}" is still active.`;
      log.warn("scheduled sync refused", { source: source.name, activeRunId, reason });
      result.refused.push({ sourceId: source.id, sourceName: source.name, activeRunId, reason });
      if (activeRunId) await noteOnce(db, activeRunId, reason, now);
    }
  }
  return result;
}

/** Adds a schedule note to the active run's errors unless it already has one. */
async function noteOnce(db: Db, runId: string, message: string, now: Date) {
  const [run] = await db.select({ errors: syncRuns.errors }).from(syncRuns).where(eq(syncRuns.id, runId));
  if (!run || run.errors.some((e) => e.stage === "schedule")) return;
  await addRunErrors(db, runId, [{ stage: "schedule", message, at: now.toISOString() }]);
}
