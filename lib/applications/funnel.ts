import { eq, sql, type SQL } from "drizzle-orm";
import type { Db } from "@/db";
import { queryRows } from "@/db/rows";
import { jobs, type ApplicationStage } from "@/db/schema";
import { NotFoundError } from "@/lib/errors";

/** The funnel's steps in order: the open stages, then hired. */
export const funnelStages = ["saved", "applied", "screening", "interview_scheduled", "interviewing", "offer", "hired"] as const satisfies readonly ApplicationStage[];

export type FunnelStep = {
  stage: ApplicationStage;
  /** Applications that got at least this far (a skipped stage counts as passed through). */
  reached: number;
  /** Now in this stage. */
  current: number;
  /** reached here / reached at the previous step; null for the first step or when none reached it. */
  conversionFromPrevious: number | null;
  /** Median days spent in this stage by applications that have left it; null when none has. */
  medianDays: number | null;
};

export type Funnel = { jobId: string; total: number; rejected: number; withdrawn: number; steps: FunnelStep[] };

type Row = { stage: ApplicationStage; reached: number | string; current: number | string; median_days: number | string | null };

/** Which applications a funnel counts: one job's, or (the Metrics page) every job's created in [from, to). */
export type FunnelScope = { jobId: string } | { createdFrom: Date; createdTo: Date };

function scopeCondition(scope: FunnelScope): SQL {
  if ("jobId" in scope) return sql`a.job_id = ${scope.jobId}`;
  return sql`a.job_id is not null and a.created_at >= ${scope.createdFrom.toISOString()}::timestamptz and a.created_at < ${scope.createdTo.toISOString()}::timestamptz`;
}

/** A job's funnel (see funnelOf); NotFoundError when the job does not exist. */
export async function jobFunnel(db: Db, jobId: string): Promise<Funnel> {
  const [job] = await db.select({ id: jobs.id }).from(jobs).where(eq(jobs.id, jobId));
  if (!job) throw new NotFoundError("Job");
  return { jobId, ...(await funnelOf(db, { jobId })) };
}

/**
 * The funnel of the applications in scope, from their application_events: how far each got (its
 * furthest stage, so skipping screening still passes it), how many are in each stage now, and the
 * median days per stage over completed stays (an event's stage lasts until the application's next event).
 */
export async function funnelOf(db: Db, scope: FunnelScope): Promise<Omit<Funnel, "jobId">> {
  const inScope = scopeCondition(scope);
  const order = sql.raw(`array[${funnelStages.map((s) => `'${s}'`).join(", ")}]::application_stage[]`);
  const rows = await queryRows<Row>(
    db,
    sql`
      with stays as (
        select e.application_id, e.to_stage,
               extract(epoch from (lead(e.created_at) over w - e.created_at)) / 86400.0 as days
        from application_events e
        join applications a on a.id = e.application_id
        where ${inScope}
        window w as (partition by e.application_id order by e.created_at, e.id)
      ),
      furthest as (
        select application_id, max(array_position(${order}, to_stage)) as step from stays group by application_id
      ),
      steps as (select stage, step from unnest(${order}) with ordinality as s(stage, step))
      select s.stage,
             (select count(*) from furthest f where f.step >= s.step)::int as reached,
             (select count(*) from applications a where ${inScope} and a.stage = s.stage)::int as current,
             (select percentile_cont(0.5) within group (order by st.days) from stays st where st.to_stage = s.stage and st.days is not null) as median_days
      from steps s
      order by s.step`,
  );
  const [totals] = await queryRows<{ total: number | string; rejected: number | string; withdrawn: number | string }>(
    db,
    sql`select count(*)::int as total,
               count(*) filter (where a.stage = 'rejected')::int as rejected,
               count(*) filter (where a.stage = 'withdrawn')::int as withdrawn
        from applications a where ${inScope}`,
  );
  const steps = rows.map((row, i): FunnelStep => {
    const reached = Number(row.reached);
    const previous = i > 0 ? Number(rows[i - 1].reached) : 0;
    return {
      stage: row.stage,
      reached,
      current: Number(row.current),
      conversionFromPrevious: i === 0 || previous === 0 ? null : Math.round((reached / previous) * 1000) / 1000,
      medianDays: row.median_days === null ? null : Math.round(Number(row.median_days) * 10) / 10,
    };
  });
  return { total: Number(totals.total), rejected: Number(totals.rejected), withdrawn: Number(totals.withdrawn), steps };
}
