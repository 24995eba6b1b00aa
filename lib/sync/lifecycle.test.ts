import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "@/db";
import { outbox } from "@/db/schema";
import { openTestDatabase } from "@/tests/db";
import { failRun, finishRun, startRun } from "./lifecycle";
import { getSyncRun, requestSync } from "./runs";
import { createSource } from "./sources";

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await openTestDatabase();
});
afterAll(() => handle.close());

let counter = 0;
async function runningSync() {
  const source = await createSource(handle.db, { type: "greenhouse", name: `Lifecycle ${++counter}`, config: { board_token: "brightwave" }, enabled: true });
  const run = await requestSync(handle.db, source, { mode: "full" });
  await startRun(handle.db, run.id);
  return { source, run };
}

const failedEvents = async (runId: string) => (await handle.db.select().from(outbox).where(eq(outbox.name, "source/sync.failed"))).filter((e) => e.data.runId === runId);

describe("a sync run that fails emits source/sync.failed with the status change", () => {
  it("when nothing could be fetched, once even if the finish step runs again", async () => {
    const { source, run } = await runningSync();
    const done = await finishRun(handle.db, run.id, "HTTP 503 from the board");
    expect(done.run.status).toBe("failed");
    await finishRun(handle.db, run.id, "HTTP 503 from the board");
    expect((await failedEvents(run.id)).map((e) => e.data)).toEqual([{ runId: run.id, sourceId: source.id, error: "HTTP 503 from the board" }]);
  });

  it("when the function gives up, once even if told twice; a successful run emits nothing", async () => {
    const { source, run } = await runningSync();
    await failRun(handle.db, run.id, "Step transform-load-0 failed 3 times");
    await failRun(handle.db, run.id, "Step transform-load-0 failed 3 times");
    expect((await getSyncRun(handle.db, run.id)).status).toBe("failed");
    expect((await failedEvents(run.id)).map((e) => e.data)).toEqual([{ runId: run.id, sourceId: source.id, error: "Step transform-load-0 failed 3 times" }]);

    const fine = await runningSync();
    const finished = await finishRun(handle.db, fine.run.id, null);
    expect(finished.run.status).not.toBe("failed");
    expect(await failedEvents(fine.run.id)).toEqual([]);
  });
});
