import { apiRoute } from "@/server/route";
import { pageResponse } from "@/lib/http/pagination";
import { listDeliveries } from "@/lib/webhooks/endpoints";
import { deliveryListSchema, endpointIdSchema } from "@/lib/webhooks/input";
import { deliveryForApi, deliveryViewSchema, pageSchemaOf } from "@/lib/webhooks/serialize";

export const GET = apiRoute(
  {
    right: "webhooks:manage",
    params: endpointIdSchema,
    query: deliveryListSchema,
    doc: { summary: "An endpoint's deliveries, newest first, each with every attempt", response: pageSchemaOf(deliveryViewSchema), errors: [404] },
  },
  async ({ db, user, params, query }) => pageResponse(await listDeliveries(db, user, params.id, query), (d) => deliveryForApi(d.delivery, d.attempts)),
);
