import { createHash } from "node:crypto";
import { Inngest, RetryAfterError } from "inngest";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { DatabaseHandle } from "@/db";
import { backgroundRuns, cronSchedules } from "@/db/schema";
import { openTestDatabase } from "@/tests/db";
import { dispatchEventsTo } from "./dispatch";
import { drainRunner, listRuns, retryRun } from "./index";
import type { AnyFunction } from "./registry";

// Functions here fail on purpose; keep the SDK from printing every expected error.
const silentLogger = { info() {}, warn() {}, error() {}, debug() {} };
const client = new Inngest({ id: "runner-test", isDev: true, logger: silentLogger });
const sha1 = (text: string) => createHash("sha1").update(text).digest("hex");
const T0 = Date.parse("2026-01-01T00:00:00Z");

let handle: DatabaseHandle;
let nowMs = T0;
const now = () => new Date(nowMs);

beforeAll(async () => {
  handle = await openTestDatabase();
});
afterAll(() => handle.close());
beforeEach(async () => {
  nowMs = T0;
  await handle.db.delete(backgroundRuns);
  await handle.db.delete(cronSchedules);
});

const send = (name: string, data: Record<string, unknown> = {}, functions: AnyFunction[] = []) =>
  dispatchEventsTo(handle.db, functions, [{ name, data }], now());
const drain = (functions: AnyFunction[], extra: { includeFuture?: boolean; workers?: number } = {}) =>
  drainRunner({ db: handle.db, functions, now, backoffMs: () => 1000, timeoutMs: 5000, ...extra });
const runsOf = (functionId: string) => listRuns(handle.db, { functionId, limit: 20 });

describe("retries", () => {
  it("retries a failing step until it succeeds, without re-running the steps before it", async () => {
    const calls = { first: 0, flaky: 0 };
    const fn = client.createFunction({ id: "flaky", retries: 3, triggers: [{ event: "test/flaky" }] }, async ({ step }) => {
      const a = await step.run("first", () => ++calls.first);
      const b = await step.run("flaky", () => {
        calls.flaky += 1;
        if (calls.flaky < 3) throw new Error("not yet");
        return 10;
      });
      return a + b;
    });
    await send("test/flaky", {}, [fn]);
    await drain([fn], { includeFuture: true });
    const [run] = await runsOf("flaky");
    expect(run).toMatchObject({ status: "completed", output: 11, attempt: 0 });
    expect(calls).toEqual({ first: 1, flaky: 3 });
    expect(run.stepState[sha1("first")]).toMatchObject({ data: 1, attempts: 1 });
    expect(run.stepState[sha1("flaky")]).toMatchObject({ data: 10, attempts: 3 });
  });

  it("fails after retries + 1 attempts and runs onFailure with the error", async () => {
    let attempts = 0;
    const failures: string[] = [];
    const fn = client.createFunction(
      {
        id: "doomed",
        retries: 2,
        triggers: [{ event: "test/doomed" }],
        onFailure: async ({ error, event }) => {
          failures.push(`${event.name}: ${error.message}`);
        },
      },
      async ({ step }) => {
        await step.run("always-fails", () => {
          attempts += 1;
          throw new Error("nope");
        });
      },
    );
    await send("test/doomed", {}, [fn]);
    await drain([fn], { includeFuture: true });
    const runs = await runsOf("doomed");
    const main = runs.find((r) => r.handlerKind === "main");
    const failure = runs.find((r) => r.handlerKind === "failure");
    expect(attempts).toBe(3);
    expect(main).toMatchObject({ status: "failed", error: { message: expect.stringContaining("nope") } });
    expect(main?.stepState[sha1("always-fails")]).toMatchObject({ attempts: 3, error: { message: "nope" } });
    expect(failure).toMatchObject({ status: "completed", eventName: "inngest/function.failed" });
    expect(failures).toEqual([expect.stringMatching(/^inngest\/function\.failed: .*nope/)]);
  });

  it("waits as long as a RetryAfterError asks", async () => {
    let calls = 0;
    const fn = client.createFunction({ id: "throttled", triggers: [{ event: "test/throttled" }] }, async ({ step }) =>
      step.run("call-api", () => {
        calls += 1;
        if (calls === 1) throw new RetryAfterError("rate limited", "30s");
        return "ok";
      }),
    );
    await send("test/throttled", {}, [fn]);
    await drain([fn]);
    let [run] = await runsOf("throttled");
    expect(run).toMatchObject({ status: "queued", attempt: 1 });
    expect(run.nextRunAt.getTime()).toBe(T0 + 30_000);
    nowMs = T0 + 29_000;
    await drain([fn]);
    expect(calls).toBe(1);
    nowMs = T0 + 30_000;
    await drain([fn]);
    [run] = await runsOf("throttled");
    expect(run).toMatchObject({ status: "completed", output: "ok" });
  });

  it("retryRun resumes a failed run at its failed step", async () => {
    let fail = true;
    let firstCalls = 0;
    const fn = client.createFunction({ id: "fixable", retries: 0, triggers: [{ event: "test/fixable" }] }, async ({ step }) => {
      await step.run("first", () => ++firstCalls);
      return step.run("second", () => {
        if (fail) throw new Error("broken");
        return "fixed";
      });
    });
    await send("test/fixable", {}, [fn]);
    await drain([fn]);
    const [failed] = await runsOf("fixable");
    expect(failed.status).toBe("failed");
    fail = false;
    await retryRun(handle.db, failed.id, now());
    await drain([fn]);
    const [run] = await runsOf("fixable");
    expect(run).toMatchObject({ status: "completed", output: "fixed" });
    expect(firstCalls).toBe(1);
  });
});

describe("resume after a crash", () => {
  it("a new runner takes over an abandoned run once its lease runs out, without redoing finished steps", async () => {
    let release!: () => void;
    const stuck = new Promise<void>((resolve) => (release = resolve));
    const calls = { one: 0, two: 0 };
    const fn = client.createFunction({ id: "crashy", triggers: [{ event: "test/crashy" }] }, async ({ step }) => {
      await step.run("one", () => ++calls.one);
      return step.run("two", async () => {
        calls.two += 1;
        if (calls.two === 1) await stuck; // the first process "dies" here
        return "done";
      });
    });
    await send("test/crashy", {}, [fn]);
    const crashed = drainRunner({ db: handle.db, functions: [fn], now: () => new Date(T0), leaseMs: 60_000 });
    await vi.waitFor(() => expect(calls.two).toBe(1));

    await drainRunner({ db: handle.db, functions: [fn], now: () => new Date(T0 + 61_000), leaseMs: 60_000 });
    let [run] = await runsOf("crashy");
    expect(run).toMatchObject({ status: "completed", output: "done" });
    expect(calls).toEqual({ one: 1, two: 2 });

    release(); // the old worker wakes up: its lease is gone, so it must not overwrite anything
    await crashed;
    [run] = await runsOf("crashy");
    expect(run).toMatchObject({ status: "completed", output: "done" });
  });
});

describe("poison runs", () => {
  it("a step that kills its process on every try is failed after its attempts, not replayed forever", async () => {
    const never = new Promise<void>(() => {});
    let tries = 0;
    const failures: string[] = [];
    const fn = client.createFunction(
      { id: "poison", retries: 1, triggers: [{ event: "test/poison" }], onFailure: async ({ error }) => void failures.push(error.message) },
      async ({ step }) => {
        await step.run("kills-the-process", async () => {
          tries += 1;
          await never; // the process "dies" here: nothing is ever saved
        });
      },
    );
    await send("test/poison", {}, [fn]);
    // Each "restart" is a new runner whose clock is past the previous lease; the old one is abandoned.
    for (let restart = 0; restart < 5; restart++) {
      const drained = drainRunner({ db: handle.db, functions: [fn], now: () => new Date(T0 + restart * 61_000), leaseMs: 60_000, timeoutMs: 60_000 });
      drained.catch(() => undefined);
      let gaveUp = false;
      await vi.waitFor(async () => {
        const run = (await runsOf("poison")).find((r) => r.handlerKind === "main")!;
        gaveUp = run.status === "failed";
        expect(gaveUp || run.unsavedClaims === restart + 1).toBe(true);
      });
      if (gaveUp) {
        await drained; // this runner gave up and runs the failure handler to the end
        break;
      }
    }
    const runs = await runsOf("poison");
    const main = runs.find((r) => r.handlerKind === "main");
    expect(main).toMatchObject({ status: "failed", error: { message: expect.stringContaining("its process died each time") } });
    // retries: 1 means two attempts: the third claim gives up without running the step again.
    expect(tries).toBe(2);
    expect(failures).toEqual([expect.stringContaining("giving up after 2 attempts")]);
  });
});

describe("countRuns", () => {
  it("counts queued and recently failed runs, capped, without reading finished ones", async () => {
    const { countRuns } = await import("./store");
    const { db } = handle;
    await db.insert(backgroundRuns).values([
      ...Array.from({ length: 3 }, () => ({ functionId: "c", eventName: "e", events: [], status: "queued" as const })),
      { functionId: "c", eventName: "e", events: [], status: "failed" as const, finishedAt: new Date(T0 - 3_600_000) },
      { functionId: "c", eventName: "e", events: [], status: "failed" as const, finishedAt: new Date(T0 - 3 * 86_400_000) },
      { functionId: "c", eventName: "e", events: [], status: "completed" as const, finishedAt: new Date(T0 - 3_600_000) },
    ]);
    expect(await countRuns(db, new Date(T0 - 86_400_000))).toEqual({ queued: 3, failed24h: 1, capped: false });
    expect(await countRuns(db, new Date(T0 - 86_400_000), 2)).toEqual({ queued: 2, failed24h: 1, capped: true });
  });
});

describe("step kinds", () => {
  it("sleeps until the wake time and then carries on", async () => {
    const seen: string[] = [];
    const fn = client.createFunction({ id: "sleepy", triggers: [{ event: "test/sleepy" }] }, async ({ step }) => {
      await step.run("before", () => seen.push("before"));
      await step.sleep("nap", "1h");
      await step.run("after", () => seen.push("after"));
      return seen.length;
    });
    await send("test/sleepy", {}, [fn]);
    await drain([fn]);
    let [run] = await runsOf("sleepy");
    expect(run.status).toBe("sleeping");
    expect(run.nextRunAt.getTime()).toBe(T0 + 3_600_000);
    nowMs = T0 + 3_599_000;
    await drain([fn]);
    expect(seen).toEqual(["before"]);
    nowMs = T0 + 3_600_000;
    await drain([fn]);
    [run] = await runsOf("sleepy");
    expect(run).toMatchObject({ status: "completed", output: 2 });
    expect(seen).toEqual(["before", "after"]);
  });

  it("runs parallel steps once each", async () => {
    const calls = { a: 0, b: 0, c: 0 };
    const fn = client.createFunction({ id: "fan-out", triggers: [{ event: "test/fan-out" }] }, async ({ step }) => {
      const [a, b] = await Promise.all([step.run("a", () => ++calls.a), step.run("b", () => ++calls.b + 1)]);
      const c = await step.run("c", () => ++calls.c + 2);
      return [a, b, c];
    });
    await send("test/fan-out", {}, [fn]);
    await drain([fn]);
    const [run] = await runsOf("fan-out");
    expect(run).toMatchObject({ status: "completed", output: [1, 2, 3], disableImmediateExecution: true });
    expect(calls).toEqual({ a: 1, b: 1, c: 1 });
  });

  it("invokes another function and gets its result", async () => {
    const child = client.createFunction({ id: "child", triggers: [{ event: "test/child" }] }, async ({ event }) => ({
      doubled: (event.data as { n: number }).n * 2,
    }));
    const parent = client.createFunction({ id: "parent", triggers: [{ event: "test/parent" }] }, async ({ step }) => {
      const result = await step.invoke("ask-child", { function: child, data: { n: 21 } });
      return result.doubled;
    });
    await send("test/parent", {}, [parent, child]);
    await drain([parent, child]);
    const [run] = await runsOf("parent");
    expect(run).toMatchObject({ status: "completed", output: 42 });
    const [childRun] = await runsOf("child");
    expect(childRun).toMatchObject({ status: "completed", eventName: "inngest/function.invoked", parentRunId: run.id });
  });

  it("refuses waitForEvent with a clear error in the run", async () => {
    const fn = client.createFunction({ id: "waiter", retries: 0, triggers: [{ event: "test/waiter" }] }, async ({ step }) => {
      await step.waitForEvent("approval", { event: "test/approved", timeout: "1d" });
    });
    await send("test/waiter", {}, [fn]);
    await drain([fn]);
    const [run] = await runsOf("waiter");
    expect(run.status).toBe("failed");
    expect(JSON.stringify(run.error)).toContain("WaitForEvent");
  });
});

describe("cron", () => {
  it("fires when its time comes and stores the next fire time", async () => {
    const events: string[] = [];
    const fn = client.createFunction({ id: "morning", triggers: [{ cron: "TZ=Europe/Paris 0 9 * * *" }] }, async ({ event }) => {
      events.push(event.name);
    });
    await drain([fn]);
    let [schedule] = await handle.db.select().from(cronSchedules);
    expect(schedule.nextFireAt.toISOString()).toBe("2026-01-01T08:00:00.000Z");
    expect(await runsOf("morning")).toHaveLength(0);

    nowMs = Date.parse("2026-01-01T08:00:05Z");
    await drain([fn]);
    await drain([fn]);
    [schedule] = await handle.db.select().from(cronSchedules);
    expect(schedule.nextFireAt.toISOString()).toBe("2026-01-02T08:00:00.000Z");
    expect(schedule.lastFiredAt?.toISOString()).toBe("2026-01-01T08:00:05.000Z");
    const runs = await runsOf("morning");
    expect(runs).toHaveLength(1);
    expect(runs[0]).toMatchObject({ status: "completed", eventName: "inngest/scheduled.timer" });
    expect(events).toEqual(["inngest/scheduled.timer"]);
  });
});

describe("concurrency and singleton keys", () => {
  it("never runs two runs with the same key at once", async () => {
    const active = new Map<string, number>();
    const peak = new Map<string, number>();
    const fn = client.createFunction(
      { id: "per-source", concurrency: { limit: 1, key: "event.data.sourceId" }, triggers: [{ event: "test/sync" }] },
      async ({ event, step }) => {
        const key = (event.data as { sourceId: string }).sourceId;
        await step.run("sync", async () => {
          active.set(key, (active.get(key) ?? 0) + 1);
          peak.set(key, Math.max(peak.get(key) ?? 0, active.get(key)!));
          await new Promise((resolve) => setTimeout(resolve, 15));
          active.set(key, active.get(key)! - 1);
        });
      },
    );
    for (const sourceId of ["s1", "s1", "s2", "s1"]) await send("test/sync", { sourceId }, [fn]);
    await drain([fn], { workers: 3 });
    const runs = await runsOf("per-source");
    expect(runs.map((r) => r.status)).toEqual(["completed", "completed", "completed", "completed"]);
    expect(runs.filter((r) => r.concurrencyKey === "per-source:s1")).toHaveLength(3);
    expect(peak.get("s1")).toBe(1);
  });

  it("skips a new run while a singleton run with the same key is unfinished", async () => {
    const fn = client.createFunction(
      { id: "single", singleton: { key: "event.data.sourceId", mode: "skip" }, triggers: [{ event: "test/single" }] },
      async ({ step }) => step.sleep("hold", "1m"),
    );
    await send("test/single", { sourceId: "a" }, [fn]);
    await drain([fn]);
    await send("test/single", { sourceId: "a" }, [fn]);
    await send("test/single", { sourceId: "b" }, [fn]);
    const runs = await runsOf("single");
    expect(runs.map((r) => r.singletonKey).sort()).toEqual(["single:a", "single:b"]);
  });
});
