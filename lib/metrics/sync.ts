import { sql } from "drizzle-orm";
import type { Db } from "@/db";
import { queryRows } from "@/db/rows";
import { bucketOf, inRange } from "./buckets";
import { bucketStarts, type MetricsRange } from "./range";
import type { MetricsDashboard } from "./schema";

/** More bars than this per chart cannot be read; the page says how many runs there were. */
export const shownRunsLimit = 60;

const runStart = sql`coalesce(r.started_at, r.created_at)`;

/** Jobs inserted by sync runs started in each bucket, per source, every bucket present (zeros too). */
export async function ingestedPerBucket(db: Db, range: MetricsRange): Promise<MetricsDashboard["ingested"]> {
  const rows = await queryRows<{ bucket: string; source: string; jobs: number | string }>(
    db,
    sql`select ${bucketOf(runStart, range)} as bucket, s.name as source, sum(coalesce((r.counts->>'inserted')::int, 0))::int as jobs
        from sync_runs r join job_sources s on s.id = r.source_id
        where ${inRange(runStart, range)}
        group by 1, 2
        having sum(coalesce((r.counts->>'inserted')::int, 0)) > 0
        order by 2`,
  );
  const sources = [...new Set(rows.map((row) => row.source))];
  const buckets = bucketStarts(range).map((start) => ({ start, total: 0, counts: Object.fromEntries(sources.map((s) => [s, 0])) as Record<string, number> }));
  const byStart = new Map(buckets.map((b) => [b.start, b]));
  for (const row of rows) {
    const bucket = byStart.get(row.bucket);
    if (!bucket) continue;
    bucket.counts[row.source] = Number(row.jobs);
    bucket.total += Number(row.jobs);
  }
  return { sources, buckets };
}

type RunRow = { id: string; source: string; status: string; started: Date | string; seconds: number | string | null; fetched: number | string; duplicates: number | string; failures: number | string };

/** Sync runs started in the range: how many, and the latest `shownRunsLimit` of them, oldest first. */
export async function syncRunsInRange(db: Db, range: MetricsRange): Promise<MetricsDashboard["runs"]> {
  const [{ total }] = await queryRows<{ total: number | string }>(db, sql`select count(*)::int as total from sync_runs r where ${inRange(runStart, range)}`);
  const rows = await queryRows<RunRow>(
    db,
    sql`select * from (
          select r.id, s.name as source, r.status::text as status, ${runStart} as started,
                 extract(epoch from (r.finished_at - r.started_at)) as seconds,
                 coalesce((r.counts->>'fetched')::int, 0) as fetched,
                 coalesce((r.counts->>'duplicates')::int, 0) as duplicates,
                 coalesce((r.counts->>'failed')::int, 0) as failures
          from sync_runs r join job_sources s on s.id = r.source_id
          where ${inRange(runStart, range)}
          order by ${runStart} desc, r.id desc
          limit ${shownRunsLimit}
        ) latest order by started, id`,
  );
  return {
    total: Number(total),
    shown: rows.map((row) => ({
      id: row.id,
      source: row.source,
      status: row.status,
      started: new Date(row.started).toISOString(),
      seconds: row.seconds === null ? null : Math.round(Number(row.seconds) * 10) / 10,
      fetched: Number(row.fetched),
      duplicates: Number(row.duplicates),
      failures: Number(row.failures),
    })),
  };
}

/** Finished runs' durations per source: count, median and longest, in seconds. */
export async function syncDurationsBySource(db: Db, range: MetricsRange): Promise<MetricsDashboard["durations"]> {
  const rows = await queryRows<{ source: string; runs: number | string; median: number | string | null; longest: number | string | null }>(
    db,
    sql`select s.name as source, count(*)::int as runs,
               percentile_cont(0.5) within group (order by extract(epoch from (r.finished_at - r.started_at))) as median,
               max(extract(epoch from (r.finished_at - r.started_at))) as longest
        from sync_runs r join job_sources s on s.id = r.source_id
        where r.started_at is not null and r.finished_at is not null and ${inRange(runStart, range)}
        group by s.name
        order by s.name`,
  );
  const seconds = (value: number | string | null) => (value === null ? null : Math.round(Number(value) * 10) / 10);
  return rows.map((row) => ({ source: row.source, runs: Number(row.runs), median: seconds(row.median), longest: seconds(row.longest) }));
}
