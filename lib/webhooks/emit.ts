import { and, arrayContains, eq } from "drizzle-orm";
import type { Db } from "@/db";
import { webhookEndpoints, type WebhookEventType } from "@/db/schema";
import { emit, inBatches, type AppEvent } from "@/lib/events";

/** Whether any enabled endpoint receives this type: events only webhooks consume are not recorded for nobody. */
export async function hasWebhookSubscribers(tx: Db, type: WebhookEventType): Promise<boolean> {
  const [row] = await tx
    .select({ id: webhookEndpoints.id })
    .from(webhookEndpoints)
    .where(and(eq(webhookEndpoints.enabled, true), arrayContains(webhookEndpoints.events, [type])))
    .limit(1);
  return Boolean(row);
}

/**
 * Records the outbox events of a webhook-only type (job.created, job.expired, sync.completed,
 * candidate.created, match.created) in the caller's transaction, ids in batches of 100, and
 * only when an enabled endpoint subscribes: a 100,000-job sync with no receiver adds nothing.
 */
export async function emitForWebhooks<T>(tx: Db, type: WebhookEventType, items: readonly T[], event: (batch: T[]) => AppEvent): Promise<number> {
  if (items.length === 0 || !(await hasWebhookSubscribers(tx, type))) return 0;
  const batches = inBatches(items);
  for (const batch of batches) await emit(tx, event(batch));
  return batches.length;
}
