import { and, desc, eq, sql, type SQL } from "drizzle-orm";
import type { Db } from "@/db";
import { applications, candidates, companies, jobs, type User } from "@/db/schema";
import type { PageOf } from "@/lib/http/pagination";
import { visibleApplications } from "./access";
import type { ListApplicationsFilters } from "./input";

/** The columns a listing and a board show: the application with its candidate's name and its job's title and company. */
export const applicationSummaryColumns = {
  application: applications,
  candidateName: candidates.fullName,
  ownerUserId: candidates.userId,
  jobTitle: jobs.title,
  companyName: companies.name,
};

/** Applications joined to what they point at; the caller adds the scope and filters. */
export function applicationsWithParties(db: Db) {
  return db
    .select(applicationSummaryColumns)
    .from(applications)
    .innerJoin(candidates, eq(candidates.id, applications.candidateId))
    .leftJoin(jobs, eq(jobs.id, applications.jobId))
    .leftJoin(companies, eq(companies.id, jobs.companyId));
}

/** What the applications listing (and its export) shows the actor for these filters. */
export function applicationListConditions(actor: Pick<User, "id" | "role">, filters: Omit<ListApplicationsFilters, "page" | "limit">): SQL | undefined {
  return and(
    visibleApplications(actor),
    filters.job_id ? eq(applications.jobId, filters.job_id) : undefined,
    filters.candidate_id ? eq(applications.candidateId, filters.candidate_id) : undefined,
    filters.stage ? eq(applications.stage, filters.stage) : undefined,
  );
}

/** A page of the applications the actor may see, most recently changed first. */
export async function listApplications(db: Db, actor: Pick<User, "id" | "role">, filters: ListApplicationsFilters) {
  const where = applicationListConditions(actor, filters);
  const [items, [{ total }]] = await Promise.all([
    applicationsWithParties(db)
      .where(where)
      .orderBy(desc(applications.updatedAt), desc(applications.id))
      .limit(filters.limit)
      .offset((filters.page - 1) * filters.limit),
    db
      .select({ total: sql<number>`count(*)::int` })
      .from(applications)
      .innerJoin(candidates, eq(candidates.id, applications.candidateId))
      .where(where),
  ]);
  const page: PageOf<(typeof items)[number]> = { items, page: filters.page, limit: filters.limit, total: Number(total), totalIsEstimate: false, nextCursor: null };
  return page;
}

export type ApplicationSummary = Awaited<ReturnType<typeof listApplications>>["items"][number];
