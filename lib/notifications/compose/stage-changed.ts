import type { z } from "zod";
import type { Db } from "@/db";
import { stageLabels } from "@/lib/applications/stages";
import type { applicationStageChanged } from "@/lib/events";
import { applicationLink, recipientsById, type NotificationDraft } from "../drafts";
import { applicationContexts } from "./application-context";

type StageChanged = z.infer<typeof applicationStageChanged.schema>;

/**
 * An application moved (or was created): its candidate's seeker and its job's recruiter hear
 * of it, unless they made the change themselves. A seeker's own "saved" is nobody else's news.
 */
export async function stageChangedDrafts(db: Db, data: StageChanged): Promise<NotificationDraft[]> {
  if (data.fromStage === null && data.toStage === "saved") return [];
  const app = (await applicationContexts(db, [data.applicationId])).get(data.applicationId);
  if (!app) return [];
  const people = await recipientsById(db, [app.candidateUserId, app.jobCreatedBy, data.actorId]);
  const actorName = data.actorId ? people.get(data.actorId)?.name : null;
  const by = actorName ? ` by ${actorName}` : "";
  const move = data.fromStage ? `from ${stageLabels[data.fromStage]} to ${stageLabels[data.toStage]}` : `as ${stageLabels[data.toStage]}`;
  const drafts: NotificationDraft[] = [];
  for (const userId of [app.candidateUserId, app.jobCreatedBy]) {
    const user = userId ? people.get(userId) : undefined;
    if (!user || user.id === data.actorId) continue;
    const own = user.id === app.candidateUserId;
    drafts.push({
      userId: user.id,
      kind: "stage_changed",
      title: own ? `Your application for ${app.jobLabel}: ${stageLabels[data.toStage]}` : `${app.candidateName}: ${stageLabels[data.toStage]}`,
      body: data.fromStage
        ? `${own ? "Your application" : `${app.candidateName}'s application`} for ${app.jobLabel} moved ${move}${by}.`
        : `${own ? "An application" : `${app.candidateName}'s application`} for ${app.jobLabel} was added ${move}${by}.`,
      link: applicationLink(user.role, app.id),
      data: { application_id: app.id, from_stage: data.fromStage, to_stage: data.toStage, event_id: data.eventId },
    });
  }
  return drafts;
}
