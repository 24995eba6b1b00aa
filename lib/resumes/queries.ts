import { eq } from "drizzle-orm";
import type { Db } from "@/db";
import { resumes, type Resume, type User } from "@/db/schema";
import { can } from "@/lib/auth/roles";
import { NotFoundError } from "@/lib/errors";

/** Whether the actor may see this upload: its owner, or anyone who reads candidates (recruiters, admins). */
export function canSeeResume(actor: User, resume: Pick<Resume, "ownerId">): boolean {
  return resume.ownerId === actor.id || can(actor.role, "candidates:read");
}

/** A resume the actor may see; anyone else's is "not found" to a seeker, so ids reveal nothing. */
export async function getResumeFor(db: Db, actor: User, id: string): Promise<Resume> {
  const [resume] = await db.select().from(resumes).where(eq(resumes.id, id));
  if (!resume || !canSeeResume(actor, resume)) throw new NotFoundError("Resume");
  return resume;
}
