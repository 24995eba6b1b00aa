import { and, eq, type SQL } from "drizzle-orm";
import type { Db } from "@/db";
import { candidates, type User } from "@/db/schema";
import { can } from "@/lib/auth/roles";
import { NotFoundError } from "@/lib/errors";

/** Which profiles the actor may see: every one for recruiters, only their own for a seeker. */
export function visibleCandidates(actor: User): SQL | undefined {
  return can(actor.role, "candidates:manage") ? undefined : eq(candidates.userId, actor.id);
}

/** The candidate row when the actor may see it; anyone else's profile is simply not found. */
export async function findVisibleCandidate(db: Db, actor: User, id: string, options: { forUpdate?: boolean } = {}) {
  const query = db.select().from(candidates).where(and(eq(candidates.id, id), visibleCandidates(actor)));
  const [row] = options.forUpdate ? await query.for("update") : await query;
  if (!row) throw new NotFoundError("Candidate");
  return row;
}
