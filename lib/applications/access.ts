import { and, eq, type SQL } from "drizzle-orm";
import type { Db } from "@/db";
import { applications, candidates, type ApplicationRow, type User } from "@/db/schema";
import { can } from "@/lib/auth/roles";
import { NotFoundError } from "@/lib/errors";

/** Recruiters and admins run the whole pipeline; a seeker only ever sees their own profile's applications. */
export function seesWholePipeline(actor: Pick<User, "role">): boolean {
  return can(actor.role, "applications:manage");
}

/** The condition that scopes a query on applications (joined to candidates) to what the actor may see. */
export function visibleApplications(actor: Pick<User, "id" | "role">): SQL | undefined {
  return seesWholePipeline(actor) ? undefined : eq(candidates.userId, actor.id);
}

/** The application when the actor may see it (locked for update when asked); anyone else's is simply not found. */
export async function findVisibleApplication(db: Db, actor: Pick<User, "id" | "role">, id: string, options: { forUpdate?: boolean } = {}): Promise<ApplicationRow & { ownerUserId: string | null }> {
  const query = db
    .select({ application: applications, ownerUserId: candidates.userId })
    .from(applications)
    .innerJoin(candidates, eq(candidates.id, applications.candidateId))
    .where(and(eq(applications.id, id), visibleApplications(actor)));
  const [row] = options.forUpdate ? await query.for("update", { of: applications }) : await query;
  if (!row) throw new NotFoundError("Application");
  return { ...row.application, ownerUserId: row.ownerUserId };
}
