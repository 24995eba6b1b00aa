import { z } from "zod";
import { config } from "@/lib/config";
import { clientAddress } from "@/lib/http/client-address";
import { createRateLimiter } from "@/lib/http/rate-limit";
import { responseForError } from "@/lib/http/respond";
import { publicRoute } from "@/server/route";
import { withHttpMetrics } from "@/lib/observability/http";
import { apiDocument } from "./document";

const limiter = globalThis as unknown as { __hireflowOpenApiLimit?: (key: string) => void };

// Public, like any API's description (it says what the routes take, nothing of the data), so
// clients and generators can fetch it without a key; rate-limited per address like the webhook.
export const GET = publicRoute(
  {
    access: "no credentials needed; rate-limited per client address.",
    doc: {
      summary: "This OpenAPI 3.1 document",
      description: "Generated from the zod schemas the routes parse and answer with.",
      response: z.object({ openapi: z.string(), info: z.object({ title: z.string(), version: z.string() }).loose(), paths: z.record(z.string(), z.unknown()) }).loose(),
    },
  },
  withHttpMetrics(async (request: Request) => {
    try {
      const cfg = config();
      limiter.__hireflowOpenApiLimit ??= createRateLimiter(cfg.ANONYMOUS_RATE_LIMIT_PER_MINUTE);
      limiter.__hireflowOpenApiLimit(`openapi:${clientAddress(request.headers, cfg)}`);
      return Response.json(apiDocument(), { headers: { "cache-control": "public, max-age=300" } });
    } catch (err) {
      return responseForError(err);
    }
  }),
);
