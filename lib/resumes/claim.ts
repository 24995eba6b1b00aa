import { and, eq, isNull } from "drizzle-orm";
import type { Db } from "@/db";
import { resumes, type Resume, type User } from "@/db/schema";
import { ConflictError, NotFoundError } from "@/lib/errors";

/**
 * Attaches a draft resume to the candidate created from it, in the caller's transaction.
 * 404 when the resume is unknown or not the actor's upload (admins may claim any), 409 when a
 * candidate already has it. The conditional update makes two claims of one draft a 409, not two owners.
 */
export async function claimResume(tx: Db, resumeId: string, candidateId: string, actor: User, now = new Date()): Promise<Resume> {
  const [resume] = await tx.select({ id: resumes.id, ownerId: resumes.ownerId, candidateId: resumes.candidateId }).from(resumes).where(eq(resumes.id, resumeId));
  if (!resume || (resume.ownerId !== actor.id && actor.role !== "admin")) throw new NotFoundError("Resume");
  if (resume.candidateId) throw new ConflictError("This resume already belongs to a candidate.", { resume_id: resumeId, candidate_id: resume.candidateId });
  const [claimed] = await tx
    .update(resumes)
    .set({ candidateId, claimedAt: now })
    .where(and(eq(resumes.id, resumeId), isNull(resumes.candidateId)))
    .returning();
  if (!claimed) throw new ConflictError("This resume already belongs to a candidate.", { resume_id: resumeId });
  return claimed;
}
