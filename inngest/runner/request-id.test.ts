import { Inngest } from "inngest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "@/db";
import { emit, syncFailed } from "@/lib/events";
import { currentRequestId, runWithContext } from "@/lib/observability/context";
import { setLogSink } from "@/lib/observability/log";
import { openTestDatabase } from "@/tests/db";
import { drainRunner } from "./index";
import { requestIdOf } from "./runner";

const client = new Inngest({ id: "request-id-test", isDev: true, logger: { info() {}, warn() {}, error() {}, debug() {} } });

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await openTestDatabase();
});
afterAll(() => handle.close());

describe("the request id in background runs", () => {
  it("reaches a run started from the outbox, and a child it invokes, and each sees it as its context", async () => {
    const seen: Record<string, string | undefined> = {};
    const child = client.createFunction({ id: "rid-child", triggers: [{ event: "test/rid-never" }] }, async () => {
      seen.child = currentRequestId();
      return 1;
    });
    const parent = client.createFunction({ id: "rid-parent", triggers: [{ event: syncFailed.name }] }, async ({ step }) => {
      seen.parent = currentRequestId();
      return step.invoke("call-child", { function: child, data: {} });
    });
    // An API request records the event; the dispatcher hands it on later, outside any request.
    await runWithContext({ requestId: "req-chain-1" }, () =>
      emit(handle.db, syncFailed.create({ runId: "00000000-0000-4000-8000-000000000001", sourceId: "00000000-0000-4000-8000-000000000002", error: "x" })),
    );
    const lines: string[] = [];
    const restore = setLogSink((_level, line) => lines.push(line));
    try {
      await drainRunner({ db: handle.db, functions: [parent, child], log: { warn() {}, error() {} } });
    } finally {
      restore();
    }
    expect(seen).toEqual({ parent: "req-chain-1", child: "req-chain-1" });
    const finished = lines.filter((l) => l.includes("background run finished"));
    expect(finished.length).toBe(2);
    for (const line of finished) expect(line).toContain("[req-chain-1]");
  });

  it("falls back to the run's own id for a run no request started (a cron run)", () => {
    expect(requestIdOf({ id: "abc", events: [{ name: "inngest/scheduled.timer" }] })).toBe("run-abc");
    expect(requestIdOf({ id: "abc", events: [{ name: "x", requestId: "req-9" }] })).toBe("req-9");
  });
});
