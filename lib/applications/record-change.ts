import type { Db } from "@/db";
import { applicationEvents, type ApplicationRow, type ApplicationStage } from "@/db/schema";
import { applicationStageChanged, emit } from "@/lib/events";
import { pipelineTopic, publish, userTopic } from "@/lib/realtime";
import { onStageEntered } from "./stage-hooks";

type StageChange = {
  application: ApplicationRow;
  /** The seeker who owns the candidate profile, whose own pages hear of the change. */
  ownerUserId: string | null;
  actorId: string | null;
  from: ApplicationStage | null;
  to: ApplicationStage;
  note: string | null;
  now: Date;
};

/**
 * Everything a stage change (or a creation, from null) writes besides the application row, in
 * the caller's transaction: the history row, its outbox event, the realtime notices and the
 * registered stage hooks. Returns the history row's id.
 */
export async function recordStageChange(tx: Db, change: StageChange): Promise<string> {
  const { application, from, to, now } = change;
  const [event] = await tx
    .insert(applicationEvents)
    .values({ applicationId: application.id, actorId: change.actorId, fromStage: from, toStage: to, note: change.note, createdAt: now })
    .returning({ id: applicationEvents.id });
  await emit(tx, applicationStageChanged.create({ applicationId: application.id, eventId: event.id, fromStage: from, toStage: to, actorId: change.actorId }), { now });
  const notice = { type: "application.stage_changed", application_id: application.id, job_id: application.jobId, candidate_id: application.candidateId, from_stage: from, to_stage: to, actor_id: change.actorId };
  // External jobs are the seeker's own business: only a catalogue job's application is on the recruiters' board.
  if (application.jobId) await publish(tx, pipelineTopic, notice);
  if (change.ownerUserId) await publish(tx, userTopic(change.ownerUserId), notice);
  await onStageEntered(tx, application, from, to, now);
  return event.id;
}
