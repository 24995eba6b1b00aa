import { getDatabase, type Db } from "@/db";
import { config } from "@/lib/config";
import { onEventsCommitted } from "@/lib/events";
import { dispatchEventsTo } from "./dispatch";
import type { AnyFunction, RunEvent } from "./registry";
import { createRunner, type Runner, type RunnerOptions } from "./runner";
import { countRuns, releaseAllLeases } from "./store";

export { listRuns, retryRun } from "./store";
export type { RunnerOptions } from "./runner";

// On globalThis so Next dev reloads, which re-evaluate this module, never start a second loop.
const globalRunner = globalThis as unknown as {
  __hireflowRunner?: { runner: Runner | null; starting: Promise<void> | null; unsubscribe?: () => void };
};
const shared = (globalRunner.__hireflowRunner ??= { runner: null, starting: null });

const appFunctions = async (): Promise<readonly AnyFunction[]> => (await import("@/inngest/functions")).functions;

/** Starts the in-process runner loop (idempotent). The db and functions default to the app's. */
export function startRunner(options: Partial<RunnerOptions> = {}): Promise<void> {
  shared.starting ??= (async () => {
    let db = options.db;
    if (!db) {
      const database = await getDatabase();
      db = database.db;
      // PGlite has one process: whatever the last one left "running" is ours to resume.
      if (database.kind === "pglite") await releaseAllLeases(db, new Date());
    }
    const runner = createRunner({
      pollMs: config().RUNNER_POLL_MS,
      ...options,
      db,
      functions: options.functions ?? (await appFunctions()),
    });
    runner.start();
    shared.runner = runner;
    // Events committed by domain code are handed on right away, not at the next poll.
    shared.unsubscribe = onEventsCommitted(runner.wake);
  })().catch((err) => {
    shared.starting = null;
    throw err;
  });
  return shared.starting;
}

/** Stops the loop after the runs in hand are saved (idempotent). */
export async function stopRunner(): Promise<void> {
  await shared.starting?.catch(() => undefined);
  const runner = shared.runner;
  shared.runner = null;
  shared.starting = null;
  shared.unsubscribe?.();
  shared.unsubscribe = undefined;
  await runner?.stop();
}

/** What GET /api/health shows about background work. */
export async function runnerStatus() {
  const { inngestExternal } = config();
  const runner = shared.runner;
  const db = runner?.ctx.db ?? (await getDatabase()).db;
  const counts = await countRuns(db, new Date(Date.now() - 24 * 3600_000));
  return {
    mode: inngestExternal ? ("inngest" as const) : ("embedded" as const),
    running: Boolean(runner?.isRunning()),
    queued: counts.queued,
    failed24h: counts.failed24h,
    lastTickAt: runner?.state.lastTickAt?.toISOString() ?? null,
  };
}

/**
 * Hands sent events to the runner: a run row per triggered function, then a nudge so the
 * loop picks them up now instead of at its next poll. Used by the send middleware.
 */
export async function dispatchEvents(events: ReadonlyArray<Partial<RunEvent> & { name: string }>): Promise<string[]> {
  const runner = shared.runner;
  if (runner) {
    const ids = await dispatchEventsTo(runner.ctx.db, runner.ctx.functions, events, runner.ctx.now());
    setImmediate(runner.wake);
    return ids;
  }
  const { db } = await getDatabase();
  return dispatchEventsTo(db, await appFunctions(), events, new Date());
}

export type DrainOptions = {
  db: Db;
  timeoutMs?: number;
  functions?: readonly AnyFunction[];
  now?: () => Date;
  /** Also run what waits for a later time (sleeps, retry backoff), moving the clock forward. */
  includeFuture?: boolean;
} & Pick<RunnerOptions, "backoffMs" | "leaseMs" | "workers" | "deliverEvent" | "log">;

/**
 * For tests and scripts: runs every due run (and due crons) until none is left. With
 * `includeFuture` the runner's clock jumps to each next wake time. Returns how many claims
 * were made and the clock's final time.
 */
export async function drainRunner({ db, timeoutMs = 10_000, functions, now, includeFuture, ...rest }: DrainOptions) {
  const clock = now ?? (() => new Date());
  let skippedMs = 0;
  const runner = createRunner({
    ...rest,
    db,
    functions: functions ?? (await appFunctions()),
    now: () => new Date(clock().getTime() + skippedMs),
  });
  const deadline = Date.now() + timeoutMs;
  let claims = 0;
  for (;;) {
    if (Date.now() > deadline) throw new Error(`drainRunner: runs still due after ${timeoutMs} ms`);
    const processed = await runner.tick();
    claims += processed;
    if (processed > 0) continue;
    if (!includeFuture) break;
    const wakeAt = await runner.nextWakeTime();
    if (!wakeAt) break;
    skippedMs += Math.max(0, wakeAt.getTime() - runner.ctx.now().getTime());
  }
  return { claims, now: runner.ctx.now() };
}
