import { z } from "zod";
import { pageResponse, pageSchema } from "@/lib/http/pagination";
import { apiRoute } from "@/server/route";
import { listJobMatches, matchListQuery } from "@/lib/matching/queries";
import { matchForApi, matchJson } from "@/lib/matching/serialize";

export const GET = apiRoute(
  { doc: { summary: "A job's best matching candidates", response: pageSchema(matchJson) }, right: "candidates:read", params: z.object({ id: z.string().uuid("Job id must be a UUID") }), query: matchListQuery },
  async ({ db, params, query }) => pageResponse(await listJobMatches(db, params.id, query), matchForApi),
);
