import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "@/db";
import { webhookAttempts, webhookDeliveries, webhookEndpoints } from "@/db/schema";
import { metrics } from "@/lib/observability/metrics";
import { openTestDatabase } from "@/tests/db";
import { collectWebhookGauges, countDeliveriesSince, countFailingEndpoints } from "./stats";

let handle: DatabaseHandle;
const now = new Date("2026-12-02T12:00:00Z");
const hoursAgo = (h: number) => new Date(now.getTime() - h * 3600_000);

beforeAll(async () => {
  handle = await openTestDatabase();
  const { db } = handle;
  const endpoint = (url: string, more: Partial<typeof webhookEndpoints.$inferInsert>) => ({ url, events: ["job.created" as const], secret: "whsec_x", ...more });
  const [healthy] = await db
    .insert(webhookEndpoints)
    .values([
      endpoint("https://a.example/healthy", { lastSuccessAt: hoursAgo(1) }),
      endpoint("https://a.example/failing", { failingSince: hoursAgo(2) }),
      endpoint("https://a.example/disabled-for-failing", { enabled: false, disabledReason: "A message failed all 8 tries", failingSince: hoursAgo(30) }),
      endpoint("https://a.example/switched-off", { enabled: false }),
    ])
    .returning();
  const [delivery] = await db.insert(webhookDeliveries).values({ endpointId: healthy.id, eventId: randomUUID(), eventType: "job.created", payload: "{}" }).returning();
  const attempt = (n: number, succeeded: boolean, at: Date) => ({
    deliveryId: delivery.id,
    attempt: n,
    trigger: "automatic" as const,
    url: healthy.url,
    requestHeaders: {},
    requestBody: "{}",
    responseStatus: succeeded ? 200 : 500,
    durationMs: 5,
    attemptedAt: at,
    succeeded,
  });
  await db.insert(webhookAttempts).values([attempt(1, false, hoursAgo(30)), attempt(2, false, hoursAgo(3)), attempt(3, true, hoursAgo(2)), attempt(4, true, hoursAgo(1))]);
}, 120_000);
afterAll(() => handle.close());

describe("webhook figures", () => {
  it("counts the attempts since a time, delivered and failed", async () => {
    expect(await countDeliveriesSince(handle.db, hoursAgo(24))).toEqual({ attempts: 3, delivered: 2, failed: 1 });
    expect(await countDeliveriesSince(handle.db, hoursAgo(48))).toEqual({ attempts: 4, delivered: 2, failed: 2 });
  });

  it("counts enabled endpoints failing now and those disabled for failing, not one an admin switched off", async () => {
    expect(await countFailingEndpoints(handle.db)).toBe(2);
    await collectWebhookGauges(handle.db);
    expect((await metrics().webhookEndpointsFailing.get()).values[0].value).toBe(2);
  });
});
