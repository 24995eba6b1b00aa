import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { DatabaseHandle } from "@/db";
import { outbox, webhookAttempts, webhookDeliveries, webhookEndpoints } from "@/db/schema";
import { cleanUpOldRows, retentionDays } from "@/lib/maintenance/retention";
import { openTestDatabase } from "@/tests/db";
import { attemptDelivery, retryDelayMs, retryScheduleMs } from "./deliver";
import { generateSecret } from "./endpoints";

let handle: DatabaseHandle;
const db = () => handle.db;
const now = new Date("2026-12-02T12:00:00Z");

async function endpointWithDelivery(endpoint: Partial<typeof webhookEndpoints.$inferInsert> = {}, delivery: Partial<typeof webhookDeliveries.$inferInsert> = {}) {
  const [e] = await db().insert(webhookEndpoints).values({ url: "https://hooks.example.com/x", events: ["sync.failed"], secret: generateSecret(), ...endpoint }).returning();
  const [d] = await db()
    .insert(webhookDeliveries)
    .values({ endpointId: e.id, eventId: randomUUID(), eventType: "sync.failed", payload: '{"type":"sync.failed"}', nextAttemptAt: now, ...delivery })
    .returning();
  return { endpoint: e, delivery: d };
}

beforeAll(async () => {
  handle = await openTestDatabase();
}, 120_000);
afterAll(() => handle.close());

describe("retry schedule", () => {
  it("is 8 tries over a day with growing gaps", () => {
    expect(retryScheduleMs).toHaveLength(8);
    expect(retryScheduleMs.at(-1)).toBe(24 * 3600_000);
    const gaps = [1, 2, 3, 4, 5, 6, 7].map((n) => retryDelayMs(n)!);
    expect(gaps.every((gap, i) => i === 0 || gap > gaps[i - 1])).toBe(true);
    expect(retryDelayMs(8)).toBeNull();
  });
});

describe("attemptDelivery", () => {
  it("refuses at delivery a host that now resolves to a private address, without sending anything", async () => {
    const { delivery } = await endpointWithDelivery();
    const send = vi.fn();
    const outcome = await attemptDelivery(db(), delivery.id, "automatic", { now, strict: true, resolve: async () => [{ address: "10.0.0.5", family: 4 }], send });
    expect(send).not.toHaveBeenCalled();
    expect(outcome).toMatchObject({ attempted: true, succeeded: false });
    const [attempt] = await db().select().from(webhookAttempts).where(eq(webhookAttempts.deliveryId, delivery.id));
    expect(attempt.error).toMatch(/^Refused: .*10\.0\.0\.5/);
    const [after] = await db().select().from(webhookDeliveries).where(eq(webhookDeliveries.id, delivery.id));
    expect(after).toMatchObject({ status: "pending", attempts: 1, nextAttemptAt: new Date(now.getTime() + 60_000) });
  });

  it("sends to the address it checked, signed, and marks the delivery and endpoint healthy", async () => {
    const { endpoint, delivery } = await endpointWithDelivery({ failingSince: new Date(now.getTime() - 3600_000) });
    const send = vi.fn(async () => ({ status: 200, responseBody: "ok", error: null, durationMs: 3 }));
    await attemptDelivery(db(), delivery.id, "automatic", { now, strict: true, resolve: async () => [{ address: "93.184.215.14", family: 4 }], send });
    expect(send).toHaveBeenCalledOnce();
    const [request] = send.mock.calls[0] as unknown as [{ target: { address: string }; headers: Record<string, string>; body: string }];
    expect(request.target.address).toBe("93.184.215.14");
    expect(request.headers["webhook-id"]).toBe(`msg_${delivery.id.replaceAll("-", "")}`);
    expect(request.headers["webhook-timestamp"]).toBe(String(now.getTime() / 1000));
    expect(request.headers["webhook-signature"]).toMatch(/^v1,/);
    const [e] = await db().select().from(webhookEndpoints).where(eq(webhookEndpoints.id, endpoint.id));
    expect(e).toMatchObject({ failingSince: null, lastSuccessAt: now });
  });

  it("disables an endpoint that delivered nothing for 24 hours while failing, once, and announces it", async () => {
    const { endpoint, delivery } = await endpointWithDelivery({ failingSince: new Date(now.getTime() - 25 * 3600_000) }, { attempts: 2 });
    const send = async () => ({ status: 503, responseBody: "down", error: null, durationMs: 3 });
    const resolve = async () => [{ address: "93.184.215.14", family: 4 as const }];
    const outcome = await attemptDelivery(db(), delivery.id, "automatic", { now, strict: true, resolve, send });
    expect(outcome).toMatchObject({ succeeded: false, disabled: true });
    const [e] = await db().select().from(webhookEndpoints).where(eq(webhookEndpoints.id, endpoint.id));
    expect(e.enabled).toBe(false);
    expect(e.disabledReason).toMatch(/^Nothing was delivered for 24 hours \(last: HTTP 503\)/);
    const announced = (await db().select().from(outbox).where(eq(outbox.name, "webhooks/endpoint.disabled"))).filter((r) => r.data.endpointId === endpoint.id);
    expect(announced).toHaveLength(1);
    // A disabled endpoint's messages wait: an automatic try does nothing.
    expect(await attemptDelivery(db(), delivery.id, "automatic", { now: new Date(now.getTime() + 3600_000), strict: true, resolve, send })).toEqual({ attempted: false, succeeded: false });
  });
});

describe("retention", () => {
  it("deletes deliveries no longer pending after RETENTION_DAYS, with their attempts, and keeps pending ones", async () => {
    const old = new Date(now.getTime() - 45 * 24 * 3600_000);
    const { endpoint, delivery: oldDelivered } = await endpointWithDelivery({}, { status: "delivered", createdAt: old });
    const [oldPending, recentFailed] = await db()
      .insert(webhookDeliveries)
      .values([
        { endpointId: endpoint.id, eventId: randomUUID(), eventType: "sync.failed", payload: "{}", status: "pending", createdAt: old },
        { endpointId: endpoint.id, eventId: randomUUID(), eventType: "sync.failed", payload: "{}", status: "failed", createdAt: now },
      ])
      .returning();
    await db().insert(webhookAttempts).values({ deliveryId: oldDelivered.id, attempt: 1, trigger: "automatic", url: endpoint.url, requestHeaders: {}, requestBody: "{}", durationMs: 1, attemptedAt: old, succeeded: true });
    const result = await cleanUpOldRows(db(), { now, days: retentionDays({ RETENTION_DAYS: 30 }) });
    expect(result.webhookDeliveries).toBe(1);
    const left = (await db().select({ id: webhookDeliveries.id }).from(webhookDeliveries).where(eq(webhookDeliveries.endpointId, endpoint.id))).map((d) => d.id).sort();
    expect(left).toEqual([oldPending.id, recentFailed.id].sort());
    expect(await db().select().from(webhookAttempts).where(eq(webhookAttempts.deliveryId, oldDelivered.id))).toHaveLength(0);
  });
});
