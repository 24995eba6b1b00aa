import { z } from "zod";
import { getJob, getJobSources } from "@/lib/jobs/queries";
import { jobDetailForApi } from "@/lib/jobs/serialize";
import { apiRoute } from "@/lib/http/route";

export const GET = apiRoute({ right: "jobs:read", params: z.object({ id: z.string().uuid("Job id must be a UUID") }) }, async ({ db, params }) => {
  const [job, sources] = await Promise.all([getJob(db, params.id), getJobSources(db, params.id)]);
  return { data: jobDetailForApi(job, sources) };
});
