import { z } from "zod";
import { webhookDeliveryStatuses, webhookEventTypes, type WebhookAttempt, type WebhookDelivery, type WebhookEndpoint } from "@/db/schema";

const instant = z.string().nullable();

export const endpointViewSchema = z.object({
  id: z.string(),
  url: z.string(),
  description: z.string(),
  events: z.array(z.enum(webhookEventTypes)),
  enabled: z.boolean(),
  disabled_reason: z.string().nullable(),
  disabled_at: instant,
  failing_since: instant,
  last_success_at: instant,
  created_at: z.string(),
  updated_at: z.string(),
});
export type EndpointView = z.infer<typeof endpointViewSchema>;

/** With the signing secret: answered to the admin who creates, reads or rotates one endpoint. */
export const endpointWithSecretSchema = endpointViewSchema.extend({ secret: z.string() });

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export function endpointForApi(e: WebhookEndpoint): EndpointView {
  return {
    id: e.id,
    url: e.url,
    description: e.description,
    events: e.events,
    enabled: e.enabled,
    disabled_reason: e.disabledReason,
    disabled_at: iso(e.disabledAt),
    failing_since: iso(e.failingSince),
    last_success_at: iso(e.lastSuccessAt),
    created_at: e.createdAt.toISOString(),
    updated_at: e.updatedAt.toISOString(),
  };
}

export const endpointWithSecretForApi = (e: WebhookEndpoint) => ({ ...endpointForApi(e), secret: e.secret });

export const attemptViewSchema = z.object({
  id: z.string(),
  attempt: z.number().int(),
  trigger: z.enum(["automatic", "manual"]),
  url: z.string(),
  attempted_at: z.string(),
  duration_ms: z.number().int(),
  succeeded: z.boolean(),
  request: z.object({ headers: z.record(z.string(), z.string()), body: z.string() }),
  response: z.object({ status: z.number().int().nullable(), body: z.string().nullable() }),
  error: z.string().nullable(),
});

export function attemptForApi(a: WebhookAttempt): z.infer<typeof attemptViewSchema> {
  return {
    id: a.id,
    attempt: a.attempt,
    trigger: a.trigger,
    url: a.url,
    attempted_at: a.attemptedAt.toISOString(),
    duration_ms: a.durationMs,
    succeeded: a.succeeded,
    request: { headers: a.requestHeaders, body: a.requestBody },
    response: { status: a.responseStatus, body: a.responseBody },
    error: a.error,
  };
}

export const deliveryViewSchema = z.object({
  id: z.string(),
  webhook_id: z.string(),
  endpoint_id: z.string(),
  event_id: z.string(),
  event_type: z.string(),
  status: z.enum(webhookDeliveryStatuses),
  attempts: z.number().int(),
  next_attempt_at: instant,
  last_response_status: z.number().int().nullable(),
  created_at: z.string(),
  delivered_at: instant,
  payload: z.unknown(),
  attempt_history: z.array(attemptViewSchema),
});
export type DeliveryView = z.infer<typeof deliveryViewSchema>;

export function deliveryForApi(d: WebhookDelivery, attempts: WebhookAttempt[]): DeliveryView {
  return {
    id: d.id,
    webhook_id: `msg_${d.id.replaceAll("-", "")}`,
    endpoint_id: d.endpointId,
    event_id: d.eventId,
    event_type: d.eventType,
    status: d.status,
    attempts: d.attempts,
    next_attempt_at: iso(d.nextAttemptAt),
    last_response_status: d.lastResponseStatus,
    created_at: d.createdAt.toISOString(),
    delivered_at: iso(d.deliveredAt),
    payload: JSON.parse(d.payload) as unknown,
    attempt_history: attempts.map(attemptForApi),
  };
}

/** The listing shape of lib/http/pagination pageResponse, over one item schema. */
export function pageSchemaOf<S extends z.ZodType>(item: S) {
  return z.object({
    data: z.array(item),
    page: z.number().int().nullable(),
    limit: z.number().int(),
    total: z.number().int(),
    total_is_estimate: z.boolean(),
    total_pages: z.number().int(),
    next_cursor: z.string().nullable(),
  });
}
