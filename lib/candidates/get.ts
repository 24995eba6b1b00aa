import { and, desc, eq, or, sql } from "drizzle-orm";
import type { Db } from "@/db";
import { candidateDuplicates, candidates, candidateSourceLinks, jobSources, resumes, type User } from "@/db/schema";
import { findVisibleCandidate } from "./access";

/** One profile with its resumes, where it was synced from, and whether it may be a duplicate. */
export async function getCandidate(db: Db, actor: User, id: string) {
  const candidate = await findVisibleCandidate(db, actor, id);
  const [files, sources, [flags]] = await Promise.all([
    db
      .select({ id: resumes.id, fileName: resumes.fileName, mediaType: resumes.mediaType, sizeBytes: resumes.sizeBytes, claimedAt: resumes.claimedAt, createdAt: resumes.createdAt })
      .from(resumes)
      .where(eq(resumes.candidateId, id))
      .orderBy(desc(resumes.createdAt), resumes.id),
    db
      .select({ sourceId: jobSources.id, source: jobSources.name, type: jobSources.type, externalId: candidateSourceLinks.externalId, lastSeenAt: candidateSourceLinks.lastSeenAt })
      .from(candidateSourceLinks)
      .innerJoin(jobSources, eq(jobSources.id, candidateSourceLinks.sourceId))
      .where(eq(candidateSourceLinks.candidateId, id))
      .orderBy(jobSources.name, candidateSourceLinks.externalId),
    db
      .select({ open: sql<number>`count(*)::int` })
      .from(candidateDuplicates)
      .where(and(eq(candidateDuplicates.status, "open"), or(eq(candidateDuplicates.candidateId, id), eq(candidateDuplicates.duplicateId, id)))),
  ]);
  return { ...candidate, resumes: files, sources, openDuplicates: Number(flags?.open ?? 0) };
}

export type CandidateDetail = Awaited<ReturnType<typeof getCandidate>>;

/** A seeker's own profile, or null before they create it. */
export async function getOwnCandidate(db: Db, actor: User) {
  const [own] = await db.select({ id: candidates.id }).from(candidates).where(eq(candidates.userId, actor.id));
  return own ? getCandidate(db, actor, own.id) : null;
}
