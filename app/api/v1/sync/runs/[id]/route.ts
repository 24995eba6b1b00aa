import { z } from "zod";
import { apiRoute } from "@/lib/http/route";
import { getSyncRun } from "@/lib/sync/runs";

export const GET = apiRoute({ right: "sources:read", params: z.object({ id: z.string().uuid("Run id must be a UUID") }) }, async ({ db, params }) =>
  getSyncRun(db, params.id),
);
