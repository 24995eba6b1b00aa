import { z } from "zod";
import { apiRoute } from "@/server/route";
import { changeEndpoint, deleteEndpoint, getEndpoint } from "@/lib/webhooks/endpoints";
import { endpointChangeSchema, endpointIdSchema } from "@/lib/webhooks/input";
import { endpointForApi, endpointViewSchema, endpointWithSecretForApi, endpointWithSecretSchema } from "@/lib/webhooks/serialize";

export const GET = apiRoute(
  { right: "webhooks:manage", params: endpointIdSchema, doc: { summary: "One webhook endpoint, with its signing secret", response: z.object({ data: endpointWithSecretSchema }), errors: [404] } },
  async ({ db, user, params }) => ({ data: endpointWithSecretForApi(await getEndpoint(db, user, params.id)) }),
);

export const PATCH = apiRoute(
  {
    right: "webhooks:manage",
    params: endpointIdSchema,
    body: endpointChangeSchema,
    doc: { summary: "Change a webhook endpoint (enabling one clears its disabled reason)", response: z.object({ data: endpointViewSchema }), errors: [404] },
  },
  async ({ db, user, params, body }) => ({ data: endpointForApi(await changeEndpoint(db, user, params.id, body)) }),
);

export const DELETE = apiRoute(
  { right: "webhooks:manage", params: endpointIdSchema, doc: { summary: "Delete a webhook endpoint and its delivery history", response: z.object({ deleted: z.literal(true) }), errors: [404] } },
  async ({ db, user, params }) => {
    await deleteEndpoint(db, user, params.id);
    return { deleted: true as const };
  },
);
