import { randomUUID } from "node:crypto";
import type { Db } from "@/db";
import type { BackgroundRun } from "@/db/schema";
import { currentRequestId } from "@/lib/observability/context";
import {
  type AnyFunction,
  type RunEvent,
  concurrencyRuleFor,
  functionIdOf,
  functionsTriggeredBy,
  maxAttemptsOf,
  singletonRuleFor,
} from "./registry";
import { cancelRuns, insertRun, lockKey, runForEvent, unfinishedRunsWithSingletonKey } from "./store";

type StartRunOptions = {
  handlerKind?: "main" | "failure";
  maxAttempts?: number;
  parent?: { runId: string; stepId: string };
  now: Date;
};

/**
 * Creates a run of `fn` for `event`, honouring the function's singleton rule: "skip" drops
 * the new run while one with the same key is unfinished, "cancel" cancels the old one.
 * Returns null when the run was skipped.
 */
export async function startRun(db: Db, fn: AnyFunction, event: RunEvent, options: StartRunOptions) {
  const handlerKind = options.handlerKind ?? "main";
  const singleton = handlerKind === "main" ? singletonRuleFor(fn, event) : null;
  const concurrency = handlerKind === "main" ? concurrencyRuleFor(fn, event) : null;
  const values = {
    functionId: functionIdOf(fn),
    handlerKind,
    eventName: event.name,
    // Consumers are idempotent on the event id: a redelivered event finds its run and stops.
    eventId: handlerKind === "main" && typeof event.id === "string" ? event.id : null,
    // A run started from within a request or another run carries its request id (the outbox
    // sets it on events it hands on), so the new run logs under the same id.
    events: [withRequestId(event)],
    maxAttempts: options.maxAttempts ?? maxAttemptsOf(fn),
    concurrencyKey: concurrency?.key ?? null,
    singletonKey: singleton?.key ?? null,
    parentRunId: options.parent?.runId ?? null,
    parentStepId: options.parent?.stepId ?? null,
    nextRunAt: options.now,
    createdAt: options.now,
    updatedAt: options.now,
  };
  if (!singleton) return insertRun(db, values);
  return db.transaction(async (tx): Promise<BackgroundRun | null> => {
    const txDb = tx as unknown as Db;
    await lockKey(txDb, `singleton:${singleton.key}`);
    if (values.eventId && (await runForEvent(txDb, values.functionId, values.eventId))) return null;
    const existing = await unfinishedRunsWithSingletonKey(txDb, singleton.key);
    if (existing.length > 0 && singleton.mode === "skip") return null;
    await cancelRuns(txDb, existing.map((run) => run.id), options.now);
    return insertRun(txDb, values);
  });
}

function withRequestId(event: RunEvent): RunEvent {
  if (typeof event.requestId === "string") return event;
  const requestId = currentRequestId();
  return requestId ? { ...event, requestId } : event;
}

/** Gives each event an id and a timestamp, as Inngest's event API does. */
export function normaliseEvent(event: Partial<RunEvent> & { name: string }, now: Date): RunEvent {
  return { ...event, id: event.id ?? randomUUID(), ts: event.ts ?? now.getTime(), data: event.data ?? {} };
}

/** Starts a run of every function each event triggers; returns the event ids. */
export async function dispatchEventsTo(
  db: Db,
  functions: readonly AnyFunction[],
  events: ReadonlyArray<Partial<RunEvent> & { name: string }>,
  now: Date,
): Promise<string[]> {
  const ids: string[] = [];
  for (const raw of events) {
    const event = normaliseEvent(raw, now);
    for (const fn of functionsTriggeredBy(functions, event.name)) await startRun(db, fn, event, { now });
    ids.push(event.id as string);
  }
  return ids;
}
