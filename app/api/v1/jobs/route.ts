import { jobFiltersSchema } from "@/lib/jobs/filters";
import { listJobs } from "@/lib/jobs/queries";
import { jobForApi } from "@/lib/jobs/serialize";
import { apiRoute } from "@/lib/http/route";

export const GET = apiRoute({ right: "jobs:read", query: jobFiltersSchema }, async ({ db, query }) => {
  const result = await listJobs(db, query);
  return { data: result.items.map(jobForApi), page: result.page, limit: result.limit, total: result.total, total_pages: result.totalPages };
});
