import { z } from "zod";
import { pageResponse, pageSchema } from "@/lib/http/pagination";
import { apiRoute } from "@/server/route";
import { listCandidateMatches, matchListQuery } from "@/lib/matching/queries";
import { matchForApi, matchJson } from "@/lib/matching/serialize";

export const GET = apiRoute(
  { doc: { summary: "A candidate's best matching jobs", response: pageSchema(matchJson) }, right: "matches:read", params: z.object({ id: z.string().uuid("Candidate id must be a UUID") }), query: matchListQuery },
  async ({ db, user, params, query }) => pageResponse(await listCandidateMatches(db, user, params.id, query), matchForApi),
);
