import { z } from "zod";
import { apiRoute } from "@/server/route";
import { redeliver } from "@/lib/webhooks/endpoints";
import { deliveryIdSchema } from "@/lib/webhooks/input";
import { deliveryForApi, deliveryViewSchema } from "@/lib/webhooks/serialize";

export const POST = apiRoute(
  {
    right: "webhooks:manage",
    params: deliveryIdSchema,
    doc: {
      summary: "Send a delivery again now",
      description: "Same body and webhook-id, a new timestamp and signature; the try is added to its history. A success marks it delivered.",
      response: z.object({ data: deliveryViewSchema }),
      errors: [404],
    },
  },
  async ({ db, user, params }) => {
    const { delivery } = await redeliver(db, user, params.id);
    return { data: deliveryForApi(delivery.delivery, delivery.attempts) };
  },
);
