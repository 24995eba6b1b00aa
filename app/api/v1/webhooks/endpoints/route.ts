import { z } from "zod";
import { apiRoute } from "@/server/route";
import { createEndpoint, listEndpoints } from "@/lib/webhooks/endpoints";
import { endpointCreateSchema } from "@/lib/webhooks/input";
import { endpointForApi, endpointViewSchema, endpointWithSecretForApi, endpointWithSecretSchema } from "@/lib/webhooks/serialize";

export const GET = apiRoute(
  { right: "webhooks:manage", doc: { summary: "List outbound webhook endpoints", response: z.object({ data: z.array(endpointViewSchema) }) } },
  async ({ db, user }) => ({ data: (await listEndpoints(db, user)).map(endpointForApi) }),
);

export const POST = apiRoute(
  {
    right: "webhooks:manage",
    body: endpointCreateSchema,
    doc: {
      summary: "Register an outbound webhook endpoint",
      description: "The answer carries the generated signing secret (whsec_...). The URL must be https and resolve to public addresses in production.",
      response: z.object({ data: endpointWithSecretSchema }),
      status: 201,
    },
  },
  async ({ db, user, body }) => Response.json({ data: endpointWithSecretForApi(await createEndpoint(db, user, body)) }, { status: 201 }),
);
