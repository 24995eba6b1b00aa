import { sql } from "drizzle-orm";
import type { Db } from "@/db";
import { queryRows } from "@/db/rows";
import { bucketOf, inRange } from "./buckets";
import { bucketStarts, type MetricsRange } from "./range";
import type { MetricsDashboard } from "./schema";

/**
 * Per bucket: follow-ups marked done in it, and follow-ups due in it that are still open
 * (planned or due) although their time has passed. Skipped and cancelled ones count as neither.
 */
export async function followUpsDoneAndOverdue(db: Db, range: MetricsRange, now = new Date()): Promise<MetricsDashboard["followups"]> {
  const completed = sql`f.completed_at`;
  const due = sql`f.due_at`;
  const [done, overdue] = await Promise.all([
    queryRows<{ bucket: string; n: number | string }>(
      db,
      sql`select ${bucketOf(completed, range)} as bucket, count(*)::int as n from follow_ups f
          where f.status = 'done' and ${inRange(completed, range)} group by 1`,
    ),
    queryRows<{ bucket: string; n: number | string }>(
      db,
      sql`select ${bucketOf(due, range)} as bucket, count(*)::int as n from follow_ups f
          where f.status in ('planned', 'due') and f.due_at < ${now.toISOString()}::timestamptz and ${inRange(due, range)} group by 1`,
    ),
  ]);
  const doneBy = new Map(done.map((row) => [row.bucket, Number(row.n)]));
  const overdueBy = new Map(overdue.map((row) => [row.bucket, Number(row.n)]));
  const buckets = bucketStarts(range).map((start) => ({ start, done: doneBy.get(start) ?? 0, overdue: overdueBy.get(start) ?? 0 }));
  return {
    done: buckets.reduce((sum, b) => sum + b.done, 0),
    overdue: buckets.reduce((sum, b) => sum + b.overdue, 0),
    buckets,
  };
}
