import { sql } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "@/db";
import { queryRows } from "@/db/rows";
import { ValidationError } from "@/lib/errors";

export const dailyFiguresQuerySchema = z.object({
  /** The UTC day to report (YYYY-MM-DD); today when omitted. */
  date: z.iso.date().optional(),
});

export const dailyFiguresSchema = z.object({
  date: z.iso.date(),
  from: z.iso.datetime(),
  to: z.iso.datetime(),
  /** Records the syncs that finished this day fetched and ran through the pipeline. */
  jobs_processed: z.number().int().nonnegative(),
  follow_ups_scheduled: z.number().int().nonnegative(),
  interviews_created: z.number().int().nonnegative(),
  /** Notifications recorded (every one shows in the app). */
  notifications_sent: z.number().int().nonnegative(),
  /** Of those, the ones e-mailed this day. */
  emails_sent: z.number().int().nonnegative(),
});

export type DailyFigures = z.infer<typeof dailyFiguresSchema>;

/** The UTC day [from, to) that `date` (YYYY-MM-DD) names, or today's. */
export function utcDay(date: string | undefined, now = new Date()): { date: string; from: Date; to: Date } {
  const day = date ?? now.toISOString().slice(0, 10);
  const from = new Date(`${day}T00:00:00.000Z`);
  if (Number.isNaN(from.getTime())) throw new ValidationError("`date` is not a calendar day (YYYY-MM-DD).");
  return { date: day, from, to: new Date(from.getTime() + 24 * 3600_000) };
}

/** One UTC day's activity: what an integration (or a person) checks to see the day's work happened. */
export async function dailyFigures(db: Db, date?: string, now = new Date()): Promise<DailyFigures> {
  const day = utcDay(date, now);
  const from = day.from.toISOString();
  const to = day.to.toISOString();
  const within = (column: string) => sql`${sql.identifier(column)} >= ${from}::timestamptz and ${sql.identifier(column)} < ${to}::timestamptz`;
  const [row] = await queryRows<{ jobs: number; follow_ups: number; interviews: number; notifications: number; emails: number }>(
    db,
    sql`select
          (select coalesce(sum((counts->>'fetched')::bigint), 0)::int from sync_runs where ${within("finished_at")}) as jobs,
          (select count(*)::int from follow_ups where ${within("created_at")}) as follow_ups,
          (select count(*)::int from interviews where ${within("created_at")}) as interviews,
          (select count(*)::int from notifications where ${within("created_at")}) as notifications,
          (select count(*)::int from notifications where ${within("emailed_at")}) as emails`,
  );
  return {
    date: day.date,
    from,
    to,
    jobs_processed: row?.jobs ?? 0,
    follow_ups_scheduled: row?.follow_ups ?? 0,
    interviews_created: row?.interviews ?? 0,
    notifications_sent: row?.notifications ?? 0,
    emails_sent: row?.emails ?? 0,
  };
}
