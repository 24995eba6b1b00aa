import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "@/db";
import { openTestDatabase } from "@/tests/db";
import { RealtimeHub, type LiveEvent } from "./hub";
import { pipelineTopic, publish, userTopic } from "./index";

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await openTestDatabase();
});
afterAll(async () => {
  await handle.close();
});

describe("realtime hub", () => {
  it("delivers committed changes to subscribers of their topic only, in order", async () => {
    const hub = new RealtimeHub(handle.db, { pollMs: 60_000 });
    await publish(handle.db, pipelineTopic, { before: true });
    const seen: LiveEvent[] = [];
    const stop = await hub.subscribe([pipelineTopic], (e) => seen.push(e));
    await publish(handle.db, pipelineTopic, { n: 1 });
    await publish(handle.db, userTopic("someone"), { n: 2 });
    await handle.db.transaction(async (tx) => publish(tx, pipelineTopic, { n: 3 }));
    hub.wake();
    await hub.settled();
    // Only what was published after subscribing, only its topic.
    expect(seen.map((e) => e.data)).toEqual([{ n: 1 }, { n: 3 }]);
    expect(seen[0].id).toBeLessThan(seen[1].id);
    stop();
  });

  it("delivers nothing for a rolled-back change", async () => {
    const hub = new RealtimeHub(handle.db, { pollMs: 60_000 });
    const seen: LiveEvent[] = [];
    const stop = await hub.subscribe([pipelineTopic], (e) => seen.push(e));
    await expect(
      handle.db.transaction(async (tx) => {
        await publish(tx, pipelineTopic, { lost: true });
        throw new Error("rolled back");
      }),
    ).rejects.toThrow("rolled back");
    hub.wake();
    await hub.settled();
    expect(seen).toEqual([]);
    stop();
  });

  it("wakes on its poll timer and replays what a reconnecting page missed", async () => {
    const hub = new RealtimeHub(handle.db, { pollMs: 20 });
    const seen: LiveEvent[] = [];
    const stop = await hub.subscribe([userTopic("u1")], (e) => seen.push(e));
    await publish(handle.db, userTopic("u1"), { hello: "world" });
    await expect.poll(() => seen.length, { timeout: 2_000 }).toBe(1);
    const missed = await hub.since(seen[0].id - 1, [userTopic("u1")]);
    expect(missed.map((e) => e.data)).toEqual([{ hello: "world" }]);
    stop();
  });
});
