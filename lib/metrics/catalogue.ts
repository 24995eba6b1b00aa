import { sql } from "drizzle-orm";
import type { Db } from "@/db";
import { queryRows } from "@/db/rows";
import { seniorityLevels } from "@/lib/jobs/vocabulary";
import type { MetricsDashboard } from "./schema";

/** Countries past this many are summed as "Other", so the chart stays readable. */
export const topCountries = 10;

type Labelled = { label: string; jobs: number }[];

/** Open jobs now, by country (the largest first, then "Other"), by level (in seniority order) and remote or on-site. */
export async function openJobsBreakdown(db: Db): Promise<MetricsDashboard["open"]> {
  const [countries, levels, remote] = await Promise.all([
    queryRows<{ label: string; jobs: number | string }>(
      db,
      sql`select coalesce(country_code, 'Unknown') as label, count(*)::int as jobs from jobs where status = 'open' group by 1 order by 2 desc, 1`,
    ),
    queryRows<{ label: string | null; jobs: number | string }>(db, sql`select level::text as label, count(*)::int as jobs from jobs where status = 'open' group by 1`),
    queryRows<{ remote: boolean; jobs: number | string }>(db, sql`select remote, count(*)::int as jobs from jobs where status = 'open' group by 1 order by 1 desc`),
  ]);
  const top: Labelled = countries.slice(0, topCountries).map((row) => ({ label: row.label, jobs: Number(row.jobs) }));
  const rest = countries.slice(topCountries).reduce((sum, row) => sum + Number(row.jobs), 0);
  if (rest > 0) top.push({ label: "Other", jobs: rest });
  const rank = (label: string | null) => (label === null ? seniorityLevels.length : seniorityLevels.indexOf(label as (typeof seniorityLevels)[number]));
  const byLevel = [...levels].sort((a, b) => rank(a.label) - rank(b.label)).map((row) => ({ label: row.label ?? "Unspecified", jobs: Number(row.jobs) }));
  return {
    total: top.reduce((sum, row) => sum + row.jobs, 0),
    countries: top,
    levels: byLevel,
    remote: remote.map((row) => ({ label: row.remote ? "Remote" : "On-site", jobs: Number(row.jobs) })),
  };
}
