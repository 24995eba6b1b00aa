import { and, eq, inArray } from "drizzle-orm";
import type { Db } from "@/db";
import { backgroundRuns, outbox, syncRuns, type SyncRun } from "@/db/schema";
import { emit, notifyEventsCommitted, syncFailed } from "@/lib/events";
import { addRunErrors } from "./counts";
import { recordSyncFinished } from "./metrics";

export type JanitorOptions = {
  now?: Date;
  /** How long a run may wait with nothing on its way to start it, or hold an expired lease. */
  graceMs?: number;
  /** Background runs are in this database (the in-process runner); false with external Inngest. */
  embedded?: boolean;
};

export type StuckRun = { runId: string; sourceId: string; reason: string };

// The background function that carries a sync run; see inngest/functions/sync-source.ts.
const SYNC_FUNCTION_ID = "sync-source";

/** Why an active sync run can no longer finish by itself, or null while it still can. */
async function whyStuck(db: Db, run: SyncRun, now: Date, graceMs: number, embedded: boolean): Promise<string | null> {
  const old = now.getTime() - run.createdAt.getTime() > graceMs;
  const [event] = run.eventId ? await db.select().from(outbox).where(eq(outbox.id, run.eventId)) : [];
  // Still on its way: the dispatcher retries it with backoff.
  if (event && !event.dispatchedAt) return null;
  if (!embedded) return old && !event ? "No event was recorded to start this run." : null;
  const [background] = run.eventId
    ? await db
        .select()
        .from(backgroundRuns)
        .where(and(eq(backgroundRuns.functionId, SYNC_FUNCTION_ID), eq(backgroundRuns.eventId, run.eventId), eq(backgroundRuns.handlerKind, "main")))
    : [];
  if (!background) return old ? `No background run picked this run up within ${Math.round(graceMs / 60_000)} minutes.` : null;
  if (background.status === "completed" || background.status === "failed" || background.status === "cancelled") {
    return `Its background run ended (${background.status}) without finishing the sync.`;
  }
  if (background.status === "running" && background.lockedUntil && now.getTime() - background.lockedUntil.getTime() > graceMs) {
    return `Its worker stopped: the lease expired at ${background.lockedUntil.toISOString()} and nobody took the run over.`;
  }
  return null;
}

/**
 * Fails queued or running sync runs that nothing will ever finish, with the reason in the
 * run's errors (the Sync page shows them), so no source stays blocked by its one active run.
 */
export async function failStuckSyncRuns(db: Db, options: JanitorOptions = {}): Promise<StuckRun[]> {
  const now = options.now ?? new Date();
  const graceMs = options.graceMs ?? 15 * 60_000;
  const active = await db.select().from(syncRuns).where(inArray(syncRuns.status, ["queued", "running"]));
  const failed: StuckRun[] = [];
  for (const run of active) {
    const reason = await whyStuck(db, run, now, graceMs, options.embedded ?? true);
    if (!reason) continue;
    const message = `Failed by the janitor: ${reason}`;
    const closed = await db.transaction(async (transaction) => {
      const tx = transaction as unknown as Db;
      const [row] = await tx
        .update(syncRuns)
        .set({ status: "failed", stage: "done", finishedAt: now })
        .where(and(eq(syncRuns.id, run.id), inArray(syncRuns.status, ["queued", "running"])))
        .returning({ id: syncRuns.id });
      if (!row) return false;
      await addRunErrors(tx, run.id, [{ stage: "janitor", message, at: now.toISOString() }]);
      await emit(tx, syncFailed.create({ runId: run.id, sourceId: run.sourceId, error: message }));
      return true;
    });
    if (!closed) continue;
    await recordSyncFinished(db, run, "failed", run.counts);
    failed.push({ runId: run.id, sourceId: run.sourceId, reason });
  }
  if (failed.length) notifyEventsCommitted();
  return failed;
}
