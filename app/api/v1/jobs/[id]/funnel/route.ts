import { z } from "zod";
import { jobFunnel } from "@/lib/applications/funnel";
import { funnelForApi, funnelJson } from "@/lib/applications/serialize";
import { apiRoute } from "@/server/route";
import { jobIdSchema } from "@/lib/jobs/own/input";

export const GET = apiRoute({ doc: { summary: "A job's hiring funnel", description: "How many applications reached each stage, conversion and median days.", response: z.object({ data: funnelJson }) }, right: "applications:manage", params: jobIdSchema }, async ({ db, params }) => {
  return { data: funnelForApi(await jobFunnel(db, params.id)) };
});
