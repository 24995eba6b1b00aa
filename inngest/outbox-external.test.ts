import { randomUUID } from "node:crypto";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { adoptDatabase, type DatabaseHandle } from "@/db";
import { outbox } from "@/db/schema";
import { resetConfigForTests } from "@/lib/config";
import { runWithContext } from "@/lib/observability/context";
import { openTestDatabase } from "@/tests/db";

// With Inngest configured (INNGEST_BASE_URL and an event key) the app runs no in-process runner:
// the outbox loop of outbox-external.ts hands each committed event to Inngest's event API. Here
// that API is a real HTTP server speaking its format: POST /e/{event key} with a JSON array of
// events, answered with {ids, status}.

type Received = { path: string; events: Array<{ id: string; name: string; data: unknown; [k: string]: unknown }> };
let handle: DatabaseHandle;
let server: Server;
const received: Received[] = [];
let failing = false;
const env = { INNGEST_BASE_URL: "", INNGEST_EVENT_KEY: "test-event-key-0123456789", RUNNER_POLL_MS: "50" };
let events: typeof import("@/lib/events");

beforeAll(async () => {
  handle = await openTestDatabase();
  adoptDatabase(handle);
  server = createServer((req, res) => {
    const parts: Buffer[] = [];
    req.on("data", (part: Buffer) => parts.push(part));
    req.on("end", () => {
      res.setHeader("content-type", "application/json");
      if (failing) {
        res.writeHead(500).end(JSON.stringify({ status: 500, error: "event API down" }));
        return;
      }
      const sent = JSON.parse(Buffer.concat(parts).toString("utf8")) as Received["events"];
      received.push({ path: req.url ?? "", events: sent });
      res.end(JSON.stringify({ ids: sent.map((e) => e.id), status: 200 }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  env.INNGEST_BASE_URL = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  Object.assign(process.env, env);
  resetConfigForTests();
  // The Inngest client reads its mode and URLs when its module loads: load the loop afresh.
  vi.resetModules();
  events = await import("@/lib/events");
  const { startExternalOutboxDispatcher } = await import("./outbox-external");
  startExternalOutboxDispatcher();
});

afterAll(async () => {
  await (globalThis as { __hireflowOutboxLoop?: { stop(): Promise<void> } }).__hireflowOutboxLoop?.stop();
  for (const key of Object.keys(env)) delete process.env[key];
  resetConfigForTests();
  await new Promise((resolve) => server.close(resolve));
  await handle.close();
});

async function until<T>(check: () => Promise<T | undefined | null | false>, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error("timed out waiting");
    await new Promise((r) => setTimeout(r, 25));
  }
}

const row = async (id: string) => (await handle.db.select().from(outbox).where(eq(outbox.id, id)))[0];

describe("outbox to an external Inngest", () => {
  it("sends a committed event to Inngest's event API under its outbox id, once, and marks it dispatched", async () => {
    const data = { runId: randomUUID(), sourceId: randomUUID() };
    const id = await runWithContext({ requestId: "req-external-1" }, () => handle.db.transaction((tx) => events.emit(tx as never, events.syncRequested.create(data))));
    events.notifyEventsCommitted();
    const sent = await until(async () => received.find((r) => r.events.some((e) => e.id === id)));
    expect(sent.path).toBe(`/e/${env.INNGEST_EVENT_KEY}`);
    expect(sent.events.find((e) => e.id === id)).toMatchObject({ id, name: "source/sync.requested", data });
    // The request id stays with the outbox row (Inngest's event API has no field for it).
    expect(sent.events.find((e) => e.id === id)).not.toHaveProperty("requestId");
    expect((await until(async () => ((await row(id)).dispatchedAt ? row(id) : null))).requestId).toBe("req-external-1");
    // Dispatched rows are not sent again on later passes.
    await new Promise((r) => setTimeout(r, 300));
    expect(received.flatMap((r) => r.events).filter((e) => e.id === id)).toHaveLength(1);
  });

  it("keeps an event the event API refused and sends it once the API is back", async () => {
    failing = true;
    const data = { runId: randomUUID(), sourceId: randomUUID() };
    const id = await events.emit(handle.db, events.syncRequested.create(data));
    events.notifyEventsCommitted();
    const refused = await until(async () => {
      const current = await row(id);
      return current.attempts > 0 ? current : null;
    }, 30_000);
    expect(refused.dispatchedAt).toBeNull();
    expect(refused.lastError).toBeTruthy();
    expect(received.flatMap((r) => r.events).some((e) => e.id === id)).toBe(false);

    failing = false;
    // Skip the backoff instead of waiting it out.
    await handle.db.update(outbox).set({ nextAttemptAt: new Date() }).where(eq(outbox.id, id));
    events.notifyEventsCommitted();
    await until(async () => (await row(id)).dispatchedAt);
    expect(received.flatMap((r) => r.events).filter((e) => e.id === id)).toHaveLength(1);
  }, 60_000);
});
