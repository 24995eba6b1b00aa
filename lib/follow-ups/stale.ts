import { and, asc, eq, isNotNull, sql } from "drizzle-orm";
import type { Db } from "@/db";
import { applications, candidates, companies, jobs, type User } from "@/db/schema";
import { visibleApplications } from "@/lib/applications/access";
import { daysSince, staleSuggestion, type StaleSuggestion } from "./stale-suggestion";

export type StaleApplication = {
  id: string;
  stage: (typeof applications.$inferSelect)["stage"];
  stageChangedAt: Date;
  staleSince: Date;
  candidateName: string;
  jobTitle: string | null;
  company: string | null;
  suggestion: StaleSuggestion;
};

/** The flagged applications the actor may see, quiet longest first, each with its suggested next step. */
export async function listStaleApplications(db: Db, actor: Pick<User, "id" | "role">, options: { limit: number; now?: Date }): Promise<{ items: StaleApplication[]; total: number }> {
  const now = options.now ?? new Date();
  const where = and(isNotNull(applications.staleSince), visibleApplications(actor));
  const [rows, [{ total }]] = await Promise.all([
    db
      .select({
        id: applications.id,
        stage: applications.stage,
        stageChangedAt: applications.stageChangedAt,
        staleSince: applications.staleSince,
        candidateName: candidates.fullName,
        jobTitle: sql<string | null>`coalesce(${jobs.title}, ${applications.externalJob}->>'title')`,
        company: sql<string | null>`coalesce(${companies.name}, ${applications.externalJob}->>'company')`,
      })
      .from(applications)
      .innerJoin(candidates, eq(candidates.id, applications.candidateId))
      .leftJoin(jobs, eq(jobs.id, applications.jobId))
      .leftJoin(companies, eq(companies.id, jobs.companyId))
      .where(where)
      .orderBy(asc(applications.stageChangedAt), asc(applications.id))
      .limit(options.limit),
    db.select({ total: sql<number>`count(*)::int` }).from(applications).innerJoin(candidates, eq(candidates.id, applications.candidateId)).where(where),
  ]);
  const items = rows.flatMap((r) => {
    const suggestion = staleSuggestion(r.stage, daysSince(r.stageChangedAt, now));
    return suggestion && r.staleSince ? [{ ...r, staleSince: r.staleSince, suggestion }] : [];
  });
  return { items, total: Number(total) };
}
