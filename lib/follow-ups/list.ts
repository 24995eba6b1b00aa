import { and, asc, eq, inArray, lt, sql } from "drizzle-orm";
import type { Db } from "@/db";
import { applications, candidates, companies, followUps, jobs, type User } from "@/db/schema";
import type { PageOf } from "@/lib/http/pagination";
import { findVisibleApplication } from "@/lib/applications/access";
import { visibleFollowUps } from "./access";
import type { FollowUpListFilters } from "./input";

const columns = {
  id: followUps.id,
  applicationId: followUps.applicationId,
  kind: followUps.kind,
  sequenceId: followUps.sequenceId,
  step: followUps.step,
  interviewId: followUps.interviewId,
  dueAt: followUps.dueAt,
  body: followUps.body,
  status: followUps.status,
  completedAt: followUps.completedAt,
  notifiedAt: followUps.notifiedAt,
  createdAt: followUps.createdAt,
  updatedAt: followUps.updatedAt,
  stage: applications.stage,
  staleSince: applications.staleSince,
  candidateId: candidates.id,
  candidateName: candidates.fullName,
  jobId: jobs.id,
  jobTitle: jobs.title,
  company: companies.name,
  externalJob: applications.externalJob,
};

function listQuery(db: Db) {
  return db
    .select(columns)
    .from(followUps)
    .innerJoin(applications, eq(applications.id, followUps.applicationId))
    .innerJoin(candidates, eq(candidates.id, applications.candidateId))
    .leftJoin(jobs, eq(jobs.id, applications.jobId))
    .leftJoin(companies, eq(companies.id, jobs.companyId));
}

/** A page of the follow-ups the actor may see, soonest due first; an application filter the actor may not see is a 404. */
export async function listFollowUps(db: Db, actor: Pick<User, "id" | "role">, filters: FollowUpListFilters): Promise<PageOf<FollowUpListItem>> {
  if (filters.application_id) await findVisibleApplication(db, actor, filters.application_id);
  const where = and(
    visibleFollowUps(actor),
    filters.status ? inArray(followUps.status, filters.status) : undefined,
    filters.due_before ? lt(followUps.dueAt, filters.due_before) : undefined,
    filters.application_id ? eq(followUps.applicationId, filters.application_id) : undefined,
  );
  const [items, [{ total }]] = await Promise.all([
    listQuery(db)
      .where(where)
      .orderBy(asc(followUps.dueAt), asc(followUps.id))
      .limit(filters.limit)
      .offset((filters.page - 1) * filters.limit),
    db.select({ total: sql<number>`count(*)::int` }).from(followUps).where(where),
  ]);
  return { items, page: filters.page, limit: filters.limit, total: Number(total), totalIsEstimate: false, nextCursor: null };
}

/** One follow-up with its application's context, as lists show it. */
export async function getFollowUpItem(db: Db, id: string): Promise<FollowUpListItem | undefined> {
  const [row] = await listQuery(db).where(eq(followUps.id, id));
  return row;
}

/** A follow-up row with its application, candidate, job and company (left-joined ones nullable). */
export type FollowUpListItem = Awaited<ReturnType<typeof listQuery>>[number];
