import { z } from "zod";
import { getDb } from "@/db";
import { config } from "@/lib/config";
import { readBodyText } from "@/lib/http/body";
import { clientAddress } from "@/lib/http/client-address";
import { createRateLimiter } from "@/lib/http/rate-limit";
import { responseForError } from "@/lib/http/respond";
import { publicRoute } from "@/server/route";
import { withHttpMetrics } from "@/lib/observability/http";
import { lamodaWebhookEventSchema } from "@/lib/sources/lamoda/webhook";
import { receiveLamodaWebhook } from "@/lib/sync/lamoda-webhook";

const limiter = globalThis as unknown as { __hireflowWebhookLimit?: (key: string) => void };

// Authenticated by the marketplace's HMAC signature, not by a user session or API key; anyone
// can reach it, so it is capped in size and rate-limited per client address before any work.
// Not an apiRoute, so publicRoute hangs its doc (and the body it verifies and parses) on the handler;
// withHttpMetrics times it and gives it a request id as apiRoute does for the others.
export const POST = publicRoute(
  {
    access: "signed by the marketplace: `X-Lamoda-Signature` is the HMAC-SHA256 of `X-Lamoda-Timestamp` and the raw body with LAMODA_WEBHOOK_SECRET; an unsigned or stale call is 401.",
    body: lamodaWebhookEventSchema,
    doc: {
      summary: "Receive a Lamoda marketplace event",
      description: "A redelivered event id changes nothing (`duplicate: true`).",
      response: z.object({ applied: z.boolean(), duplicate: z.boolean(), type: lamodaWebhookEventSchema.shape.type }),
      errors: [401, 422],
    },
  },
  withHttpMetrics(async (request: Request) => {
    try {
      const cfg = config();
      limiter.__hireflowWebhookLimit ??= createRateLimiter(cfg.ANONYMOUS_RATE_LIMIT_PER_MINUTE);
      limiter.__hireflowWebhookLimit(`lamoda:${clientAddress(request.headers, cfg)}`);
      const body = await readBodyText(request, cfg.API_MAX_BODY_BYTES);
      const result = await receiveLamodaWebhook(await getDb(), body, request.headers);
      return Response.json(result, { status: 200 });
    } catch (err) {
      return responseForError(err);
    }
  }),
);
