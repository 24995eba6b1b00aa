import { desc, eq, sql } from "drizzle-orm";
import type { Db } from "@/db";
import { applications, candidates, jobs, placements, type PlacementRow, type User } from "@/db/schema";
import { ForbiddenError, NotFoundError, StageMoveError } from "@/lib/errors";
import { can } from "@/lib/auth/roles";
import { moveApplication } from "@/lib/applications/move";
import { allowedNextStages } from "@/lib/applications/stages";
import type { PageOf } from "@/lib/http/pagination";
import { createHirePlacement, type PlacementDetails } from "./hire";

type Actor = Pick<User, "id" | "role">;

/**
 * Records a hire's details: an application at offer is moved to hired (which makes the
 * placement); a hired one has its placement's details updated. `created` says which happened.
 */
export async function recordPlacement(db: Db, actor: Actor, applicationId: string, details: PlacementDetails, now = new Date()): Promise<{ placement: PlacementRow; created: boolean }> {
  if (!can(actor.role, "placements:manage")) throw new ForbiddenError();
  const [application] = await db.select().from(applications).where(eq(applications.id, applicationId));
  if (!application) throw new NotFoundError("Application");
  if (application.stage === "offer") {
    const { placement } = await moveApplication(db, actor, applicationId, { stage: "hired", placement: details }, { now });
    return { placement: placement!, created: true };
  }
  if (application.stage !== "hired") {
    throw new StageMoveError("invalid_transition", "Only an application at offer can be hired; move it to offer first.", { from: application.stage, to: "hired", allowed: allowedNextStages(application.stage) });
  }
  return db.transaction(async (transaction) => {
    const tx = transaction as unknown as Db;
    const [existing] = await tx.select().from(placements).where(eq(placements.applicationId, applicationId)).for("update");
    // A hire from before placements existed (or imported) gets its placement now.
    if (!existing) return { placement: await createHirePlacement(tx, actor.id, application, details, now), created: true };
    const [placement] = await tx
      .update(placements)
      .set({
        ...(details.startDate !== undefined && { startDate: details.startDate }),
        ...(details.salary !== undefined && { salary: details.salary }),
        ...(details.salaryCurrency !== undefined && { salaryCurrency: details.salaryCurrency?.toUpperCase() ?? null }),
        ...(details.source !== undefined && { source: details.source }),
        updatedAt: now,
      })
      .where(eq(placements.id, existing.id))
      .returning();
    return { placement, created: false };
  });
}

/** Placements made by hires in the pipeline, newest first, with job title and candidate name. */
export async function listPlacements(db: Db, page: number, limit: number) {
  const hires = sql`${placements.applicationId} is not null`;
  const [items, [{ total }]] = await Promise.all([
    db
      .select({ placement: placements, jobTitle: jobs.title, candidateName: candidates.fullName })
      .from(placements)
      .leftJoin(jobs, eq(jobs.id, placements.jobId))
      .leftJoin(candidates, eq(candidates.id, placements.candidateId))
      .where(hires)
      .orderBy(desc(placements.createdAt), desc(placements.id))
      .limit(limit)
      .offset((page - 1) * limit),
    db.select({ total: sql<number>`count(*)::int` }).from(placements).where(hires),
  ]);
  const result: PageOf<(typeof items)[number]> = { items, page, limit, total: Number(total), totalIsEstimate: false, nextCursor: null };
  return result;
}
