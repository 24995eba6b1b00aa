import { z } from "zod";
import { pageResponse, pageSchema } from "@/lib/http/pagination";
import { apiRoute } from "@/server/route";
import { listNewMatches, matchListQuery } from "@/lib/matching/queries";
import { matchForApi, matchJson } from "@/lib/matching/serialize";

const query = matchListQuery.extend({ job_id: z.string().uuid("job_id must be a UUID").optional() });

/** Best matches across open jobs, new ones unless `status` says otherwise (the Matches page). */
export const GET = apiRoute({ doc: { summary: "Best matches across open jobs", description: "New ones unless `status` says otherwise.", response: pageSchema(matchJson) }, right: "candidates:read", query }, async ({ db, query }) => pageResponse(await listNewMatches(db, query), matchForApi));
