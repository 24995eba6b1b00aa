import { z } from "zod";
import { jobFiltersSchema } from "@/lib/jobs/filters";
import { createJobSchema } from "@/lib/jobs/own/input";
import { createOwnJob } from "@/lib/jobs/own/write";
import { listJobsCached } from "@/lib/jobs/page-cache";
import { jobForApi, jobJson } from "@/lib/jobs/serialize";
import { apiRoute } from "@/server/route";
import { pageResponse, pageSchema } from "@/lib/http/pagination";

export const GET = apiRoute({ doc: { summary: "List and search jobs", description: "Filters, full-text `q` and cursor paging.", response: pageSchema(jobJson) }, right: "jobs:read", query: jobFiltersSchema }, async ({ db, query, request }) => {
  return pageResponse(await listJobsCached(db, query, { signal: request.signal }), jobForApi);
});

export const POST = apiRoute({ doc: { summary: "Post a job of our own", response: z.object({ id: z.uuid() }), status: 201, errors: [409, 422] }, right: "jobs:manage", body: createJobSchema }, async ({ db, user, body }) => {
  return Response.json(await createOwnJob(db, user, body), { status: 201 });
});
