import { z } from "zod";
import { apiRoute } from "@/server/route";
import { sendTestMessage } from "@/lib/webhooks/endpoints";
import { endpointIdSchema } from "@/lib/webhooks/input";
import { deliveryForApi, deliveryViewSchema } from "@/lib/webhooks/serialize";

export const POST = apiRoute(
  {
    right: "webhooks:manage",
    params: endpointIdSchema,
    doc: { summary: "Send a webhook.test message to an endpoint now", description: "Sent once, not retried; kept in the delivery history.", response: z.object({ data: deliveryViewSchema }), errors: [404] },
  },
  async ({ db, user, params }) => {
    const { delivery } = await sendTestMessage(db, user, params.id);
    return { data: deliveryForApi(delivery.delivery, delivery.attempts) };
  },
);
