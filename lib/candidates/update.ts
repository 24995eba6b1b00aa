import { eq } from "drizzle-orm";
import type { Db } from "@/db";
import { candidates, type User } from "@/db/schema";
import { candidatesChanged, emit } from "@/lib/events";
import { findVisibleCandidate } from "./access";
import { claimResume } from "./claim-resume";
import { detectDuplicates } from "./duplicates";
import { candidateColumns } from "./fields";
import type { UpdateCandidateInput } from "./input";

/** PATCH semantics: the fields present change (null clears one), the rest stay; `resume_id` claims a newer upload. */
export async function updateCandidate(db: Db, actor: User, id: string, input: UpdateCandidateInput): Promise<{ id: string }> {
  return db.transaction(async (transaction) => {
    const tx = transaction as unknown as Db;
    const current = await findVisibleCandidate(tx, actor, id, { forUpdate: true });
    const columns = candidateColumns(input, current);
    if (Object.keys(columns).length === 0 && !input.resume_id) return { id };
    const now = new Date();
    if (input.resume_id) await claimResume(tx, actor, input.resume_id, id, now);
    await tx.update(candidates).set({ ...columns, updatedAt: now }).where(eq(candidates.id, id));
    await detectDuplicates(tx, [id]);
    await emit(tx, candidatesChanged.create({ candidateIds: [id] }));
    return { id };
  });
}
