import { z } from "zod";
import { pageResponse } from "@/lib/http/pagination";
import { apiRoute } from "@/lib/http/route";
import { listJobMatches, matchListQuery } from "@/lib/matching/queries";
import { matchForApi } from "@/lib/matching/serialize";

export const GET = apiRoute(
  { right: "candidates:read", params: z.object({ id: z.string().uuid("Job id must be a UUID") }), query: matchListQuery },
  async ({ db, params, query }) => pageResponse(await listJobMatches(db, params.id, query), matchForApi),
);
