import { and, eq, isNotNull, or, sql } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "@/db";
import { companies, companyInsights, jobs } from "@/db/schema";
import { NotFoundError } from "@/lib/errors";

// What the catalogue knows of a company, for a seeker looking at one of its jobs: open jobs, the
// skills and salaries of what it hires for now (open or posted in the last 90 days), and how fast
// it posts. Computed from our own rows and kept in company_insights for 30 days.

export const INSIGHT_TTL_DAYS = 30;
/** The window the posting pace and "hiring now" are judged over. */
export const INSIGHT_WINDOW_DAYS = 90;
const day = 24 * 60 * 60 * 1000;

const insightData = z.object({
  openJobs: z.number(),
  topSkills: z.array(z.object({ name: z.string(), jobs: z.number() })),
  salaryRanges: z.array(z.object({ currency: z.string(), min: z.number(), max: z.number(), median: z.number(), jobs: z.number() })),
  postingsLast90Days: z.number(),
  postingsPerWeek: z.number(),
  newestPostingAt: z.string().nullable(),
});
export type InsightData = z.infer<typeof insightData>;
export type CompanyInsight = InsightData & { company: { id: string; name: string; website: string | null }; computedAt: Date; expiresAt: Date };

const postedAt = sql`coalesce(${jobs.postedAt}, ${jobs.createdAt})`;

/** Computes the insight now from the company's jobs. */
export async function computeInsight(db: Db, companyId: string, now: Date): Promise<InsightData> {
  const since = new Date(now.getTime() - INSIGHT_WINDOW_DAYS * day);
  const hiring = and(eq(jobs.companyId, companyId), or(eq(jobs.status, "open"), sql`${postedAt} >= ${since.toISOString()}::timestamptz`));
  const low = sql<number>`coalesce(${jobs.salaryMin}, ${jobs.salaryMax})`;
  const high = sql<number>`coalesce(${jobs.salaryMax}, ${jobs.salaryMin})`;
  const [[pace], skills, salaries] = await Promise.all([
    db
      .select({
        open: sql<number>`count(*) filter (where ${jobs.status} = 'open')::int`,
        recent: sql<number>`count(*) filter (where ${postedAt} >= ${since.toISOString()}::timestamptz)::int`,
        newest: sql<string | null>`max(${postedAt})`,
      })
      .from(jobs)
      .where(eq(jobs.companyId, companyId)),
    db
      .select({ name: sql<string>`skill`, jobs: sql<number>`count(*)::int` })
      .from(sql`${jobs}, unnest(${jobs.skills}) as skill`)
      .where(hiring)
      .groupBy(sql`skill`)
      .orderBy(sql`count(*) desc`, sql`skill`)
      .limit(10),
    db
      .select({
        currency: sql<string>`${jobs.salaryCurrency}`,
        min: sql<number>`min(${low})`,
        max: sql<number>`max(${high})`,
        median: sql<number>`percentile_cont(0.5) within group (order by (${low} + ${high}) / 2.0)`,
        jobs: sql<number>`count(*)::int`,
      })
      .from(jobs)
      .where(and(hiring, isNotNull(jobs.salaryCurrency), sql`${low} is not null`))
      .groupBy(jobs.salaryCurrency)
      .orderBy(sql`count(*) desc`, jobs.salaryCurrency),
  ]);
  const recent = Number(pace?.recent ?? 0);
  return {
    openJobs: Number(pace?.open ?? 0),
    topSkills: skills.map((s) => ({ name: s.name, jobs: Number(s.jobs) })),
    salaryRanges: salaries.map((s) => ({ currency: s.currency, min: Number(s.min), max: Number(s.max), median: Math.round(Number(s.median)), jobs: Number(s.jobs) })),
    postingsLast90Days: recent,
    postingsPerWeek: Math.round((recent / (INSIGHT_WINDOW_DAYS / 7)) * 10) / 10,
    newestPostingAt: pace?.newest ? new Date(pace.newest).toISOString() : null,
  };
}

/** The company's insight: the stored one while younger than 30 days, else computed again and stored. */
export async function companyInsight(db: Db, companyId: string, now = new Date()): Promise<CompanyInsight> {
  const [company] = await db.select({ id: companies.id, name: companies.name, website: companies.website }).from(companies).where(eq(companies.id, companyId));
  if (!company) throw new NotFoundError("Company");
  const [stored] = await db.select().from(companyInsights).where(eq(companyInsights.companyId, companyId));
  const fresh = stored && now.getTime() - stored.computedAt.getTime() < INSIGHT_TTL_DAYS * day ? insightData.safeParse(stored.data) : null;
  if (stored && fresh?.success) return { ...fresh.data, company, computedAt: stored.computedAt, expiresAt: new Date(stored.computedAt.getTime() + INSIGHT_TTL_DAYS * day) };
  const data = await computeInsight(db, companyId, now);
  await db
    .insert(companyInsights)
    .values({ companyId, data, computedAt: now })
    .onConflictDoUpdate({ target: companyInsights.companyId, set: { data, computedAt: now } });
  return { ...data, company, computedAt: now, expiresAt: new Date(now.getTime() + INSIGHT_TTL_DAYS * day) };
}

export const insightJson = z.object({
  company: z.object({ id: z.uuid(), name: z.string(), website: z.string().nullable() }),
  open_jobs: z.number().int(),
  top_skills: z.array(z.object({ name: z.string(), jobs: z.number().int() })),
  salary_ranges: z.array(z.object({ currency: z.string(), min: z.number(), max: z.number(), median: z.number(), jobs: z.number().int() })),
  postings_last_90_days: z.number().int(),
  postings_per_week: z.number(),
  newest_posting_at: z.iso.datetime().nullable(),
  computed_at: z.iso.datetime(),
  expires_at: z.iso.datetime(),
});

export function insightForApi(i: CompanyInsight): z.infer<typeof insightJson> {
  return {
    company: i.company,
    open_jobs: i.openJobs,
    top_skills: i.topSkills,
    salary_ranges: i.salaryRanges,
    postings_last_90_days: i.postingsLast90Days,
    postings_per_week: i.postingsPerWeek,
    newest_posting_at: i.newestPostingAt,
    computed_at: i.computedAt.toISOString(),
    expires_at: i.expiresAt.toISOString(),
  };
}

export type CompanyInsightView = ReturnType<typeof insightForApi>;
