import type { OutgoingOp } from "inngest";
import type { InngestExecution } from "inngest/internals";
import { StepMode, StepOpCode } from "inngest/types";
import type { Db } from "@/db";
import { backgroundRuns, type BackgroundRun, type StoredStep } from "@/db/schema";
import { and, eq } from "drizzle-orm";
import { log } from "@/lib/observability/log";
import { metrics } from "@/lib/observability/metrics";
import { startRun } from "./dispatch";
import { retryAt, sleepEndsAt } from "./durations";
import { type AnyFunction, type RunEvent, FAILED_EVENT, INVOKED_EVENT, SCHEDULED_EVENT, findFunction, hasFailureHandler } from "./registry";
import { FAR_FUTURE, type Lease, type RunPatch, resolveParentStep, saveClaimedRun } from "./store";

type ExecutionResult = InngestExecution.ExecutionResult;
type Progress = "continue" | "yield";

export type ExecuteContext = {
  db: Db;
  functions: readonly AnyFunction[];
  now: () => Date;
  leaseMs: number;
  backoffMs: (attempt: number) => number;
};

/** Another worker took the run over (our lease ran out) or it was cancelled: stop quietly. */
export class LeaseLostError extends Error {
  constructor(runId: string) {
    super(`Lost the lease on run ${runId}`);
    this.name = "LeaseLostError";
  }
}

// A run that keeps finding new steps is handed back to the queue now and then, so one long
// run cannot hold a worker forever.
const MAX_EXECUTIONS_PER_CLAIM = 200;

const errorValue = (message: string) => ({ name: "Error", message });

/** Drives one claimed run forward with the SDK until it finishes or has to wait. */
export async function advanceRun(ctx: ExecuteContext, run: BackgroundRun, lease: Lease, exhausted = false): Promise<void> {
  const fn = findFunction(ctx.functions, run.functionId);
  const session = new RunSession(ctx, run, lease);
  if (!fn) {
    await session.finish("failed", { error: errorValue(`Function "${run.functionId}" is not defined in this app`) });
    return;
  }
  if (exhausted) {
    // Claimed this often without saving anything: each try killed its process. Stop replaying it.
    const message = `The run was claimed ${run.unsavedClaims - 1} times without saving progress (its process died each time); giving up after ${run.maxAttempts} attempts`;
    await session.giveUp(fn, errorValue(message));
    return;
  }
  for (let i = 0; i < MAX_EXECUTIONS_PER_CLAIM; i++) {
    if ((await session.handle(fn, await session.execute(fn))) === "yield") return;
  }
  await session.save({ status: "queued", nextRunAt: ctx.now() });
}

export type ExecutionInput = {
  runId: string;
  events: RunEvent[];
  attempt: number;
  maxAttempts: number;
  stepState: Record<string, { id: string; data?: unknown; error?: unknown }>;
  stepCompletionOrder: string[];
  disableImmediateExecution?: boolean;
  requestedRunStep?: string;
  handlerKind?: "main" | "failure";
};

/**
 * One `start()` of the SDK's own execution engine, built the way InngestCommHandler.runStep
 * builds it for a request from Inngest (internal API: the contract test pins its behaviour).
 */
export function startExecution(fn: AnyFunction, input: ExecutionInput): Promise<ExecutionResult> {
  const execution = fn["createExecution"]({
    partialOptions: {
      client: fn["client"],
      runId: input.runId,
      data: {
        runId: input.runId,
        attempt: input.attempt,
        maxAttempts: input.maxAttempts,
        event: input.events[0],
        events: input.events,
      } as never,
      reqArgs: [],
      headers: {},
      stepState: input.stepState,
      stepCompletionOrder: input.stepCompletionOrder,
      stepMode: StepMode.Async,
      disableImmediateExecution: input.disableImmediateExecution ?? false,
      requestedRunStep: input.requestedRunStep,
      handlerKind: input.handlerKind ?? "main",
    },
  });
  return execution.start();
}

class RunSession {
  private steps: Record<string, StoredStep>;
  private order: string[];
  private attempt: number;
  private disableImmediateExecution: boolean;

  constructor(
    private readonly ctx: ExecuteContext,
    private readonly run: BackgroundRun,
    private readonly lease: Lease,
  ) {
    this.steps = { ...run.stepState };
    this.order = [...run.stepOrder];
    this.attempt = run.attempt;
    this.disableImmediateExecution = run.disableImmediateExecution;
  }

  /** One `start()` of the SDK's execution, given the memoized steps that are ready. */
  execute(fn: AnyFunction, requestedRunStep?: string): Promise<ExecutionResult> {
    const now = this.ctx.now().getTime();
    const stepState: Record<string, { id: string; data?: unknown; error?: unknown }> = {};
    for (const [id, step] of Object.entries(this.steps)) {
      if (step.until && Date.parse(step.until) > now) continue;
      if (step.data === undefined && step.error === undefined) continue;
      stepState[id] = step.error !== undefined ? { id, error: step.error } : { id, data: step.data };
    }
    return startExecution(fn, {
      runId: this.run.id,
      events: this.run.events as RunEvent[],
      attempt: this.attempt,
      maxAttempts: this.run.maxAttempts,
      stepState,
      stepCompletionOrder: this.order.filter((id) => id in stepState),
      disableImmediateExecution: this.disableImmediateExecution,
      requestedRunStep,
      handlerKind: this.run.handlerKind === "failure" ? "failure" : "main",
    });
  }

  async handle(fn: AnyFunction, result: ExecutionResult): Promise<Progress> {
    switch (result.type) {
      case "function-resolved":
        return this.finish("completed", { output: result.data });
      case "function-rejected":
        return this.reject(fn, result.error, result.retriable);
      case "step-ran":
        return this.stepRan(result.step, result.retriable);
      case "steps-found":
        return this.stepsFound(fn, result.steps);
      case "step-not-found":
        return this.finish("failed", { error: errorValue(`Step ${result.step.id} was not found when the run resumed`) });
      case "change-mode":
        return this.finish("failed", { error: errorValue("The SDK asked to change step mode; the runner only drives Async mode") });
    }
  }

  private async stepRan(step: OutgoingOp, retriable: unknown): Promise<Progress> {
    const name = step.displayName ?? step.name;
    switch (step.op) {
      case StepOpCode.StepRun: {
        const attempts = this.attempt + 1;
        this.attempt = 0;
        await this.save({}, { [step.id]: { data: step.data ?? null, name, attempts } });
        return "continue";
      }
      case StepOpCode.StepError: {
        this.attempt += 1;
        const nextRunAt = retryAt(retriable, this.attempt, this.ctx.now(), this.ctx.backoffMs);
        await this.save({ status: "queued", nextRunAt, error: step.error ?? null });
        return "yield";
      }
      case StepOpCode.StepFailed: {
        const attempts = this.attempt + 1;
        this.attempt = 0;
        await this.save({}, { [step.id]: { error: step.error, name, attempts } });
        return "continue";
      }
      default:
        throw new Error(`Unexpected op "${step.op}" after running a step`);
    }
  }

  private async stepsFound(fn: AnyFunction, ops: OutgoingOp[]): Promise<Progress> {
    const now = this.ctx.now();
    const recorded: Record<string, StoredStep> = {};
    const planned: OutgoingOp[] = [];
    for (const op of ops) {
      if (this.steps[op.id]) continue;
      const name = op.displayName ?? op.name;
      switch (op.op) {
        case StepOpCode.StepPlanned:
          planned.push(op);
          break;
        case StepOpCode.Sleep: {
          const until = sleepEndsAt(op.name ?? "", now);
          recorded[op.id] = until
            ? { data: null, name, until: until.toISOString() }
            : { name, error: errorValue(`step.sleep("${name}"): unreadable duration "${op.name}"`) };
          break;
        }
        case StepOpCode.InvokeFunction:
          recorded[op.id] = { name, ...(await this.invoke(op, now)) };
          break;
        case StepOpCode.RunComplete:
          return this.finish("completed", { output: op.data ?? null });
        case StepOpCode.StepError:
        case StepOpCode.StepFailed:
          return this.reject(fn, op.error, op.op === StepOpCode.StepError);
        default:
          // WaitForEvent, WaitForSignal, AI and HTTP gateways, defer: these need Inngest's server.
          recorded[op.id] = {
            name,
            error: errorValue(
              `${op.op} ("${name}") is not supported by the in-process runner; run this function on Inngest (set INNGEST_DEV or INNGEST_BASE_URL)`,
            ),
          };
      }
    }
    if (ops.length > 1) this.disableImmediateExecution = true;
    await this.save({}, recorded);
    let progressed = Object.values(recorded).some((step) => step.error !== undefined);
    for (const op of planned) {
      const result = await this.execute(fn, op.id);
      const progress = await this.handle(fn, result);
      if (progress === "yield") return "yield";
      progressed = true;
    }
    return progressed ? "continue" : this.waitForTimeOrChildren();
  }

  private async invoke(op: OutgoingOp, now: Date): Promise<StoredStep> {
    const opts = (op.opts ?? {}) as { function_id?: string; payload?: { data?: Record<string, unknown> } };
    const target = findFunction(this.ctx.functions, opts.function_id ?? "");
    if (!target) return { error: errorValue(`step.invoke: no function "${opts.function_id}" in this app`) };
    const event: RunEvent = { name: INVOKED_EVENT, data: opts.payload?.data ?? {}, ts: now.getTime() };
    const child = await startRun(this.ctx.db, target, event, { now, parent: { runId: this.run.id, stepId: op.id } });
    if (!child) return { error: errorValue(`step.invoke: "${opts.function_id}" skipped by its singleton rule`) };
    return { childRunId: child.id };
  }

  /** Nothing can run now: sleep until the earliest sleep ends or an invoked child reports back. */
  private async waitForTimeOrChildren(): Promise<Progress> {
    const now = this.ctx.now().getTime();
    let wakeAt = FAR_FUTURE.getTime();
    const children: string[] = [];
    for (const [id, step] of Object.entries(this.steps)) {
      if (step.until && Date.parse(step.until) > now) wakeAt = Math.min(wakeAt, Date.parse(step.until));
      if (step.childRunId && step.data === undefined && step.error === undefined) children.push(id);
    }
    const row = await this.save({ status: "sleeping", nextRunAt: new Date(wakeAt), lockedUntil: null });
    // A child may have finished between our last look and this save; don't sleep through it.
    if (children.some((id) => row.stepState[id]?.data !== undefined || row.stepState[id]?.error !== undefined)) {
      await this.ctx.db
        .update(backgroundRuns)
        .set({ status: "queued", nextRunAt: this.ctx.now() })
        .where(and(eq(backgroundRuns.id, this.run.id), eq(backgroundRuns.status, "sleeping")));
    }
    return "yield";
  }

  /** Fails the run for good (its onFailure handler runs), whatever attempts the SDK has left. */
  giveUp(fn: AnyFunction, error: unknown): Promise<Progress> {
    return this.reject(fn, error, false);
  }

  private async reject(fn: AnyFunction, error: unknown, retriable: unknown): Promise<Progress> {
    if (retriable !== false) {
      this.attempt += 1;
      const nextRunAt = retryAt(retriable, this.attempt, this.ctx.now(), this.ctx.backoffMs);
      await this.save({ status: "queued", nextRunAt, error: error ?? null });
      return "yield";
    }
    await this.finish("failed", { error });
    if (this.run.handlerKind === "main" && hasFailureHandler(fn)) {
      const event: RunEvent = {
        name: FAILED_EVENT,
        data: { function_id: fn.id(fn["client"].id), run_id: this.run.id, error, event: this.run.events[0] },
        ts: this.ctx.now().getTime(),
      };
      await startRun(this.ctx.db, fn, event, { handlerKind: "failure", maxAttempts: 2, now: this.ctx.now() });
    }
    return "yield";
  }

  async finish(status: "completed" | "failed", result: { output?: unknown; error?: unknown }): Promise<Progress> {
    const now = this.ctx.now();
    await this.save({ status, finishedAt: now, lockedUntil: null, output: result.output ?? null, error: result.error ?? null });
    this.observeFinish(status, now, result.error);
    if (this.run.parentRunId && this.run.parentStepId) {
      const stepResult = status === "completed" ? { data: result.output ?? null } : { error: result.error };
      await resolveParentStep(this.ctx.db, this.run.parentRunId, this.run.parentStepId, stepResult, now);
    }
    return "yield";
  }

  // Counted once, when the run ends for good; the duration is the caller's wait, from queued to done.
  private observeFinish(status: "completed" | "failed", now: Date, error: unknown) {
    const fn = this.run.handlerKind === "failure" ? `${this.run.functionId}:on-failure` : this.run.functionId;
    const outcome = status === "completed" ? "succeeded" : "failed";
    const seconds = Math.max(0, (now.getTime() - this.run.createdAt.getTime()) / 1000);
    metrics().backgroundRuns.inc({ function: fn, outcome });
    metrics().backgroundRunDuration.observe({ function: fn }, seconds);
    const fields = { runId: this.run.id, function: fn, outcome, durationMs: Math.round(seconds * 1000) };
    if (status === "failed") log.warn("background run failed", { ...fields, error: (error as { message?: unknown } | null)?.message ?? error });
    // Crons finish every minute or so: their successes are debug, so the log shows work that was asked for.
    else if (this.run.eventName === SCHEDULED_EVENT) log.debug("background run finished", fields);
    else log.info("background run finished", fields);
  }

  /** Persists progress and renews the lease; `finished` steps join the memoized state. */
  async save(patch: RunPatch, finished: Record<string, StoredStep> = {}): Promise<BackgroundRun> {
    const now = this.ctx.now();
    const completed = Object.entries(finished)
      .filter(([, step]) => step.data !== undefined || step.error !== undefined)
      .map(([id]) => id);
    Object.assign(this.steps, finished);
    this.order.push(...completed);
    const row = await saveClaimedRun(
      this.ctx.db,
      this.lease,
      now,
      {
        attempt: this.attempt,
        disableImmediateExecution: this.disableImmediateExecution,
        lockedUntil: new Date(now.getTime() + this.ctx.leaseMs),
        ...patch,
      },
      finished,
      completed,
    );
    if (!row) throw new LeaseLostError(this.run.id);
    return row;
  }
}
