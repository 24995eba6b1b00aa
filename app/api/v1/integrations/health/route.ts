import { apiRoute } from "@/server/route";
import { dailyFigures, dailyFiguresQuerySchema, dailyFiguresSchema } from "@/lib/integrations/daily-figures";

export const GET = apiRoute(
  {
    right: "dashboard:use",
    query: dailyFiguresQuerySchema,
    doc: {
      summary: "The day's figures",
      description: "Jobs processed by syncs, follow-ups scheduled, interviews created, notifications and e-mails sent, and outbound webhook deliveries, for one UTC day (today unless `date`).",
      response: dailyFiguresSchema,
    },
  },
  async ({ db, query }) => dailyFigures(db, query.date),
);
