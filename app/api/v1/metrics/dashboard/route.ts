import { z } from "zod";
import { apiRoute } from "@/server/route";
import { metricsDashboard } from "@/lib/metrics/dashboard";
import { metricsRangeQuery, resolveRange } from "@/lib/metrics/range";
import { metricsDashboardSchema } from "@/lib/metrics/schema";

export const GET = apiRoute(
  {
    right: "dashboard:use",
    query: metricsRangeQuery,
    doc: {
      summary: "The Metrics page's figures for a date range",
      description: "Sync, catalogue, pipeline, matching and follow-up figures for `from`..`to` (UTC days, both included) or a preset `range`; the last 30 days by default.",
      response: z.object({ data: metricsDashboardSchema }),
    },
  },
  async ({ db, query }) => ({ data: await metricsDashboard(db, resolveRange(query)) }),
);
