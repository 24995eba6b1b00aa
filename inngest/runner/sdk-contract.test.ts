import { createHash } from "node:crypto";
import { Inngest, RetryAfterError } from "inngest";
import { InngestExecutionEngine } from "inngest/internals";
import { describe, expect, it } from "vitest";
import { startExecution, type ExecutionInput } from "./execute";

// The runner drives inngest's internal execution engine (pinned to 4.24.0). If an upgrade
// moves any of this, these tests fail before the runner misbehaves.
// Functions here fail on purpose; keep the SDK from printing every expected error.
const silentLogger = { info() {}, warn() {}, error() {}, debug() {} };
const client = new Inngest({ id: "contract", isDev: true, logger: silentLogger });
const sha1 = (text: string) => createHash("sha1").update(text).digest("hex");
const event = { name: "contract/go", data: {}, id: "e1", ts: 0 };

const input = (overrides: Partial<ExecutionInput> = {}): ExecutionInput => ({
  runId: "run-1",
  events: [event],
  attempt: 0,
  maxAttempts: 4,
  stepState: {},
  stepCompletionOrder: [],
  ...overrides,
});

const twoSteps = client.createFunction({ id: "two-steps", triggers: [{ event: "contract/go" }] }, async ({ step }) => {
  const a = await step.run("first", () => 1);
  const b = await step.run("second", () => 2);
  return a + b;
});

describe("inngest execution engine contract", () => {
  it("hashes step ids with SHA-1 hex of the step name", () => {
    expect(InngestExecutionEngine._internals.hashId("first")).toBe(sha1("first"));
  });

  it("runs one new step per start() and resolves once every step is memoized", async () => {
    const first = await startExecution(twoSteps, input());
    expect(first).toMatchObject({ type: "step-ran", step: { op: "StepRun", id: sha1("first"), data: 1 } });
    const second = await startExecution(
      twoSteps,
      input({ stepState: { [sha1("first")]: { id: sha1("first"), data: 1 } }, stepCompletionOrder: [sha1("first")] }),
    );
    expect(second).toMatchObject({ type: "step-ran", step: { op: "StepRun", id: sha1("second"), data: 2 } });
    const done = await startExecution(
      twoSteps,
      input({
        stepState: { [sha1("first")]: { id: sha1("first"), data: 1 }, [sha1("second")]: { id: sha1("second"), data: 2 } },
        stepCompletionOrder: [sha1("first"), sha1("second")],
      }),
    );
    expect(done).toMatchObject({ type: "function-resolved", data: 3 });
  });

  it("reports StepError while attempts remain, StepFailed on the last, and RetryAfterError's delay", async () => {
    const failing = client.createFunction({ id: "failing", triggers: [{ event: "contract/go" }] }, async ({ step }) => {
      await step.run("flaky", () => {
        throw new Error("boom");
      });
    });
    expect(await startExecution(failing, input({ attempt: 0, maxAttempts: 2 }))).toMatchObject({
      type: "step-ran",
      retriable: true,
      step: { op: "StepError", id: sha1("flaky"), error: { message: "boom" } },
    });
    expect(await startExecution(failing, input({ attempt: 1, maxAttempts: 2 }))).toMatchObject({
      type: "step-ran",
      retriable: false,
      step: { op: "StepFailed", error: { message: "boom" } },
    });
    const throttled = client.createFunction({ id: "throttled", triggers: [{ event: "contract/go" }] }, async ({ step }) => {
      await step.run("call", () => {
        throw new RetryAfterError("slow down", "30s");
      });
    });
    expect(await startExecution(throttled, input())).toMatchObject({ type: "step-ran", retriable: "30", step: { op: "StepError" } });
  });

  it("rejects a function whose memoized step failed, for good", async () => {
    const fn = client.createFunction({ id: "sees-failure", triggers: [{ event: "contract/go" }] }, async ({ step }) => {
      await step.run("flaky", () => 1);
    });
    const result = await startExecution(
      fn,
      input({ stepState: { [sha1("flaky")]: { id: sha1("flaky"), error: { name: "Error", message: "boom" } } }, stepCompletionOrder: [sha1("flaky")] }),
    );
    expect(result).toMatchObject({ type: "function-rejected", retriable: false });
  });

  it("plans parallel steps, runs a requested one, and reports sleeps and invokes as ops", async () => {
    const parallel = client.createFunction({ id: "parallel", triggers: [{ event: "contract/go" }] }, async ({ step }) => {
      return Promise.all([step.run("a", () => "A"), step.run("b", () => "B")]);
    });
    const found = await startExecution(parallel, input());
    expect(found.type).toBe("steps-found");
    if (found.type !== "steps-found") return;
    expect(found.steps.map((s) => [s.op, s.id]).sort()).toEqual([["StepPlanned", sha1("a")], ["StepPlanned", sha1("b")]]);
    const ran = await startExecution(parallel, input({ requestedRunStep: sha1("b"), disableImmediateExecution: true }));
    expect(ran).toMatchObject({ type: "step-ran", step: { op: "StepRun", id: sha1("b"), data: "B" } });

    const sleeper = client.createFunction({ id: "sleeper", triggers: [{ event: "contract/go" }] }, async ({ step }) => {
      await step.sleep("nap", "90m");
      await step.invoke("child", { function: twoSteps, data: { x: 1 } });
    });
    expect(await startExecution(sleeper, input())).toMatchObject({
      type: "steps-found",
      steps: [{ op: "Sleep", id: sha1("nap"), name: "1h30m" }],
    });
    const invoked = await startExecution(
      sleeper,
      input({ stepState: { [sha1("nap")]: { id: sha1("nap"), data: null } }, stepCompletionOrder: [sha1("nap")] }),
    );
    expect(invoked).toMatchObject({
      type: "steps-found",
      steps: [{ op: "InvokeFunction", id: sha1("child"), opts: { function_id: "contract-two-steps", payload: { data: { x: 1 } } } }],
    });
  });

  it("runs the onFailure handler with handlerKind failure", async () => {
    const fn = client.createFunction(
      { id: "with-failure", triggers: [{ event: "contract/go" }], onFailure: ({ error }) => `handled ${error.message}` },
      async () => "main",
    );
    const failedEvent = { name: "inngest/function.failed", data: { error: { name: "Error", message: "boom" }, event } };
    expect(await startExecution(fn, input({ events: [failedEvent], handlerKind: "failure" }))).toMatchObject({
      type: "function-resolved",
      data: "handled boom",
    });
  });
});
