import { z } from "zod";
import { applicationStages } from "@/db/schema";

// The dashboard's one shape: lib/metrics builds it, GET /api/v1/metrics/dashboard returns it and
// the page's charts read it. Keys are single words, so it is the API's snake_case shape as it is.

const count = z.number().int().nonnegative();
const day = z.string().describe("YYYY-MM-DD (UTC)");
const labelled = z.array(z.object({ label: z.string(), jobs: count }));

export const metricsDashboardSchema = z.object({
  range: z.object({
    from: day,
    to: day,
    days: count,
    bucket: z.enum(["day", "week"]).describe("Time series are per day up to 31 days, else per week starting Monday."),
  }),
  ingested: z
    .object({
      sources: z.array(z.string()),
      buckets: z.array(z.object({ start: day, total: count, counts: z.record(z.string(), count).describe("New jobs by source name.") })),
    })
    .describe("Jobs inserted by sync runs started in each bucket, by source."),
  runs: z
    .object({
      total: count,
      shown: z.array(
        z.object({
          id: z.string(),
          source: z.string(),
          status: z.string(),
          started: z.string().describe("ISO 8601"),
          seconds: z.number().nullable().describe("Duration; null while the run has not finished."),
          fetched: count,
          duplicates: count,
          failures: count,
        }),
      ),
    })
    .describe("Sync runs started in the range: how many, and the latest 60, oldest first."),
  durations: z
    .array(z.object({ source: z.string(), runs: count, median: z.number().nullable(), longest: z.number().nullable() }))
    .describe("Finished runs' durations in seconds by source."),
  open: z
    .object({ total: count, countries: labelled, levels: labelled, remote: labelled })
    .describe("Open jobs now (not limited to the range): top countries, levels, remote or on-site."),
  funnel: z
    .object({
      applications: count,
      rejected: count,
      withdrawn: count,
      stages: z.array(
        z.object({
          stage: z.enum(applicationStages),
          reached: count,
          current: count,
          conversion: z.number().nullable().describe("reached / reached at the previous stage"),
          median: z.number().nullable().describe("Median days in the stage over completed stays"),
        }),
      ),
    })
    .describe("The hiring funnel of applications to catalogue jobs created in the range."),
  scores: z
    .object({
      matches: count,
      buckets: z.array(z.object({ low: z.number(), high: z.number(), matches: count })),
      strong: z.array(z.object({ job: z.string(), title: z.string(), company: z.string().nullable(), matches: count })),
    })
    .describe("Matches created in the range: score distribution in tenths, and the jobs with most strong matches (score >= 0.85)."),
  followups: z
    .object({
      done: count,
      overdue: count,
      buckets: z.array(z.object({ start: day, done: count, overdue: count })),
    })
    .describe("Follow-ups completed in each bucket, and those due in it and still not done."),
});

export type MetricsDashboard = z.infer<typeof metricsDashboardSchema>;
