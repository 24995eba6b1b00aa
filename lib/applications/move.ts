import { eq } from "drizzle-orm";
import type { Db } from "@/db";
import { applications, type ApplicationRow, type ApplicationStage, type PlacementRow, type User } from "@/db/schema";
import { can } from "@/lib/auth/roles";
import { ForbiddenError, StageMoveError, StageNotAllowedError } from "@/lib/errors";
import { notifyEventsCommitted } from "@/lib/events";
import { createHirePlacement, type PlacementDetails } from "@/lib/placements/hire";
import { findVisibleApplication, seesWholePipeline } from "./access";
import { recordStageChange } from "./record-change";
import { seekerStages } from "./seeker-stages";
import { allowedNextStages, canMove, noteRequired, stageLabels } from "./stages";

export type MoveApplicationInput = {
  stage: ApplicationStage;
  note?: string | null;
  /** Details of the placement a move to hired creates. */
  placement?: PlacementDetails;
};

type Actor = Pick<User, "id" | "role">;

export type MoveResult = { application: ApplicationRow; eventId: string; placement: PlacementRow | null };

/**
 * Moves an application to another stage if the stage machine allows it: the row, its history
 * event, the stage.changed event, realtime notices, stage hooks and (for a hire) the placement,
 * all in one transaction. Seekers move only their own, and on catalogue jobs only to
 * saved/applied/withdrawn (403 stage_not_allowed); everyone gets 422 for a move the machine refuses.
 */
export async function moveApplication(db: Db, actor: Actor, id: string, input: MoveApplicationInput, options: { now?: Date } = {}): Promise<MoveResult> {
  if (!can(actor.role, "applications:use")) throw new ForbiddenError();
  const note = input.note?.trim() || null;
  const now = options.now ?? new Date();
  const result = await db.transaction(async (transaction) => {
    const tx = transaction as unknown as Db;
    // Locked, so two moves at once apply one after the other and each checks the stage it really leaves.
    const current = await findVisibleApplication(tx, actor, id, { forUpdate: true });
    const from = current.stage;
    const to = input.stage;
    const allowed = allowedNextStages(from);
    if (!canMove(from, to)) {
      const message = allowed.length === 0 ? `${stageLabels[from]} is final: the application cannot move any more.` : `An application in ${stageLabels[from]} cannot move to ${stageLabels[to]}.`;
      throw new StageMoveError("invalid_transition", message, { from, to, allowed });
    }
    if (noteRequired(from, to) && !note) {
      throw new StageMoveError("note_required", `Say why the application leaves ${stageLabels[from]}: a note is required.`, { from, to, allowed });
    }
    if (!seesWholePipeline(actor) && current.jobId && !seekerStages.includes(to)) {
      throw new StageNotAllowedError(`You can mark your application saved, applied or withdrawn; the recruiter moves it to ${stageLabels[to]}.`, {
        from,
        to,
        allowed: allowed.filter((s) => seekerStages.includes(s)),
      });
    }
    const [application] = await tx.update(applications).set({ stage: to, stageChangedAt: now, staleSince: null, updatedAt: now }).where(eq(applications.id, id)).returning();
    const placement = to === "hired" ? await createHirePlacement(tx, actor.id, application, input.placement ?? {}, now) : null;
    const eventId = await recordStageChange(tx, { application, ownerUserId: current.ownerUserId, actorId: actor.id, from, to, note, now });
    return { application, eventId, placement };
  });
  notifyEventsCommitted();
  return result;
}
