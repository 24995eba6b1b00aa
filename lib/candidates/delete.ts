import { eq } from "drizzle-orm";
import type { Db } from "@/db";
import { candidates, type User } from "@/db/schema";
import { can } from "@/lib/auth/roles";
import { ForbiddenError } from "@/lib/errors";
import { candidatesChanged, emit } from "@/lib/events";
import { findVisibleCandidate } from "./access";

/** Removes a profile with its resumes, source links and duplicate flags (cascades); matching drops its matches. */
export async function deleteCandidate(db: Db, actor: User, id: string): Promise<{ id: string }> {
  return db.transaction(async (transaction) => {
    const tx = transaction as unknown as Db;
    await findVisibleCandidate(tx, actor, id, { forUpdate: true });
    if (!can(actor.role, "candidates:manage")) throw new ForbiddenError("Ask a recruiter to delete your profile.");
    await tx.delete(candidates).where(eq(candidates.id, id));
    await emit(tx, candidatesChanged.create({ candidateIds: [id] }));
    return { id };
  });
}
