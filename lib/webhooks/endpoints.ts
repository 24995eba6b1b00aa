import { randomBytes, randomUUID } from "node:crypto";
import { and, count, desc, eq, inArray } from "drizzle-orm";
import type { Db } from "@/db";
import { webhookAttempts, webhookDeliveries, webhookEndpoints, type User, type WebhookAttempt, type WebhookDelivery, type WebhookEndpoint } from "@/db/schema";
import { can } from "@/lib/auth/roles";
import { config } from "@/lib/config";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import type { PageOf } from "@/lib/http/pagination";
import { attemptDelivery, type AttemptOutcome, type DeliveryOptions } from "./deliver";
import type { DeliveryListFilters, EndpointChange, EndpointCreate } from "./input";
import { resolveWebhookTarget, type Resolver } from "./url-guard";

export type UrlCheckOptions = { strict?: boolean; resolve?: Resolver };

function assertAdmin(actor: Pick<User, "role">) {
  if (!can(actor.role, "webhooks:manage")) throw new ForbiddenError("Only admins manage webhooks.");
}

/** A Standard Webhooks secret: `whsec_` and 24 random bytes in base64. */
export function generateSecret(): string {
  return `whsec_${randomBytes(24).toString("base64")}`;
}

async function checkUrl(url: string, options: UrlCheckOptions) {
  await resolveWebhookTarget(url, { strict: options.strict ?? config().webhookStrictUrls, resolve: options.resolve });
}

export async function createEndpoint(db: Db, actor: User, input: EndpointCreate, options: UrlCheckOptions = {}): Promise<WebhookEndpoint> {
  assertAdmin(actor);
  await checkUrl(input.url, options);
  const [row] = await db
    .insert(webhookEndpoints)
    .values({ url: input.url, description: input.description, events: input.events, enabled: input.enabled, secret: generateSecret(), createdBy: actor.id })
    .returning();
  return row;
}

export async function listEndpoints(db: Db, actor: User): Promise<WebhookEndpoint[]> {
  assertAdmin(actor);
  return db.select().from(webhookEndpoints).orderBy(desc(webhookEndpoints.createdAt));
}

export async function getEndpoint(db: Db, actor: User, id: string): Promise<WebhookEndpoint> {
  assertAdmin(actor);
  const [row] = await db.select().from(webhookEndpoints).where(eq(webhookEndpoints.id, id));
  if (!row) throw new NotFoundError("Webhook endpoint");
  return row;
}

/** Edits an endpoint; enabling one clears why it was disabled, and its pending messages resume. */
export async function changeEndpoint(db: Db, actor: User, id: string, change: EndpointChange, options: UrlCheckOptions = {}): Promise<WebhookEndpoint> {
  const current = await getEndpoint(db, actor, id);
  if (change.url !== undefined && change.url !== current.url) await checkUrl(change.url, options);
  const now = new Date();
  const enabling = change.enabled === true && !current.enabled;
  const disabling = change.enabled === false && current.enabled;
  const [row] = await db
    .update(webhookEndpoints)
    .set({
      url: change.url,
      description: change.description,
      events: change.events,
      enabled: change.enabled,
      updatedAt: now,
      ...(enabling ? { disabledReason: null, disabledAt: null, failingSince: null } : {}),
      ...(disabling ? { disabledReason: null, disabledAt: now } : {}),
    })
    .where(eq(webhookEndpoints.id, id))
    .returning();
  return row;
}

export async function deleteEndpoint(db: Db, actor: User, id: string): Promise<void> {
  assertAdmin(actor);
  const rows = await db.delete(webhookEndpoints).where(eq(webhookEndpoints.id, id)).returning({ id: webhookEndpoints.id });
  if (rows.length === 0) throw new NotFoundError("Webhook endpoint");
}

/** A new secret at once; receivers must switch to it (messages already sent stay signed with the old). */
export async function rotateSecret(db: Db, actor: User, id: string): Promise<WebhookEndpoint> {
  await getEndpoint(db, actor, id);
  const [row] = await db.update(webhookEndpoints).set({ secret: generateSecret(), updatedAt: new Date() }).where(eq(webhookEndpoints.id, id)).returning();
  return row;
}

export type DeliveryWithAttempts = { delivery: WebhookDelivery; attempts: WebhookAttempt[] };

async function withAttempts(db: Db, deliveries: WebhookDelivery[]): Promise<DeliveryWithAttempts[]> {
  if (deliveries.length === 0) return [];
  const attempts = await db
    .select()
    .from(webhookAttempts)
    .where(inArray(webhookAttempts.deliveryId, deliveries.map((d) => d.id)))
    .orderBy(webhookAttempts.attempt);
  return deliveries.map((delivery) => ({ delivery, attempts: attempts.filter((a) => a.deliveryId === delivery.id) }));
}

/** An endpoint's messages, newest first, each with every try. */
export async function listDeliveries(db: Db, actor: User, endpointId: string, filters: DeliveryListFilters): Promise<PageOf<DeliveryWithAttempts>> {
  await getEndpoint(db, actor, endpointId);
  const where = and(eq(webhookDeliveries.endpointId, endpointId), filters.status ? eq(webhookDeliveries.status, filters.status) : undefined);
  const [{ total }] = await db.select({ total: count() }).from(webhookDeliveries).where(where);
  const rows = await db
    .select()
    .from(webhookDeliveries)
    .where(where)
    .orderBy(desc(webhookDeliveries.createdAt), desc(webhookDeliveries.id))
    .limit(filters.limit)
    .offset((filters.page - 1) * filters.limit);
  return { items: await withAttempts(db, rows), page: filters.page, limit: filters.limit, total: Number(total), totalIsEstimate: false, nextCursor: null };
}

export async function getDelivery(db: Db, actor: User, id: string): Promise<DeliveryWithAttempts> {
  assertAdmin(actor);
  const [row] = await db.select().from(webhookDeliveries).where(eq(webhookDeliveries.id, id));
  if (!row) throw new NotFoundError("Webhook delivery");
  return (await withAttempts(db, [row]))[0];
}

/** Sends a message again now, with the same webhook-id; the endpoint may be disabled (that is how one checks a fix). */
export async function redeliver(db: Db, actor: User, id: string, options: DeliveryOptions = {}): Promise<{ outcome: AttemptOutcome; delivery: DeliveryWithAttempts }> {
  await getDelivery(db, actor, id);
  const outcome = await attemptDelivery(db, id, "manual", options);
  return { outcome, delivery: await getDelivery(db, actor, id) };
}

/** A `webhook.test` message sent once, now, and kept in the history like any other. */
export async function sendTestMessage(db: Db, actor: User, endpointId: string, options: DeliveryOptions = {}) {
  const endpoint = await getEndpoint(db, actor, endpointId);
  const now = options.now ?? new Date();
  const payload = JSON.stringify({ type: "webhook.test", timestamp: now.toISOString(), data: { endpoint_id: endpoint.id, message: "A test message from Hireflow." } });
  const [delivery] = await db
    .insert(webhookDeliveries)
    .values({ endpointId, eventId: randomUUID(), eventType: "webhook.test", payload, status: "failed", createdAt: now, nextAttemptAt: null })
    .returning();
  return redeliver(db, actor, delivery.id, options);
}
