"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { webhookEventTypes } from "@/db/schema/webhooks";
import { authorizedAction } from "@/server/action";
import { changeEndpoint, createEndpoint, deleteEndpoint, redeliver, rotateSecret, sendTestMessage } from "@/lib/webhooks/endpoints";
import { deliveryIdSchema, endpointCreateSchema, endpointIdSchema } from "@/lib/webhooks/input";

// A form posts one checkbox per event (`event:job.created=on`); the API's schema wants a list.
const eventsFromForm = (raw: unknown) => {
  const form = raw as Record<string, unknown>;
  return { url: form.url, description: form.description ?? "", events: webhookEventTypes.filter((type) => form[`event:${type}`] === "on") };
};

export const createWebhookAction = authorizedAction("webhooks:manage", z.preprocess(eventsFromForm, endpointCreateSchema), async (input, { db, user }) => {
  const endpoint = await createEndpoint(db, user, input);
  revalidatePath("/settings");
  return { id: endpoint.id, url: endpoint.url, secret: endpoint.secret };
});

const enabledInput = endpointIdSchema.extend({ enabled: z.enum(["true", "false"]).transform((v) => v === "true") });

export const setWebhookEnabledAction = authorizedAction("webhooks:manage", enabledInput, async ({ id, enabled }, { db, user }) => {
  await changeEndpoint(db, user, id, { enabled });
  revalidatePath("/settings");
  revalidatePath(`/settings/webhooks/${id}`);
  return { id, enabled };
});

export const rotateWebhookSecretAction = authorizedAction("webhooks:manage", endpointIdSchema, async ({ id }, { db, user }) => {
  const endpoint = await rotateSecret(db, user, id);
  return { id, secret: endpoint.secret };
});

export const deleteWebhookAction = authorizedAction("webhooks:manage", endpointIdSchema, async ({ id }, { db, user }) => {
  await deleteEndpoint(db, user, id);
  revalidatePath("/settings");
  return { id };
});

export const testWebhookAction = authorizedAction("webhooks:manage", endpointIdSchema, async ({ id }, { db, user }) => {
  const { outcome } = await sendTestMessage(db, user, id);
  revalidatePath(`/settings/webhooks/${id}`);
  return { succeeded: outcome.succeeded, status: outcome.status ?? null, error: outcome.error ?? null };
});

export const redeliverWebhookAction = authorizedAction("webhooks:manage", deliveryIdSchema, async ({ id }, { db, user }) => {
  const { outcome, delivery } = await redeliver(db, user, id);
  revalidatePath(`/settings/webhooks/${delivery.delivery.endpointId}`);
  return { succeeded: outcome.succeeded, status: outcome.status ?? null, error: outcome.error ?? null };
});
