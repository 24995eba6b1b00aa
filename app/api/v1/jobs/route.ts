import { jobFiltersSchema } from "@/lib/jobs/filters";
import { createJobSchema } from "@/lib/jobs/own/input";
import { createOwnJob } from "@/lib/jobs/own/write";
import { listJobs } from "@/lib/jobs/queries";
import { jobForApi } from "@/lib/jobs/serialize";
import { apiRoute } from "@/lib/http/route";
import { pageResponse } from "@/lib/http/pagination";

export const GET = apiRoute({ right: "jobs:read", query: jobFiltersSchema }, async ({ db, query, request }) => {
  return pageResponse(await listJobs(db, query, { signal: request.signal }), jobForApi);
});

export const POST = apiRoute({ right: "jobs:manage", body: createJobSchema }, async ({ db, user, body }) => {
  return Response.json(await createOwnJob(db, user, body), { status: 201 });
});
