import { aliasedTable, and, asc, desc, eq, inArray, isNotNull, ne, or, sql } from "drizzle-orm";
import type { Db } from "@/db";
import { applicationEvents, applications, candidates, companies, jobs, jobSourceLinks, jobSources, type ApplicationStage, type User } from "@/db/schema";

// Reads for the seeker's own tracker: always scoped to the actor's own candidate profile.
type Actor = Pick<User, "id">;

const ownedBy = (actor: Actor) => sql`${applications.candidateId} in (select ${candidates.id} from ${candidates} where ${candidates.userId} = ${actor.id})`;

export type OwnApplicationRef = { id: string; stage: ApplicationStage };

/** The actor's own applications to these catalogue jobs, by job id (the Save buttons' state). */
export async function ownApplicationsForJobs(db: Db, actor: Actor, jobIds: string[]): Promise<Map<string, OwnApplicationRef>> {
  if (jobIds.length === 0) return new Map();
  const rows = await db
    .select({ id: applications.id, stage: applications.stage, jobId: applications.jobId })
    .from(applications)
    .where(and(ownedBy(actor), inArray(applications.jobId, jobIds)));
  return new Map(rows.map((r) => [r.jobId!, { id: r.id, stage: r.stage }]));
}

export type RepostedApplication = { applicationId: string; stage: ApplicationStage; since: Date; jobTitle: string; company: string | null; source: string | null };

/**
 * The actor's application to another catalogue row of the same job (reposted by another source:
 * same dedupe key or apply URL key), for the "you applied to this job on … via …" warning.
 */
export async function ownApplicationToRepost(db: Db, actor: Actor, jobId: string): Promise<RepostedApplication | null> {
  const target = aliasedTable(jobs, "target");
  const sameJob = or(
    and(isNotNull(target.dedupeKey), eq(jobs.dedupeKey, target.dedupeKey)),
    and(isNotNull(target.applyUrlKey), eq(jobs.applyUrlKey, target.applyUrlKey)),
  );
  const [row] = await db
    .select({ applicationId: applications.id, stage: applications.stage, createdAt: applications.createdAt, jobTitle: jobs.title, company: companies.name, otherJobId: jobs.id })
    .from(target)
    .innerJoin(jobs, and(sameJob, ne(jobs.id, target.id)))
    .innerJoin(applications, eq(applications.jobId, jobs.id))
    .leftJoin(companies, eq(companies.id, jobs.companyId))
    .where(and(eq(target.id, jobId), ownedBy(actor)))
    .orderBy(asc(applications.createdAt))
    .limit(1);
  if (!row) return null;
  const [[applied], [source]] = await Promise.all([
    db
      .select({ at: applicationEvents.createdAt })
      .from(applicationEvents)
      .where(and(eq(applicationEvents.applicationId, row.applicationId), eq(applicationEvents.toStage, "applied")))
      .orderBy(desc(applicationEvents.createdAt))
      .limit(1),
    db
      .select({ name: jobSources.name })
      .from(jobSourceLinks)
      .innerJoin(jobSources, eq(jobSources.id, jobSourceLinks.sourceId))
      .where(eq(jobSourceLinks.jobId, row.otherJobId))
      .orderBy(asc(jobSourceLinks.firstSeenAt))
      .limit(1),
  ]);
  return { applicationId: row.applicationId, stage: row.stage, since: applied?.at ?? row.createdAt, jobTitle: row.jobTitle, company: row.company, source: source?.name ?? null };
}
