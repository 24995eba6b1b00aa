import { eq } from "drizzle-orm";
import type { Db } from "@/db";
import { resumes, type User } from "@/db/schema";
import { ConflictError, NotFoundError } from "@/lib/errors";

/** Claims a draft upload for a candidate: only its uploader may, and only once. */
export async function claimResume(tx: Db, actor: User, resumeId: string, candidateId: string, now: Date) {
  const [resume] = await tx.select({ ownerId: resumes.ownerId, candidateId: resumes.candidateId }).from(resumes).where(eq(resumes.id, resumeId)).for("update");
  if (!resume || resume.ownerId !== actor.id) throw new NotFoundError("Resume");
  if (resume.candidateId) throw new ConflictError("This resume already belongs to a candidate.", { resume_id: resumeId });
  await tx.update(resumes).set({ candidateId, claimedAt: now }).where(eq(resumes.id, resumeId));
}
