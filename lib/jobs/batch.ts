import { asc, eq, inArray } from "drizzle-orm";
import type { Db } from "@/db";
import { companies, jobs, jobSourceLinks, jobSources } from "@/db/schema";
import { jobDetailColumns } from "./queries";

// Many jobs' rows in one query each, for loaders that gather a page's worth of ids (lib/graphql).

/** The detail rows of these jobs (missing ids are simply absent). */
export function jobDetailsByIds(db: Db, ids: readonly string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db
    .select(jobDetailColumns)
    .from(jobs)
    .leftJoin(companies, eq(companies.id, jobs.companyId))
    .where(inArray(jobs.id, [...ids]));
}

/** Where each of these jobs was seen, oldest sighting first, grouped by job id. */
export async function jobSourcesByJobIds(db: Db, jobIds: readonly string[]) {
  const rows = jobIds.length
    ? await db
        .select({ jobId: jobSourceLinks.jobId, sourceId: jobSources.id, source: jobSources.name, type: jobSources.type, externalId: jobSourceLinks.externalId, url: jobSourceLinks.url, firstSeenAt: jobSourceLinks.firstSeenAt, lastSeenAt: jobSourceLinks.lastSeenAt })
        .from(jobSourceLinks)
        .innerJoin(jobSources, eq(jobSources.id, jobSourceLinks.sourceId))
        .where(inArray(jobSourceLinks.jobId, [...jobIds]))
        .orderBy(asc(jobSourceLinks.firstSeenAt), asc(jobSourceLinks.id))
    : [];
  const byJob = new Map<string, typeof rows>(jobIds.map((id) => [id, []]));
  for (const row of rows) byJob.get(row.jobId)?.push(row);
  return byJob;
}
