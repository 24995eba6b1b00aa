import { and, asc, eq, inArray, isNull, lte, sql } from "drizzle-orm";
import type { Db } from "@/db";
import { outbox, type OutboxRow } from "@/db/schema";
import { log as appLog, type Logger } from "@/lib/observability/log";
import type { RunEvent } from "./runner/registry";

/** Hands one event on (to the in-process runner or to Inngest); throws when it could not. */
export type DeliverEvent = (event: RunEvent & { id: string }) => Promise<unknown>;

export type DispatchOptions = {
  now: Date;
  /** Rows taken per pass. */
  batch?: number;
  /** A claimed row is retried after this long if its dispatcher died before marking it. */
  claimMs?: number;
  backoffMs?: (attempts: number) => number;
  log?: Pick<Logger, "warn">;
};

/** 1 s, 2 s, 4 s ... capped at 5 minutes. */
export const outboxBackoffMs = (attempts: number) => Math.min(300_000, 1000 * 2 ** Math.max(0, attempts - 1));

// The request id rides along so the runs the event starts log the id of the request that emitted it.
export const asRunEvent = (row: OutboxRow): RunEvent & { id: string } => ({
  id: row.id,
  name: row.name,
  data: row.data,
  ts: row.createdAt.getTime(),
  ...(row.requestId ? { requestId: row.requestId } : {}),
});

/**
 * One pass over the outbox: claims due pending rows (pushing their next attempt out, so two
 * dispatchers never deliver the same row at once and a dead one's rows come back), delivers
 * each, then marks it dispatched or schedules a retry with backoff. At least once: a crash
 * between delivery and the mark delivers again, and consumers dedupe on the event id.
 */
export async function dispatchOutbox(db: Db, deliver: DeliverEvent, options: DispatchOptions): Promise<{ dispatched: number; failed: number }> {
  const { now, batch = 100, claimMs = 30_000, backoffMs = outboxBackoffMs, log = appLog } = options;
  const due = db
    .select({ id: outbox.id })
    .from(outbox)
    .where(and(isNull(outbox.dispatchedAt), lte(outbox.nextAttemptAt, now)))
    .orderBy(asc(outbox.nextAttemptAt))
    .limit(batch)
    .for("update", { skipLocked: true });
  const claimed = await db
    .update(outbox)
    .set({ nextAttemptAt: new Date(now.getTime() + claimMs) })
    .where(inArray(outbox.id, due))
    .returning();
  claimed.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
  let dispatched = 0;
  let failed = 0;
  for (const row of claimed) {
    try {
      await deliver(asRunEvent(row));
      await db.update(outbox).set({ dispatchedAt: now, lastError: null }).where(eq(outbox.id, row.id));
      dispatched += 1;
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      const attempts = row.attempts + 1;
      log.warn("outbox delivery failed", { event: row.name, eventId: row.id, attempt: attempts, error: message });
      await db
        .update(outbox)
        .set({ attempts, lastError: message.slice(0, 2000), nextAttemptAt: new Date(now.getTime() + backoffMs(attempts)) })
        .where(eq(outbox.id, row.id));
      failed += 1;
    }
  }
  return { dispatched, failed };
}

/** When the next pending event is due; null when none is pending. */
export async function nextOutboxTime(db: Db): Promise<Date | null> {
  const [row] = await db
    .select({ at: sql<Date | string | null>`min(${outbox.nextAttemptAt})` })
    .from(outbox)
    .where(isNull(outbox.dispatchedAt));
  return row?.at ? new Date(row.at) : null;
}
