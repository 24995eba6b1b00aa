import { z } from "zod";
import { pageResponse } from "@/lib/http/pagination";
import { apiRoute } from "@/lib/http/route";
import { listNewMatches, matchListQuery } from "@/lib/matching/queries";
import { matchForApi } from "@/lib/matching/serialize";

const query = matchListQuery.extend({ job_id: z.string().uuid("job_id must be a UUID").optional() });

/** Best matches across open jobs, new ones unless `status` says otherwise (the Matches page). */
export const GET = apiRoute({ right: "candidates:read", query }, async ({ db, query }) => pageResponse(await listNewMatches(db, query), matchForApi));
