import { and, eq, sql, type SQL } from "drizzle-orm";
import type { Db } from "@/db";
import { applications, candidates, followUps, type User } from "@/db/schema";
import { seesWholePipeline } from "@/lib/applications/access";
import { NotFoundError } from "@/lib/errors";

/** Recruiters and admins see every application's follow-ups; a seeker only those of their own applications. */
export function visibleFollowUps(actor: Pick<User, "id" | "role">): SQL | undefined {
  if (seesWholePipeline(actor)) return undefined;
  return sql`exists (select 1 from ${applications} a join ${candidates} c on c.id = a.candidate_id where a.id = ${followUps.applicationId} and c.user_id = ${actor.id})`;
}

/** The follow-up row when the actor may see it (locked for a change when asked); anyone else's is simply not found. */
export async function findVisibleFollowUp(db: Db, actor: Pick<User, "id" | "role">, id: string, options: { forUpdate?: boolean } = {}) {
  const query = db.select().from(followUps).where(and(eq(followUps.id, id), visibleFollowUps(actor)));
  const [row] = options.forUpdate ? await query.for("update") : await query;
  if (!row) throw new NotFoundError("Follow-up");
  return row;
}
