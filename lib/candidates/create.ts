import { eq } from "drizzle-orm";
import type { Db } from "@/db";
import { candidates, type User } from "@/db/schema";
import { can } from "@/lib/auth/roles";
import { ConflictError, ForbiddenError } from "@/lib/errors";
import { candidatesChanged, candidatesCreated, emit } from "@/lib/events";
import { emitForWebhooks } from "@/lib/webhooks/emit";
import { claimResume } from "./claim-resume";
import { detectDuplicates } from "./duplicates";
import { candidateColumns } from "./fields";
import type { CreateCandidateInput } from "./input";

/**
 * A new candidate profile. Recruiters create any number; a seeker creates their own, once.
 * The resume draft is claimed, duplicates flagged and matching told, all in one transaction.
 */
export async function createCandidate(db: Db, actor: User, input: CreateCandidateInput): Promise<{ id: string }> {
  const forSelf = !can(actor.role, "candidates:manage");
  if (forSelf && !can(actor.role, "candidates:profile")) throw new ForbiddenError();
  return db.transaction(async (transaction) => {
    const tx = transaction as unknown as Db;
    if (forSelf) {
      const [own] = await tx.select({ id: candidates.id }).from(candidates).where(eq(candidates.userId, actor.id));
      if (own) throw new ConflictError("You already have a profile; edit it instead.", { id: own.id });
    }
    const now = new Date();
    const columns = candidateColumns(input);
    const [row] = await tx
      .insert(candidates)
      .values({ ...columns, fullName: columns.fullName ?? "", userId: forSelf ? actor.id : null, createdBy: actor.id, createdAt: now, updatedAt: now })
      .returning({ id: candidates.id });
    if (input.resume_id) await claimResume(tx, actor, input.resume_id, row.id, now);
    await detectDuplicates(tx, [row.id]);
    await emit(tx, candidatesChanged.create({ candidateIds: [row.id] }));
    await emitForWebhooks(tx, "candidate.created", [row.id], (candidateIds) => candidatesCreated.create({ candidateIds }));
    return { id: row.id };
  }).catch((err: unknown) => {
    // Two profiles at once for one seeker: the unique index on user_id refuses the second.
    if (forSelf && isUniqueViolation(err)) throw new ConflictError("You already have a profile; edit it instead.");
    throw err;
  });
}

function isUniqueViolation(err: unknown): boolean {
  for (let e = err as { code?: unknown; cause?: unknown } | undefined, depth = 0; e && depth < 4; e = e.cause as typeof e, depth++) {
    if (e.code === "23505") return true;
  }
  return false;
}
