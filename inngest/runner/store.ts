import { randomUUID } from "node:crypto";
import { and, asc, count, desc, eq, gte, inArray, isNotNull, lte, lt, or, sql, type SQL } from "drizzle-orm";
import type { Db } from "@/db";
import { backgroundRuns, type BackgroundRun, type StoredStep } from "@/db/schema";

export type NewRun = typeof backgroundRuns.$inferInsert;
export type Lease = { runId: string; token: string };

/** Runs waiting only on an invoked child have no wake time of their own. */
export const FAR_FUTURE = new Date("9999-12-31T00:00:00Z");

const UNFINISHED = ["queued", "running", "sleeping"] as const;

/** Inserts a run; null when this function already has a run for the same event id. */
export async function insertRun(db: Db, run: NewRun): Promise<BackgroundRun | null> {
  const [row] = await db.insert(backgroundRuns).values(run).onConflictDoNothing().returning();
  return row ?? null;
}

/** The main run this function already has for an event id, if any. */
export async function runForEvent(db: Db, functionId: string, eventId: string): Promise<BackgroundRun | undefined> {
  const [row] = await db
    .select()
    .from(backgroundRuns)
    .where(and(eq(backgroundRuns.functionId, functionId), eq(backgroundRuns.eventId, eventId), eq(backgroundRuns.handlerKind, "main")))
    .limit(1);
  return row;
}

/** Runs under a singleton key that have not finished yet. */
export async function unfinishedRunsWithSingletonKey(db: Db, key: string): Promise<BackgroundRun[]> {
  return db
    .select()
    .from(backgroundRuns)
    .where(and(eq(backgroundRuns.singletonKey, key), inArray(backgroundRuns.status, [...UNFINISHED])));
}

export async function cancelRuns(db: Db, ids: string[], now: Date): Promise<void> {
  if (ids.length === 0) return;
  await db
    .update(backgroundRuns)
    .set({ status: "cancelled", finishedAt: now, updatedAt: now, leaseToken: null })
    .where(and(inArray(backgroundRuns.id, ids), inArray(backgroundRuns.status, [...UNFINISHED])));
}

/** Serialises work on one key across processes until the transaction ends. */
export async function lockKey(tx: Db, key: string): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${key}))`);
}

type ClaimOptions = { now: Date; leaseMs: number; concurrencyLimit: (functionId: string) => number };

/**
 * Claims the next due run with a lease: queued or sleeping runs whose time has come, and
 * running runs whose lease ran out (their process died). A run over its concurrency limit
 * is passed over. `FOR UPDATE SKIP LOCKED` keeps two PostgreSQL processes off the same row;
 * PGlite accepts it too and is single-process anyway.
 */
export async function claimDueRun(db: Db, { now, leaseMs, concurrencyLimit }: ClaimOptions) {
  return db.transaction(async (tx) => {
    const candidates = await tx
      .select({
        id: backgroundRuns.id,
        functionId: backgroundRuns.functionId,
        concurrencyKey: backgroundRuns.concurrencyKey,
        unsavedClaims: backgroundRuns.unsavedClaims,
        maxAttempts: backgroundRuns.maxAttempts,
      })
      .from(backgroundRuns)
      .where(
        or(
          and(inArray(backgroundRuns.status, ["queued", "sleeping"]), lte(backgroundRuns.nextRunAt, now)),
          and(eq(backgroundRuns.status, "running"), lt(backgroundRuns.lockedUntil, now)),
        ),
      )
      .orderBy(asc(backgroundRuns.nextRunAt))
      .limit(20)
      .for("update", { skipLocked: true });
    for (const candidate of candidates) {
      if (candidate.concurrencyKey) {
        await lockKey(tx as unknown as Db, candidate.concurrencyKey);
        const [{ running }] = await tx
          .select({ running: count() })
          .from(backgroundRuns)
          .where(
            and(
              eq(backgroundRuns.concurrencyKey, candidate.concurrencyKey),
              eq(backgroundRuns.status, "running"),
              gte(backgroundRuns.lockedUntil, now),
            ),
          );
        if (running >= concurrencyLimit(candidate.functionId)) continue;
      }
      const token = randomUUID();
      const [run] = await tx
        .update(backgroundRuns)
        // Every claim counts until progress is saved: a run whose process dies each time ends.
        .set({ status: "running", leaseToken: token, lockedUntil: new Date(now.getTime() + leaseMs), updatedAt: now, unsavedClaims: sql`${backgroundRuns.unsavedClaims} + 1` })
        .where(eq(backgroundRuns.id, candidate.id))
        .returning();
      return { run, lease: { runId: run.id, token }, exhausted: candidate.unsavedClaims >= candidate.maxAttempts };
    }
    return null;
  });
}

export type RunPatch = Partial<Pick<NewRun, "status" | "attempt" | "nextRunAt" | "lockedUntil" | "output" | "error" | "finishedAt" | "disableImmediateExecution">>;

/**
 * Saves progress of a claimed run: finished steps are merged into the stored state (an
 * invoked child may write its result there at the same time). Returns false when the lease
 * was lost, i.e. another worker took the run over or it was cancelled.
 */
export async function saveClaimedRun(
  db: Db,
  lease: Lease,
  now: Date,
  patch: RunPatch,
  steps: Record<string, StoredStep> = {},
  completed: string[] = [],
): Promise<BackgroundRun | null> {
  const [row] = await db
    .update(backgroundRuns)
    .set({
      ...patch,
      ...(Object.keys(steps).length ? { stepState: sql`${backgroundRuns.stepState} || ${JSON.stringify(steps)}::jsonb` } : {}),
      ...(completed.length ? { stepOrder: sql`${backgroundRuns.stepOrder} || ${JSON.stringify(completed)}::jsonb` } : {}),
      ...(patch.status && patch.status !== "running" ? { leaseToken: null } : {}),
      // Only real progress (a finished step, or the run handed back) clears the claim count.
      ...(completed.length || (patch.status && patch.status !== "running") ? { unsavedClaims: 0 } : {}),
      updatedAt: now,
    })
    .where(and(eq(backgroundRuns.id, lease.runId), eq(backgroundRuns.leaseToken, lease.token), eq(backgroundRuns.status, "running")))
    .returning();
  return row ?? null;
}

/** Records a finished child's result in its parent's step and wakes the parent. */
export async function resolveParentStep(db: Db, parentRunId: string, stepId: string, result: StoredStep, now: Date) {
  await db
    .update(backgroundRuns)
    .set({
      stepState: sql`${backgroundRuns.stepState} || ${JSON.stringify({ [stepId]: result })}::jsonb`,
      stepOrder: sql`${backgroundRuns.stepOrder} || ${JSON.stringify([stepId])}::jsonb`,
      status: sql`case when ${backgroundRuns.status} = 'sleeping' then 'queued'::background_run_status else ${backgroundRuns.status} end`,
      nextRunAt: now,
      updatedAt: now,
    })
    .where(and(eq(backgroundRuns.id, parentRunId), inArray(backgroundRuns.status, [...UNFINISHED])));
}

export async function getRun(db: Db, id: string): Promise<BackgroundRun | undefined> {
  const [row] = await db.select().from(backgroundRuns).where(eq(backgroundRuns.id, id));
  return row;
}

export async function listRuns(db: Db, { functionId, limit = 50 }: { functionId?: string; limit?: number } = {}) {
  return db
    .select()
    .from(backgroundRuns)
    .where(functionId ? eq(backgroundRuns.functionId, functionId) : undefined)
    .orderBy(desc(backgroundRuns.createdAt))
    .limit(limit);
}

/**
 * Runs a failed or cancelled run again from where it stopped: steps that succeeded stay
 * memoized, failed steps are forgotten so they run again with fresh attempts.
 */
export async function retryRun(db: Db, runId: string, now = new Date()): Promise<BackgroundRun> {
  const run = await getRun(db, runId);
  if (!run) throw new Error(`Run ${runId} not found`);
  if (run.status !== "failed" && run.status !== "cancelled") {
    throw new Error(`Run ${runId} is ${run.status}; only failed or cancelled runs can be retried`);
  }
  const stepState = Object.fromEntries(Object.entries(run.stepState).filter(([, step]) => step.error === undefined));
  const [row] = await db
    .update(backgroundRuns)
    .set({
      status: "queued",
      attempt: 0,
      stepState,
      stepOrder: run.stepOrder.filter((id) => id in stepState),
      error: null,
      output: null,
      nextRunAt: now,
      finishedAt: null,
      lockedUntil: null,
      leaseToken: null,
      unsavedClaims: 0,
      updatedAt: now,
    })
    .where(eq(backgroundRuns.id, runId))
    .returning();
  return row;
}

/** Earliest wake time among runs waiting for time to pass; null when none. */
export async function nextWakeTime(db: Db): Promise<Date | null> {
  const [row] = await db
    .select({ at: sql<Date | string | null>`min(${backgroundRuns.nextRunAt})` })
    .from(backgroundRuns)
    .where(and(inArray(backgroundRuns.status, ["queued", "sleeping"]), lt(backgroundRuns.nextRunAt, FAR_FUTURE)));
  return row?.at ? new Date(row.at) : null;
}

/**
 * Queued runs and runs failed since `since`, each counted up to `cap` through a partial index
 * (unfinished runs; finished_at), so health never scans the whole table.
 */
export async function countRuns(db: Db, since: Date, cap = 10_000) {
  const capped = (where: SQL | undefined) =>
    db.$count(db.select({ one: sql`1` }).from(backgroundRuns).where(where).limit(cap).as("capped"));
  const [queued, failed24h] = await Promise.all([
    capped(eq(backgroundRuns.status, "queued")),
    capped(and(isNotNull(backgroundRuns.finishedAt), gte(backgroundRuns.finishedAt, since), eq(backgroundRuns.status, "failed"))),
  ]);
  return { queued, failed24h, capped: queued >= cap || failed24h >= cap };
}

/** PGlite has one process: runs it left "running" belong to nobody after a restart. */
export async function releaseAllLeases(db: Db, now: Date): Promise<void> {
  await db
    .update(backgroundRuns)
    .set({ status: "queued", lockedUntil: null, leaseToken: null, nextRunAt: now, updatedAt: now })
    .where(eq(backgroundRuns.status, "running"));
}

export async function extendLease(db: Db, lease: Lease, until: Date): Promise<void> {
  await db
    .update(backgroundRuns)
    .set({ lockedUntil: until })
    .where(and(eq(backgroundRuns.id, lease.runId), eq(backgroundRuns.leaseToken, lease.token)));
}
