import { getDb } from "@/db";
import { attemptDelivery, claimDueDeliveries, createDeliveries } from "@/lib/webhooks/deliver";
import { webhookMessageFor, webhookSourceEvents } from "@/lib/webhooks/messages";
import { webhookDisabledDrafts } from "@/lib/notifications/compose/webhook-disabled";
import { inngest } from "../client";
import * as events from "../events";
import { notificationFunction } from "./notify";

/**
 * An outbox event that stands for a webhook message: one delivery row per subscribed enabled
 * endpoint (keyed on endpoint + event id, so a repeated event adds none), then the first try of
 * each. Retries are rows with a due time, sent by sweepWebhookRetries.
 */
export const deliverWebhooks = inngest.createFunction(
  {
    id: "deliver-webhooks",
    retries: 3,
    // The SDK's event types for the outbox events that become webhook messages (one list, in lib/webhooks).
    triggers: events.sdkEventTypes(webhookSourceEvents),
  },
  async ({ event, step }) => {
    const eventId = event.id;
    if (!eventId) throw new Error("deliver-webhooks: the event has no id to key its deliveries on");
    const created: string[] = await step.run("create-deliveries", async (): Promise<string[]> => {
      const db = await getDb();
      const message = await webhookMessageFor(db, { id: eventId, name: event.name, data: event.data, ts: event.ts ?? Date.now() });
      return message ? createDeliveries(db, eventId, message) : [];
    });
    // A failed try is recorded and rescheduled inside, so these steps succeed either way.
    for (const deliveryId of created) {
      await step.run(`first-try-${deliveryId}`, async () => (await attemptDelivery(await getDb(), deliveryId, "automatic")).succeeded);
    }
    return { deliveries: created.length };
  },
);

/** Every minute: the retries that came due, a batch at a time (SKIP LOCKED, so app processes share them). */
export const sweepWebhookRetries = inngest.createFunction({ id: "sweep-webhook-retries", retries: 1, triggers: [{ cron: "* * * * *" }] }, async ({ step }) => {
  const ids = await step.run("claim-due-retries", async () => claimDueDeliveries(await getDb(), new Date(), 50));
  let delivered = 0;
  for (const deliveryId of ids) {
    // Claimed above: the try is due now, so it runs as of the claim, not of a later clock.
    const ok = await step.run(`retry-${deliveryId}`, async () => (await attemptDelivery(await getDb(), deliveryId, "automatic", { claimed: true })).succeeded);
    if (ok) delivered += 1;
  }
  return { tried: ids.length, delivered };
});

/** A webhook endpoint was disabled for failing: every admin is told. */
export const notifyWebhookDisabled = notificationFunction("notify-webhook-disabled", events.webhookEndpointDisabled, webhookDisabledDrafts);
