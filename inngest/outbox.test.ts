import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { adoptDatabase, type DatabaseHandle } from "@/db";
import { backgroundRuns, outbox } from "@/db/schema";
import { resetConfigForTests } from "@/lib/config";
import { emit, syncRequested } from "@/lib/events";
import { startSimulatorServer, type SimulatorServer } from "@/simulator";
import { getSyncRun, requestSync } from "@/lib/sync/runs";
import { createSource } from "@/lib/sync/sources";
import { openTestDatabase } from "@/tests/db";
import { functions } from "./functions";
import { dispatchOutbox } from "./outbox";
import { drainRunner } from "./runner";
import { dispatchEventsTo } from "./runner/dispatch";

let handle: DatabaseHandle;
let sim: SimulatorServer;
const quiet = { warn() {}, error() {} };

beforeAll(async () => {
  handle = await openTestDatabase();
  adoptDatabase(handle);
  sim = await startSimulatorServer({ now: new Date(), volumes: { greenhouse: 20 } });
  process.env.SIMULATOR_ENABLED = "1";
  process.env.SIMULATOR_PORT = new URL(sim.url).port;
  resetConfigForTests();
});
afterAll(async () => {
  await sim.close();
  await handle.close();
});

describe("transactional outbox", () => {
  it("a sync whose event could not be delivered is delivered later and does not block its source", async () => {
    const { db } = handle;
    const source = await createSource(db, { type: "greenhouse", name: "Greenhouse Outbox", config: { board_token: "brightwave" }, enabled: true });
    // requestSync no longer sends: the run and its event are committed together, whatever happens next.
    const run = await requestSync(db, source, { mode: "full" });
    const [pending] = await db.select().from(outbox).where(eq(outbox.name, "source/sync.requested"));
    expect(pending).toMatchObject({ data: { runId: run.id, sourceId: source.id }, dispatchedAt: null });

    // The event API is down: delivery fails, the event stays pending with a backoff.
    const failing = async () => {
      throw new Error("event API unreachable");
    };
    await drainRunner({ db, deliverEvent: failing, log: quiet });
    const [afterFailure] = await db.select().from(outbox).where(eq(outbox.id, pending.id));
    expect(afterFailure).toMatchObject({ dispatchedAt: null, attempts: 1, lastError: "event API unreachable" });
    expect((await getSyncRun(db, run.id)).status).toBe("queued");

    // Later the delivery works: the run ends by itself and the source takes the next sync.
    await drainRunner({ db, includeFuture: true, timeoutMs: 60_000 });
    const [delivered] = await db.select().from(outbox).where(eq(outbox.id, pending.id));
    expect(delivered.dispatchedAt).not.toBeNull();
    expect((await getSyncRun(db, run.id)).status).toBe("succeeded");
    const next = await requestSync(db, source, { mode: "full" });
    expect(next.id).not.toBe(run.id);
    await drainRunner({ db, timeoutMs: 60_000 });
  });

  it("an event delivered twice starts one run (consumers are keyed on the event id)", async () => {
    const { db } = handle;
    const event = syncRequested.create({ runId: crypto.randomUUID(), sourceId: crypto.randomUUID() });
    const id = await emit(db, event);
    const now = new Date();
    const deliver = (e: { id: string; name: string; data: Record<string, unknown> }) => dispatchEventsTo(db, functions, [e], now);
    await deliver({ id, ...event });
    await dispatchOutbox(db, deliver, { now });
    const runs = await db.select().from(backgroundRuns).where(eq(backgroundRuns.eventId, id));
    expect(runs).toHaveLength(1);
    expect(runs[0].functionId).toBe("sync-source");
    await db.delete(backgroundRuns).where(eq(backgroundRuns.eventId, id));
  });
});
