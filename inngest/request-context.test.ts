import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { adoptDatabase, type DatabaseHandle } from "@/db";
import { outbox } from "@/db/schema";
import { currentRequestId } from "@/lib/observability/context";
import { openTestDatabase } from "@/tests/db";
import { RequestContextMiddleware } from "./request-context";

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await openTestDatabase();
  adoptDatabase(handle);
});
afterAll(() => handle.close());

// What the Inngest SDK hands wrapFunctionHandler for a run: the triggering event and the run id.
function runFor(event: { id?: string }, runId = "01JRUNID") {
  const middleware = new RequestContextMiddleware({ client: {} as never });
  return middleware.wrapFunctionHandler({ ctx: { event, runId } as never, fn: {} as never, next: async () => currentRequestId() });
}

describe("request ids of runs started by an external Inngest", () => {
  it("runs the function under the request id its event's outbox row was written with", async () => {
    const id = randomUUID();
    await handle.db.insert(outbox).values({ id, name: "company/jobs.changed", data: { companyIds: [randomUUID()] }, requestId: "req-from-the-api", dispatchedAt: new Date() });
    expect(await runFor({ id })).toBe("req-from-the-api");
    // Every step of the run (one call each) gets the same id.
    expect(await runFor({ id })).toBe("req-from-the-api");
  });

  it("falls back to the run's own id for an event that did not come from the outbox", async () => {
    expect(await runFor({ id: randomUUID() }, "01JCRON")).toBe("run-01JCRON");
    expect(await runFor({}, "01JNOEVENT")).toBe("run-01JNOEVENT");
  });
});
