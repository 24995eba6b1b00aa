import { z } from "zod";
import { webhookDeliveryStatuses, webhookEventTypes } from "@/db/schema/webhooks";
import { pagingSchema } from "@/lib/http/pagination";

const eventList = z
  .array(z.enum(webhookEventTypes, { error: `Use events from: ${webhookEventTypes.join(", ")}` }))
  .min(1, "Choose at least one event")
  .max(webhookEventTypes.length)
  .transform((list) => [...new Set(list)]);

const url = z.string().trim().min(1, "Enter the endpoint's URL").max(2000, "Keep the URL under 2000 characters");
const description = z.string().trim().max(500, "Keep the description under 500 characters");

export const endpointCreateSchema = z.object({ url, description: description.default(""), events: eventList, enabled: z.boolean().default(true) }).strict();
export type EndpointCreate = z.infer<typeof endpointCreateSchema>;

export const endpointChangeSchema = z
  .object({ url: url.optional(), description: description.optional(), events: eventList.optional(), enabled: z.boolean().optional() })
  .strict()
  .refine((c) => Object.values(c).some((v) => v !== undefined), { message: "Send url, description, events or enabled" });
export type EndpointChange = z.infer<typeof endpointChangeSchema>;

export const endpointIdSchema = z.object({ id: z.string().uuid("Not a webhook endpoint id") });
export const deliveryIdSchema = z.object({ id: z.string().uuid("Not a webhook delivery id") });

export const deliveryListSchema = pagingSchema.omit({ cursor: true }).extend({
  status: z.enum(webhookDeliveryStatuses, { error: `status is one of ${webhookDeliveryStatuses.join(", ")}` }).optional(),
});
export type DeliveryListFilters = z.infer<typeof deliveryListSchema>;
