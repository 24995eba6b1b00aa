import { jobFunnel } from "@/lib/applications/funnel";
import { funnelForApi } from "@/lib/applications/serialize";
import { apiRoute } from "@/lib/http/route";
import { jobIdSchema } from "@/lib/jobs/own/input";

export const GET = apiRoute({ right: "applications:manage", params: jobIdSchema }, async ({ db, params }) => {
  return { data: funnelForApi(await jobFunnel(db, params.id)) };
});
