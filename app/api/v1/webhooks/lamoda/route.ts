import { getDb } from "@/db";
import { config } from "@/lib/config";
import { readBodyText } from "@/lib/http/body";
import { clientAddress } from "@/lib/http/client-address";
import { createRateLimiter } from "@/lib/http/rate-limit";
import { responseForError } from "@/lib/http/respond";
import { withHttpMetrics } from "@/lib/observability/http";
import { receiveLamodaWebhook } from "@/lib/sync/lamoda-webhook";

const limiter = globalThis as unknown as { __hireflowWebhookLimit?: (key: string) => void };

// Authenticated by the marketplace's HMAC signature, not by a user session or API key; anyone
// can reach it, so it is capped in size and rate-limited per client address before any work.
export const POST = withHttpMetrics(async (request: Request) => {
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
});
