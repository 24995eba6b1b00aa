import { z } from "zod";
import { getJob } from "@/lib/jobs/queries";
import { jobDetailForApi } from "@/lib/jobs/serialize";
import { apiRoute } from "@/lib/http/route";

export const GET = apiRoute({ right: "jobs:read", params: z.object({ id: z.string().uuid("Job id must be a UUID") }) }, async ({ db, params }) => ({
  data: jobDetailForApi(await getJob(db, params.id)),
}));
