import { count, eq, sql } from "drizzle-orm";
import type { Db } from "@/db";
import { candidates, companies, jobs } from "@/db/schema";

export type WeeklyPostings = { week: string; jobs: number }[];

/** Headline numbers and postings per week for the last `weeks` weeks (oldest first). */
export async function metricsOverview(db: Db, weeks = 8, now = new Date()) {
  const since = new Date(now.getTime() - weeks * 7 * 24 * 60 * 60 * 1000);
  const [[openJobs], [allCompanies], [allCandidates], perWeek, byCountry] = await Promise.all([
    db.select({ n: count() }).from(jobs).where(eq(jobs.status, "open")),
    db.select({ n: count() }).from(companies),
    db.select({ n: count() }).from(candidates),
    db
      .select({ week: sql<string>`to_char(date_trunc('week', ${jobs.postedAt}), 'YYYY-MM-DD')`, jobs: count() })
      .from(jobs)
      .where(sql`${jobs.postedAt} >= ${since.toISOString()}`)
      .groupBy(sql`1`)
      .orderBy(sql`1`),
    db
      .select({ country: sql<string>`coalesce(${jobs.countryCode}, 'Remote / unknown')`, jobs: count() })
      .from(jobs)
      .where(eq(jobs.status, "open"))
      .groupBy(sql`1`)
      .orderBy(sql`2 desc`)
      .limit(8),
  ]);
  return { openJobs: openJobs.n, companies: allCompanies.n, candidates: allCandidates.n, perWeek: perWeek as WeeklyPostings, byCountry };
}
