import { inArray } from "drizzle-orm";
import type { z } from "zod";
import type { Db } from "@/db";
import { followUps } from "@/db/schema";
import type { followUpsDue } from "@/lib/events";
import { applicationLink, countOf, recipientsById, type NotificationDraft } from "../drafts";
import { applicationContexts, type ApplicationContext } from "./application-context";

type FollowUpsDue = z.infer<typeof followUpsDue.schema>;

/** Whose task a follow-up is: the seeker's on their own application, else the recruiter's who made the application. */
export function followUpOwner(app: Pick<ApplicationContext, "candidateUserId" | "createdBy">): string | null {
  if (app.candidateUserId && (app.createdBy === null || app.createdBy === app.candidateUserId)) return app.candidateUserId;
  return app.createdBy;
}

/** Follow-ups fell due: each owner gets one notification for all of theirs in the event. */
export async function followUpsDueDrafts(db: Db, data: FollowUpsDue): Promise<NotificationDraft[]> {
  const due = await db
    .select({ id: followUps.id, applicationId: followUps.applicationId, body: followUps.body, dueAt: followUps.dueAt })
    .from(followUps)
    .where(inArray(followUps.id, [...new Set(data.followUpIds)]));
  const apps = await applicationContexts(db, due.map((f) => f.applicationId));
  const byOwner = new Map<string, Array<(typeof due)[number] & { app: ApplicationContext }>>();
  for (const followUp of due.sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime())) {
    const app = apps.get(followUp.applicationId);
    const owner = app ? followUpOwner(app) : null;
    if (!app || !owner) continue;
    byOwner.set(owner, [...(byOwner.get(owner) ?? []), { ...followUp, app }]);
  }
  const people = await recipientsById(db, [...byOwner.keys()]);
  const drafts: NotificationDraft[] = [];
  for (const [userId, items] of byOwner) {
    const user = people.get(userId);
    if (!user) continue;
    const [first] = items;
    const own = user.id === first.app.candidateUserId;
    const about = own ? first.app.jobLabel : `${first.app.candidateName} (${first.app.jobLabel})`;
    drafts.push({
      userId,
      kind: "follow_up_due",
      title: items.length === 1 ? `Follow-up due: ${about}` : `${countOf(items.length, "follow-up")} due`,
      body: items.length === 1 ? first.body : items.map((i) => `• ${own ? i.app.jobLabel : `${i.app.candidateName} (${i.app.jobLabel})`}`).join("\n"),
      link: items.length === 1 ? applicationLink(user.role, first.app.id) : user.role === "seeker" ? "/portal" : "/follow-ups",
      data: { follow_up_ids: items.map((i) => i.id) },
    });
  }
  return drafts;
}
