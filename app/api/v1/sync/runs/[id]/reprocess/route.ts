import { z } from "zod";
import { apiRoute } from "@/server/route";
import { requestReprocess, syncRequestedJson } from "@/lib/sync/runs";

export const POST = apiRoute(
  { doc: { summary: "Re-load a finished run's stored pages", response: syncRequestedJson, status: 202, errors: [409, 422] }, right: "sync:run",
    params: z.object({ id: z.string().uuid("Run id must be a UUID") }),
    body: z.object({ scope: z.enum(["failed", "all"]).default("failed") }).default({ scope: "failed" }),
  },
  async ({ db, params, body }) => {
    const run = await requestReprocess(db, params.id, body.scope);
    return Response.json({ run_id: run.id, status: run.status }, { status: 202 });
  },
);
