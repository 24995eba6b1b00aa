import { z } from "zod";
import { getJob, getJobSources } from "@/lib/jobs/queries";
import { jobIdSchema, updateJobSchema } from "@/lib/jobs/own/input";
import { updateOwnJob } from "@/lib/jobs/own/write";
import { jobDetailForApi, jobDetailJson } from "@/lib/jobs/serialize";
import { apiRoute } from "@/server/route";

export const GET = apiRoute({ doc: { summary: "One job with its description and sources", response: z.object({ data: jobDetailJson }) }, right: "jobs:read", params: jobIdSchema }, async ({ db, params }) => {
  const [job, sources] = await Promise.all([getJob(db, params.id), getJobSources(db, params.id)]);
  return { data: jobDetailForApi(job, sources) };
});

export const PATCH = apiRoute({ doc: { summary: "Change one of our own jobs", description: "Synced jobs belong to their source and cannot be edited.", response: z.object({ data: jobDetailJson }), errors: [409, 422] }, right: "jobs:manage", params: jobIdSchema, body: updateJobSchema }, async ({ db, user, params, body }) => {
  await updateOwnJob(db, user, params.id, body);
  const [job, sources] = await Promise.all([getJob(db, params.id), getJobSources(db, params.id)]);
  return { data: jobDetailForApi(job, sources) };
});
