import { z } from "zod";
import { apiRoute } from "@/server/route";
import { getSyncRun, syncRunDetailJson } from "@/lib/sync/runs";

export const GET = apiRoute({ doc: { summary: "One sync run with its counts and errors", response: syncRunDetailJson }, right: "sources:read", params: z.object({ id: z.string().uuid("Run id must be a UUID") }) }, async ({ db, params }) =>
  getSyncRun(db, params.id),
);
