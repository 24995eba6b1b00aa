import type { BackgroundRun } from "@/db/schema";
import type { Db } from "@/db";
import { runWithContext } from "@/lib/observability/context";
import { log as appLog, type Logger } from "@/lib/observability/log";
import { metrics } from "@/lib/observability/metrics";
import { dispatchOutbox, nextOutboxTime, type DeliverEvent } from "../outbox";
import { dispatchEventsTo } from "./dispatch";
import { advanceRun, LeaseLostError, type ExecuteContext } from "./execute";
import { defaultBackoffMs } from "./durations";
import { type AnyFunction, concurrencyLimitOf, findFunction, functionIdOf } from "./registry";
import { fireDueCrons } from "./schedule";
import { claimDueRun, extendLease, nextWakeTime } from "./store";

export type RunnerOptions = {
  db: Db;
  functions: readonly AnyFunction[];
  /** The runner's clock: wake times, backoff and cron are measured with it. */
  now?: () => Date;
  /** Waits between polls; tests pass a fake. */
  sleep?: (ms: number, wake: Promise<void>) => Promise<void>;
  pollMs?: number;
  /** How long a claimed run stays ours without a heartbeat. */
  leaseMs?: number;
  /** Runs processed at once by this process. */
  workers?: number;
  backoffMs?: (attempt: number) => number;
  log?: Pick<Logger, "error" | "warn">;
  /**
   * How outbox events are handed on; by default they start runs of this runner's functions.
   * Tests pass one that fails; null leaves the outbox to another dispatcher.
   */
  deliverEvent?: DeliverEvent | null;
};

export type Runner = ReturnType<typeof createRunner>;

const realSleep = (ms: number, wake: Promise<void>) =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, ms);
    wake.then(() => {
      clearTimeout(timer);
      resolve();
    });
  });

/** The id of the request whose event started the run (set by the outbox), else the run's own. */
export function requestIdOf(run: Pick<BackgroundRun, "id" | "events">): string {
  const fromEvent = run.events[0]?.requestId;
  return typeof fromEvent === "string" ? fromEvent : `run-${run.id}`;
}

const initialised = ((globalThis as unknown as { __hireflowRunSeries?: Set<string> }).__hireflowRunSeries ??= new Set());

/** Every function has its run series from the first scrape, even before it ever ran (once: zero() would wipe a histogram). */
function initialiseRunSeries(functions: readonly AnyFunction[]) {
  for (const fn of functions) {
    const id = functionIdOf(fn);
    if (initialised.has(id)) continue;
    initialised.add(id);
    for (const outcome of ["succeeded", "failed"]) metrics().backgroundRuns.inc({ function: id, outcome }, 0);
    metrics().backgroundRunDuration.zero({ function: id });
  }
}

/** The runner core: everything it touches (db, functions, clock, sleep) is injected. */
export function createRunner(options: RunnerOptions) {
  const now = options.now ?? (() => new Date());
  const leaseMs = options.leaseMs ?? 120_000;
  const workers = options.workers ?? 2;
  const log = options.log ?? appLog;
  initialiseRunSeries(options.functions);
  const ctx: ExecuteContext = {
    db: options.db,
    functions: options.functions,
    now,
    leaseMs,
    backoffMs: options.backoffMs ?? defaultBackoffMs,
  };
  const concurrencyLimit = (functionId: string) => {
    const fn = findFunction(options.functions, functionId);
    return fn ? concurrencyLimitOf(fn) : Number.POSITIVE_INFINITY;
  };
  let claiming: Promise<unknown> = Promise.resolve();
  let stopped = true;
  let loop: Promise<void> | null = null;
  let wakeUp: () => void = () => {};
  let wakeSignal = new Promise<void>((resolve) => (wakeUp = resolve));
  const state = { lastTickAt: null as Date | null };

  // Claims are serialised within the process; across processes the database lock does it.
  function claimNext() {
    const next = claiming.then(() => claimDueRun(options.db, { now: now(), leaseMs, concurrencyLimit }));
    claiming = next.catch(() => undefined);
    return next;
  }

  async function processClaimed(claimed: NonNullable<Awaited<ReturnType<typeof claimDueRun>>>) {
    const heartbeat = setInterval(() => {
      extendLease(options.db, claimed.lease, new Date(now().getTime() + leaseMs)).catch(() => undefined);
    }, Math.max(1000, leaseMs / 3));
    heartbeat.unref?.();
    try {
      await runWithContext({ requestId: requestIdOf(claimed.run) }, () => advanceRun(ctx, claimed.run, claimed.lease, claimed.exhausted));
    } catch (err) {
      if (!(err instanceof LeaseLostError)) log.error("background run crashed", { runId: claimed.run.id, function: claimed.run.functionId, error: err });
    } finally {
      clearInterval(heartbeat);
    }
  }

  /** Runs every run that is due now, `workers` at a time; returns how many claims it made. */
  async function runDue(): Promise<number> {
    let processed = 0;
    const worker = async () => {
      for (;;) {
        const claimed = await claimNext();
        if (!claimed) return;
        processed += 1;
        await processClaimed(claimed);
      }
    };
    await Promise.all(Array.from({ length: workers }, worker));
    return processed;
  }

  const deliverEvent: DeliverEvent | null =
    options.deliverEvent === undefined ? (event) => dispatchEventsTo(options.db, options.functions, [event], now()) : options.deliverEvent;

  /** One pass: hand on committed events, fire due crons, then run everything due. */
  async function tick(): Promise<number> {
    state.lastTickAt = now();
    const outbox = deliverEvent ? await dispatchOutbox(options.db, deliverEvent, { now: now(), log }) : { dispatched: 0 };
    await fireDueCrons(options.db, options.functions, now());
    return (await runDue()) + outbox.dispatched;
  }

  /** The earliest time something is due: a waiting run or an outbox retry. */
  async function nextWake(): Promise<Date | null> {
    const times = [await nextWakeTime(options.db), deliverEvent ? await nextOutboxTime(options.db) : null].filter((t): t is Date => t !== null);
    return times.length ? new Date(Math.min(...times.map((t) => t.getTime()))) : null;
  }

  function wake() {
    wakeUp();
    wakeSignal = new Promise<void>((resolve) => (wakeUp = resolve));
  }

  function start() {
    if (loop) return;
    stopped = false;
    const sleep = options.sleep ?? realSleep;
    loop = (async () => {
      while (!stopped) {
        try {
          await tick();
        } catch (err) {
          log.error("runner tick failed", { error: err });
        }
        if (!stopped) await sleep(options.pollMs ?? 1000, wakeSignal);
      }
    })();
  }

  async function stop() {
    stopped = true;
    wake();
    await loop;
    loop = null;
  }

  return {
    ctx,
    state,
    tick,
    runDue,
    wake,
    start,
    stop,
    isRunning: () => loop !== null && !stopped,
    nextWakeTime: nextWake,
  };
}
