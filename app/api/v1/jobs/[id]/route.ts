import { getJob, getJobSources } from "@/lib/jobs/queries";
import { jobIdSchema, updateJobSchema } from "@/lib/jobs/own/input";
import { updateOwnJob } from "@/lib/jobs/own/write";
import { jobDetailForApi } from "@/lib/jobs/serialize";
import { apiRoute } from "@/lib/http/route";

export const GET = apiRoute({ right: "jobs:read", params: jobIdSchema }, async ({ db, params }) => {
  const [job, sources] = await Promise.all([getJob(db, params.id), getJobSources(db, params.id)]);
  return { data: jobDetailForApi(job, sources) };
});

export const PATCH = apiRoute({ right: "jobs:manage", params: jobIdSchema, body: updateJobSchema }, async ({ db, user, params, body }) => {
  await updateOwnJob(db, user, params.id, body);
  const [job, sources] = await Promise.all([getJob(db, params.id), getJobSources(db, params.id)]);
  return { data: jobDetailForApi(job, sources) };
});
