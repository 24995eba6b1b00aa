import { and, eq, sql, type SQL } from "drizzle-orm";
import type { Db } from "@/db";
import { applications, candidates, followUps, type User } from "@/db/schema";
import { can } from "@/lib/auth/roles";
import { NotFoundError } from "@/lib/errors";

/** Recruiters and admins see every application's follow-ups; a seeker only those of their own applications. */
export function visibleFollowUps(actor: Pick<User, "id" | "role">): SQL | undefined {
  if (can(actor.role, "dashboard:use")) return undefined;
  return sql`exists (select 1 from ${applications} a join ${candidates} c on c.id = a.candidate_id where a.id = ${followUps.applicationId} and c.user_id = ${actor.id})`;
}

/** The application when the actor may see it; anyone else's is simply not found. */
export async function assertVisibleApplication(db: Db, actor: Pick<User, "id" | "role">, applicationId: string): Promise<void> {
  const [row] = await db
    .select({ id: applications.id })
    .from(applications)
    .innerJoin(candidates, eq(candidates.id, applications.candidateId))
    .where(and(eq(applications.id, applicationId), can(actor.role, "dashboard:use") ? undefined : eq(candidates.userId, actor.id)));
  if (!row) throw new NotFoundError("Application");
}

/** The follow-up row when the actor may see it (locked for a change when asked). */
export async function findVisibleFollowUp(db: Db, actor: Pick<User, "id" | "role">, id: string, options: { forUpdate?: boolean } = {}) {
  const query = db.select().from(followUps).where(and(eq(followUps.id, id), visibleFollowUps(actor)));
  const [row] = options.forUpdate ? await query.for("update") : await query;
  if (!row) throw new NotFoundError("Follow-up");
  return row;
}
