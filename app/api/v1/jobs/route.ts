import { jobFiltersSchema } from "@/lib/jobs/filters";
import { listJobs } from "@/lib/jobs/queries";
import { jobForApi } from "@/lib/jobs/serialize";
import { apiRoute } from "@/lib/http/route";
import { pageResponse } from "@/lib/http/pagination";

export const GET = apiRoute({ right: "jobs:read", query: jobFiltersSchema }, async ({ db, query, request }) => {
  return pageResponse(await listJobs(db, query, { signal: request.signal }), jobForApi);
});
