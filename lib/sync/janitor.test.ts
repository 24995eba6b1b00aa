import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "@/db";
import { backgroundRuns, jobSources, outbox, syncRuns } from "@/db/schema";
import { ConflictError } from "@/lib/errors";
import { openTestDatabase } from "@/tests/db";
import { failStuckSyncRuns } from "./janitor";
import { getSyncRun, requestSync } from "./runs";
import { queueDueScheduledSyncs } from "./schedule";
import { createSource } from "./sources";

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await openTestDatabase();
});
afterAll(() => handle.close());

const minutes = (n: number) => n * 60_000;
let counter = 0;
const newSource = (schedule?: string) =>
  createSource(handle.db, { type: "greenhouse", name: `Janitor ${++counter}`, config: { board_token: "brightwave" }, enabled: true, schedule });

/** A queued sync run whose event the dispatcher already handed to the runner, as a background run in `status`. */
async function handedOver(status: "completed" | "failed" | "running" | "queued", lockedUntil: Date | null = null) {
  const source = await newSource();
  const run = await requestSync(handle.db, source, { mode: "full" });
  await handle.db.update(outbox).set({ dispatchedAt: new Date() }).where(eq(outbox.id, run.eventId!));
  await handle.db.insert(backgroundRuns).values({ functionId: "sync-source", eventName: "source/sync.requested", eventId: run.eventId, events: [], status, lockedUntil });
  return { source, run };
}

describe("the sync janitor", () => {
  it("fails a run whose background run ended without finishing it, with the reason, and frees the source", async () => {
    const { source, run } = await handedOver("completed");
    await expect(requestSync(handle.db, source, { mode: "full" })).rejects.toBeInstanceOf(ConflictError);
    const failed = await failStuckSyncRuns(handle.db);
    expect(failed.map((f) => f.runId)).toContain(run.id);
    const view = await getSyncRun(handle.db, run.id);
    expect(view.status).toBe("failed");
    expect(view.errors).toEqual([expect.objectContaining({ stage: "janitor", message: expect.stringContaining("ended (completed)") })]);
    // Admins hear of it through the outbox, once, even when the janitor passes again.
    await failStuckSyncRuns(handle.db);
    const told = (await handle.db.select().from(outbox).where(eq(outbox.name, "source/sync.failed"))).filter((e) => e.data.runId === run.id);
    expect(told).toEqual([expect.objectContaining({ data: { runId: run.id, sourceId: source.id, error: expect.stringContaining("Failed by the janitor") } })]);
    expect((await requestSync(handle.db, source, { mode: "full" })).status).toBe("queued");
  });

  it("fails a run whose worker's lease expired long ago, but not one that is merely running", async () => {
    const now = new Date();
    const dead = await handedOver("running", new Date(now.getTime() - minutes(30)));
    const alive = await handedOver("running", new Date(now.getTime() + minutes(1)));
    const failed = (await failStuckSyncRuns(handle.db, { now, graceMs: minutes(15) })).map((f) => f.runId);
    expect(failed).toContain(dead.run.id);
    expect(failed).not.toContain(alive.run.id);
    expect((await getSyncRun(handle.db, dead.run.id)).errors[0].message).toMatch(/lease expired/);
  });

  it("leaves a run whose event is still on its way, and fails one with nothing on its way after the grace time", async () => {
    const waiting = await requestSync(handle.db, await newSource(), { mode: "full" });
    const [orphan] = await handle.db
      .insert(syncRuns)
      .values({ sourceId: (await newSource()).id, mode: "full", createdAt: new Date(Date.now() - minutes(20)) })
      .returning();
    const failed = (await failStuckSyncRuns(handle.db, { graceMs: minutes(15) })).map((f) => f.runId);
    expect(failed).toContain(orphan.id);
    expect(failed).not.toContain(waiting.id);
    expect((await getSyncRun(handle.db, waiting.id)).status).toBe("queued");
  });
});

describe("the scheduler", () => {
  it("reports a refused scheduled sync instead of swallowing it, and notes it once on the active run", async () => {
    const source = await newSource("* * * * *");
    await handle.db.update(jobSources).set({ createdAt: new Date(Date.now() - minutes(5)) }).where(eq(jobSources.id, source.id));
    const active = await requestSync(handle.db, source, { mode: "full" });
    const quiet = { warn() {} };
    const first = await queueDueScheduledSyncs(handle.db, new Date(), quiet);
    expect(first.refused).toEqual([expect.objectContaining({ sourceId: source.id, activeRunId: active.id })]);
    await queueDueScheduledSyncs(handle.db, new Date(), quiet);
    const notes = (await getSyncRun(handle.db, active.id)).errors.filter((e) => e.stage === "schedule");
    expect(notes).toHaveLength(1);
    expect(notes[0].message).toMatch(/still active/);
  });
});
