import type { Db } from "@/db";
import { funnelOf } from "@/lib/applications/funnel";
import { openJobsBreakdown } from "./catalogue";
import { followUpsDoneAndOverdue } from "./follow-ups";
import { matchScores } from "./matching";
import type { MetricsRange } from "./range";
import type { MetricsDashboard } from "./schema";
import { ingestedPerBucket, syncDurationsBySource, syncRunsInRange } from "./sync";

/** Every figure of the Metrics page for one range (the open-jobs breakdown is as of now). */
export async function metricsDashboard(db: Db, range: MetricsRange, now = new Date()): Promise<MetricsDashboard> {
  const [ingested, runs, durations, open, funnel, scores, followups] = await Promise.all([
    ingestedPerBucket(db, range),
    syncRunsInRange(db, range),
    syncDurationsBySource(db, range),
    openJobsBreakdown(db),
    funnelOf(db, { createdFrom: range.start, createdTo: range.end }),
    matchScores(db, range),
    followUpsDoneAndOverdue(db, range, now),
  ]);
  return {
    range: { from: range.from, to: range.to, days: range.days, bucket: range.bucket },
    ingested,
    runs,
    durations,
    open,
    funnel: {
      applications: funnel.total,
      rejected: funnel.rejected,
      withdrawn: funnel.withdrawn,
      stages: funnel.steps.map((step) => ({ stage: step.stage, reached: step.reached, current: step.current, conversion: step.conversionFromPrevious, median: step.medianDays })),
    },
    scores,
    followups,
  };
}
