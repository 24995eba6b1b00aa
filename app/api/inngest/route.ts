import { serve } from "inngest/next";
import type { NextRequest } from "next/server";
import { inngest } from "@/inngest/client";
import { inngestEndpointMode } from "@/inngest/endpoint";
import { functions } from "@/inngest/functions";
import { config } from "@/lib/config";
import { errorResponse } from "@/lib/http/respond";
import { withHttpMetrics } from "@/lib/observability/http";
import { log } from "@/lib/observability/log";

// The endpoint a real Inngest (Dev Server, self-hosted or Cloud) calls to run our functions.
const sdk = serve({ client: inngest, functions });

type SdkHandler = (request: NextRequest, context: unknown) => Promise<Response>;

function guarded(handler: SdkHandler): SdkHandler {
  return withHttpMetrics(async (request: NextRequest, context: unknown) => {
    const mode = inngestEndpointMode(config());
    if (mode === "closed") return errorResponse(404, "not_found", "This page was not found.");
    if (mode === "missing_signing_key") {
      log.error("INNGEST_SIGNING_KEY is not set; refusing to serve /api/inngest unsigned");
      return errorResponse(503, "unavailable", "Background functions are not available.");
    }
    return handler(request, context);
  });
}

export const GET = guarded(sdk.GET);
export const POST = guarded(sdk.POST);
export const PUT = guarded(sdk.PUT);

// Inngest never calls these; in embedded mode they answer the same 404 as the others.
const notServed: SdkHandler = async () => errorResponse(405, "method_not_allowed", "This method is not served here.");
export const PATCH = guarded(notServed);
export const DELETE = guarded(notServed);
