import { and, arrayContains, asc, eq, inArray, lte, sql } from "drizzle-orm";
import { Webhook } from "standardwebhooks";
import type { Db } from "@/db";
import { webhookAttempts, webhookDeliveries, webhookEndpoints, type WebhookDelivery, type WebhookEndpoint } from "@/db/schema";
import { config } from "@/lib/config";
import { DomainError } from "@/lib/errors";
import { emit, webhookEndpointDisabled } from "@/lib/events";
import { metrics } from "@/lib/observability/metrics";
import type { WebhookMessage } from "./messages";
import { sendWebhook, type SendRequest, type SendResult } from "./send";
import { resolveWebhookTarget, type Resolver } from "./url-guard";

const minute = 60_000;
const hour = 60 * minute;

/** When each automatic try is due, counted from the first: 8 tries over a day. */
export const retryScheduleMs = [0, minute, 5 * minute, 30 * minute, 2 * hour, 5 * hour, 10 * hour, 24 * hour] as const;
export const maxAutomaticAttempts = retryScheduleMs.length;
/** With every try failing for this long, the endpoint is disabled even before a message runs out of tries. */
export const failingDisableAfterMs = 24 * hour;
/** A claimed delivery comes back to the sweep after this long if its worker died mid-try. */
const claimMs = 2 * minute;

/** The wait after the n-th automatic try failed (n from 1): the gaps of the schedule, growing. */
export function retryDelayMs(failedAttempts: number): number | null {
  if (failedAttempts >= maxAutomaticAttempts) return null;
  return retryScheduleMs[failedAttempts] - retryScheduleMs[failedAttempts - 1];
}

export type DeliveryOptions = {
  now?: Date;
  strict?: boolean;
  resolve?: Resolver;
  timeoutMs?: number;
  /** The caller already claimed this delivery (claimDueDeliveries). */
  claimed?: boolean;
  /** The HTTP call; tests may replace it. */
  send?: (request: SendRequest) => Promise<SendResult>;
};

/**
 * One delivery row per enabled endpoint subscribed to the message's type, keyed on (endpoint,
 * event id): an event handed on twice creates nothing new. Returns the ids created by this call.
 */
export async function createDeliveries(db: Db, eventId: string, message: WebhookMessage, now = new Date()): Promise<string[]> {
  const endpoints = await db
    .select({ id: webhookEndpoints.id })
    .from(webhookEndpoints)
    .where(and(eq(webhookEndpoints.enabled, true), arrayContains(webhookEndpoints.events, [message.type])));
  if (endpoints.length === 0) return [];
  const payload = JSON.stringify(message);
  const rows = await db
    .insert(webhookDeliveries)
    .values(endpoints.map((e) => ({ endpointId: e.id, eventId, eventType: message.type, payload, createdAt: now, nextAttemptAt: now })))
    .onConflictDoNothing()
    .returning({ id: webhookDeliveries.id });
  return rows.map((r) => r.id);
}

/** Takes a pending delivery whose try is due, pushing its due time out so nobody else takes it meanwhile. */
async function claim(db: Db, deliveryId: string, now: Date): Promise<boolean> {
  const rows = await db
    .update(webhookDeliveries)
    .set({ nextAttemptAt: new Date(now.getTime() + claimMs) })
    .where(and(eq(webhookDeliveries.id, deliveryId), eq(webhookDeliveries.status, "pending"), lte(webhookDeliveries.nextAttemptAt, now)))
    .returning({ id: webhookDeliveries.id });
  return rows.length > 0;
}

/** Claims up to `limit` due deliveries of enabled endpoints (SKIP LOCKED: concurrent sweeps split them). */
export async function claimDueDeliveries(db: Db, now: Date, limit = 50): Promise<string[]> {
  const due = db
    .select({ id: webhookDeliveries.id })
    .from(webhookDeliveries)
    .innerJoin(webhookEndpoints, eq(webhookEndpoints.id, webhookDeliveries.endpointId))
    .where(and(eq(webhookDeliveries.status, "pending"), lte(webhookDeliveries.nextAttemptAt, now), eq(webhookEndpoints.enabled, true)))
    .orderBy(asc(webhookDeliveries.nextAttemptAt))
    .limit(limit)
    .for("update", { of: webhookDeliveries, skipLocked: true });
  const rows = await db
    .update(webhookDeliveries)
    .set({ nextAttemptAt: new Date(now.getTime() + claimMs) })
    .where(inArray(webhookDeliveries.id, due))
    .returning({ id: webhookDeliveries.id });
  return rows.map((r) => r.id);
}

/** The Standard Webhooks headers of one try: the id stays the message's, the timestamp is the try's. */
export function signedHeaders(endpoint: Pick<WebhookEndpoint, "secret">, delivery: Pick<WebhookDelivery, "id" | "payload">, at: Date): Record<string, string> {
  const id = `msg_${delivery.id.replaceAll("-", "")}`;
  return {
    "content-type": "application/json",
    "user-agent": "Hireflow-Webhooks/1",
    "webhook-id": id,
    "webhook-timestamp": String(Math.floor(at.getTime() / 1000)),
    "webhook-signature": new Webhook(endpoint.secret).sign(id, at, delivery.payload),
  };
}

/** Disables an endpoint that keeps failing, once, and tells the admins (through the outbox). */
export async function disableFailingEndpoint(db: Db, endpoint: Pick<WebhookEndpoint, "id" | "url">, reason: string, now: Date): Promise<boolean> {
  return db.transaction(async (transaction) => {
    const tx = transaction as unknown as Db;
    const rows = await tx
      .update(webhookEndpoints)
      .set({ enabled: false, disabledReason: reason, disabledAt: now, updatedAt: now })
      .where(and(eq(webhookEndpoints.id, endpoint.id), eq(webhookEndpoints.enabled, true)))
      .returning({ id: webhookEndpoints.id });
    if (rows.length === 0) return false;
    await emit(tx, webhookEndpointDisabled.create({ endpointId: endpoint.id, url: endpoint.url, reason }));
    return true;
  });
}

export type AttemptOutcome = { attempted: boolean; succeeded: boolean; attempt?: number; status?: number | null; error?: string | null; disabled?: boolean };

/**
 * One try of one delivery. `automatic` tries (the first and the retries) only run for a
 * pending delivery of an enabled endpoint and claim it first; a failure schedules the next
 * try or, after the last, fails the message and disables the endpoint. A `manual` try (an
 * admin's redelivery) sends whatever the state, and only a success changes the delivery.
 */
export async function attemptDelivery(db: Db, deliveryId: string, trigger: "automatic" | "manual", options: DeliveryOptions = {}): Promise<AttemptOutcome> {
  const now = options.now ?? new Date();
  if (trigger === "automatic" && !options.claimed && !(await claim(db, deliveryId, now))) return { attempted: false, succeeded: false };
  const [row] = await db.select({ delivery: webhookDeliveries, endpoint: webhookEndpoints }).from(webhookDeliveries).innerJoin(webhookEndpoints, eq(webhookEndpoints.id, webhookDeliveries.endpointId)).where(eq(webhookDeliveries.id, deliveryId));
  if (!row) return { attempted: false, succeeded: false };
  const { delivery, endpoint } = row;
  if (trigger === "automatic" && !endpoint.enabled) return { attempted: false, succeeded: false };

  const headers = signedHeaders(endpoint, delivery, now);
  let result: SendResult;
  try {
    // Checked again at every try: the host may resolve elsewhere since it was registered.
    const { url, target } = await resolveWebhookTarget(endpoint.url, { strict: options.strict ?? config().webhookStrictUrls, resolve: options.resolve });
    result = await (options.send ?? sendWebhook)({ url, target, headers, body: delivery.payload, timeoutMs: options.timeoutMs ?? config().WEBHOOK_TIMEOUT_MS });
  } catch (err) {
    result = { status: null, responseBody: null, error: err instanceof DomainError ? `Refused: ${err.message}` : String(err), durationMs: 0 };
  }
  const succeeded = result.status !== null && result.status >= 200 && result.status < 300;
  const attempt = delivery.attempts + 1;
  metrics().webhookDeliveries.inc({ outcome: succeeded ? "delivered" : "failed" });

  // The 8 tries are automatic ones: an admin's redelivery in between does not use one up.
  const automaticFailures = trigger === "automatic" ? (await db.$count(webhookAttempts, and(eq(webhookAttempts.deliveryId, deliveryId), eq(webhookAttempts.trigger, "automatic")))) + 1 : null;
  const delay = automaticFailures !== null && !succeeded ? retryDelayMs(automaticFailures) : null;
  const exhausted = automaticFailures !== null && !succeeded && delay === null;
  await db.transaction(async (transaction) => {
    const tx = transaction as unknown as Db;
    await tx.insert(webhookAttempts).values({
      deliveryId,
      attempt,
      trigger,
      url: endpoint.url,
      requestHeaders: headers,
      requestBody: delivery.payload,
      responseStatus: result.status,
      responseBody: result.responseBody,
      error: result.error ?? (succeeded ? null : `HTTP ${result.status}`),
      durationMs: result.durationMs,
      attemptedAt: now,
      succeeded,
    });
    const status = succeeded ? ("delivered" as const) : exhausted ? ("failed" as const) : delivery.status;
    const nextAttemptAt = succeeded || exhausted ? null : delay !== null ? new Date(now.getTime() + delay) : delivery.nextAttemptAt;
    await tx
      .update(webhookDeliveries)
      .set({ attempts: attempt, status, nextAttemptAt, lastResponseStatus: result.status, deliveredAt: succeeded ? now : delivery.deliveredAt })
      .where(eq(webhookDeliveries.id, deliveryId));
    await tx
      .update(webhookEndpoints)
      .set(succeeded ? { failingSince: null, lastSuccessAt: now } : { failingSince: sql`coalesce(${webhookEndpoints.failingSince}, ${now.toISOString()}::timestamptz)` })
      .where(eq(webhookEndpoints.id, endpoint.id));
  });

  let disabled = false;
  if (exhausted) {
    disabled = await disableFailingEndpoint(db, endpoint, `A ${delivery.eventType} message failed all ${maxAutomaticAttempts} tries (last: ${result.error ?? `HTTP ${result.status}`}).`, now);
  } else if (!succeeded && trigger === "automatic" && endpoint.failingSince && now.getTime() - endpoint.failingSince.getTime() >= failingDisableAfterMs) {
    disabled = await disableFailingEndpoint(db, endpoint, `Nothing was delivered for 24 hours (last: ${result.error ?? `HTTP ${result.status}`}).`, now);
  }
  return { attempted: true, succeeded, attempt, status: result.status, error: result.error, disabled };
}
