import type { MetricsDashboard } from "./schema";

/** Nothing happened in the range: no runs, applications, matches or follow-ups (open jobs are a snapshot, not counted). */
export function isQuietRange(d: MetricsDashboard): boolean {
  return d.runs.total === 0 && d.funnel.applications === 0 && d.scores.matches === 0 && d.followups.done === 0 && d.followups.overdue === 0;
}
