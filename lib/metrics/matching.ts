import { sql } from "drizzle-orm";
import type { Db } from "@/db";
import { queryRows } from "@/db/rows";
import { inRange } from "./buckets";
import type { MetricsRange } from "./range";
import type { MetricsDashboard } from "./schema";

/** A strong match, as the matching pages call it. */
export const strongMatchScore = 0.85;
export const topStrongJobs = 10;

/** Matches created in the range: how many per tenth of score (all ten, zeros too) and the jobs with most strong ones. */
export async function matchScores(db: Db, range: MetricsRange): Promise<MetricsDashboard["scores"]> {
  const created = sql`m.created_at`;
  const [tenths, strong] = await Promise.all([
    queryRows<{ tenth: number | string; matches: number | string }>(
      db,
      // A perfect 1.0 belongs in the top bucket, not an eleventh.
      sql`select least(floor(m.score * 10), 9)::int as tenth, count(*)::int as matches from matches m where ${inRange(created, range)} group by 1`,
    ),
    queryRows<{ job: string; title: string; company: string | null; matches: number | string }>(
      db,
      sql`select j.id as job, j.title, c.name as company, count(*)::int as matches
          from matches m join jobs j on j.id = m.job_id left join companies c on c.id = j.company_id
          where m.score >= ${strongMatchScore} and ${inRange(created, range)}
          group by j.id, j.title, c.name
          order by 4 desc, j.title, j.id
          limit ${topStrongJobs}`,
    ),
  ]);
  const perTenth = new Map(tenths.map((row) => [Number(row.tenth), Number(row.matches)]));
  const buckets = Array.from({ length: 10 }, (_, i) => ({ low: i / 10, high: (i + 1) / 10, matches: perTenth.get(i) ?? 0 }));
  return {
    matches: buckets.reduce((sum, b) => sum + b.matches, 0),
    buckets,
    strong: strong.map((row) => ({ job: row.job, title: row.title, company: row.company, matches: Number(row.matches) })),
  };
}
