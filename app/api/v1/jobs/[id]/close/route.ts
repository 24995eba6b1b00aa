import { jobIdSchema } from "@/lib/jobs/own/input";
import { closeOwnJob } from "@/lib/jobs/own/write";
import { apiRoute } from "@/lib/http/route";

export const POST = apiRoute({ right: "jobs:manage", params: jobIdSchema }, async ({ db, user, params }) => {
  return closeOwnJob(db, user, params.id);
});
