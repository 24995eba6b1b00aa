import { z } from "zod";
import { apiRoute } from "@/server/route";
import { rotateSecret } from "@/lib/webhooks/endpoints";
import { endpointIdSchema } from "@/lib/webhooks/input";
import { endpointWithSecretForApi, endpointWithSecretSchema } from "@/lib/webhooks/serialize";

export const POST = apiRoute(
  { right: "webhooks:manage", params: endpointIdSchema, doc: { summary: "Replace an endpoint's signing secret", response: z.object({ data: endpointWithSecretSchema }), errors: [404] } },
  async ({ db, user, params }) => ({ data: endpointWithSecretForApi(await rotateSecret(db, user, params.id)) }),
);
