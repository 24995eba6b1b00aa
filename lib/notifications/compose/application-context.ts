import { eq, inArray } from "drizzle-orm";
import type { Db } from "@/db";
import { applications, candidates, companies, jobs } from "@/db/schema";

export type ApplicationContext = {
  id: string;
  candidateName: string;
  /** The seeker who owns the candidate profile, if any. */
  candidateUserId: string | null;
  /** "Data engineer at Acme", or the external job's title and company. */
  jobLabel: string;
  jobId: string | null;
  /** The recruiter who posted the job (synced jobs have none). */
  jobCreatedBy: string | null;
  createdBy: string | null;
};

const label = (title: string | null | undefined, company: string | null | undefined) => (title ? (company ? `${title} at ${company}` : title) : "a job");

/** What a notification about these applications needs to say and whom it concerns, by id. */
export async function applicationContexts(db: Db, ids: readonly string[]): Promise<Map<string, ApplicationContext>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({
      id: applications.id,
      externalJob: applications.externalJob,
      createdBy: applications.createdBy,
      candidateName: candidates.fullName,
      candidateUserId: candidates.userId,
      jobId: jobs.id,
      jobTitle: jobs.title,
      jobCreatedBy: jobs.createdBy,
      company: companies.name,
    })
    .from(applications)
    .innerJoin(candidates, eq(candidates.id, applications.candidateId))
    .leftJoin(jobs, eq(jobs.id, applications.jobId))
    .leftJoin(companies, eq(companies.id, jobs.companyId))
    .where(inArray(applications.id, [...new Set(ids)]));
  return new Map(
    rows.map((r) => [
      r.id,
      {
        id: r.id,
        candidateName: r.candidateName || "A candidate",
        candidateUserId: r.candidateUserId,
        jobLabel: r.jobTitle ? label(r.jobTitle, r.company) : label(r.externalJob?.title, r.externalJob?.company),
        jobId: r.jobId,
        jobCreatedBy: r.jobCreatedBy,
        createdBy: r.createdBy,
      },
    ]),
  );
}
