import { and, asc, eq, gte, lt, or, sql, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Db } from "@/db";
import { applications, candidates, companies, interviews, jobs, users, type User } from "@/db/schema";
import { can } from "@/lib/auth/roles";
import { NotFoundError } from "@/lib/errors";
import type { PageOf } from "@/lib/http/pagination";

const organizers = alias(users, "organizers");

/** An interview with what its .ics and pages name: the candidate, the job, the organizer. */
const interviewColumns = {
  interview: interviews,
  applicationStage: applications.stage,
  candidateId: candidates.id,
  candidateName: candidates.fullName,
  candidateEmail: candidates.email,
  candidateUserId: candidates.userId,
  jobId: applications.jobId,
  jobTitle: sql<string | null>`coalesce(${jobs.title}, ${applications.externalJob}->>'title')`,
  companyName: sql<string | null>`coalesce(${companies.name}, ${applications.externalJob}->>'company')`,
  organizerName: organizers.name,
  organizerEmail: organizers.email,
};

function withContext(db: Db) {
  return db
    .select(interviewColumns)
    .from(interviews)
    .innerJoin(applications, eq(applications.id, interviews.applicationId))
    .innerJoin(candidates, eq(candidates.id, applications.candidateId))
    .leftJoin(jobs, eq(jobs.id, applications.jobId))
    .leftJoin(companies, eq(companies.id, jobs.companyId))
    .leftJoin(organizers, eq(organizers.id, interviews.createdBy));
}

export type InterviewWithContext = Awaited<ReturnType<ReturnType<typeof withContext>["execute"]>>[number];

/** Recruiters and admins see every interview; a seeker only those of their own applications. */
export function visibleInterviews(actor: Pick<User, "id" | "role">): SQL | undefined {
  return can(actor.role, "interviews:manage") ? undefined : eq(candidates.userId, actor.id);
}

/** One interview the actor may see; anyone else's is simply not found. */
export async function getInterview(db: Db, actor: Pick<User, "id" | "role">, id: string): Promise<InterviewWithContext> {
  const [row] = await withContext(db).where(and(eq(interviews.id, id), visibleInterviews(actor)));
  if (!row) throw new NotFoundError("Interview");
  return row;
}

export type InterviewFilters = { applicationId?: string; from?: Date; to?: Date; status?: "scheduled" | "cancelled" };

/** The actor's visible interviews, soonest first, a page at a time. */
export async function listInterviews(db: Db, actor: Pick<User, "id" | "role">, filters: InterviewFilters, paging: { page: number; limit: number }): Promise<PageOf<InterviewWithContext>> {
  const where = and(
    visibleInterviews(actor),
    filters.applicationId ? eq(interviews.applicationId, filters.applicationId) : undefined,
    filters.from ? gte(interviews.startsAt, filters.from) : undefined,
    filters.to ? lt(interviews.startsAt, filters.to) : undefined,
    filters.status ? eq(interviews.status, filters.status) : undefined,
  );
  const [items, [{ total }]] = await Promise.all([
    withContext(db)
      .where(where)
      .orderBy(asc(interviews.startsAt), asc(interviews.id))
      .limit(paging.limit)
      .offset((paging.page - 1) * paging.limit),
    db
      .select({ total: sql<number>`count(*)::int` })
      .from(interviews)
      .innerJoin(applications, eq(applications.id, interviews.applicationId))
      .innerJoin(candidates, eq(candidates.id, applications.candidateId))
      .where(where),
  ]);
  return { items, page: paging.page, limit: paging.limit, total: Number(total), totalIsEstimate: false, nextCursor: null };
}

/**
 * What a user's calendar feed carries: for staff the interviews they organise or sit on (by user
 * id or by their e-mail), for a seeker those of their own applications; from `since` on.
 */
export async function feedInterviews(db: Db, user: Pick<User, "id" | "role" | "email">, since: Date, limit = 1000): Promise<InterviewWithContext[]> {
  const mine = can(user.role, "interviews:manage")
    ? or(
        eq(interviews.createdBy, user.id),
        sql`${interviews.interviewers} @> ${JSON.stringify([{ user_id: user.id }])}::jsonb`,
        sql`${interviews.interviewers} @> ${JSON.stringify([{ email: user.email.toLowerCase() }])}::jsonb`,
      )
    : eq(candidates.userId, user.id);
  return withContext(db)
    .where(and(mine, gte(interviews.startsAt, since)))
    .orderBy(asc(interviews.startsAt), asc(interviews.id))
    .limit(limit);
}
