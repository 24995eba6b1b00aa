import { eq } from "drizzle-orm";
import type { z } from "zod";
import type { Db } from "@/db";
import { interviews } from "@/db/schema";
import type { interviewChanged } from "@/lib/events";
import { applicationLink, recipientsById, type NotificationDraft } from "../drafts";
import { applicationContexts } from "./application-context";

type InterviewChanged = z.infer<typeof interviewChanged.schema>;

const verbs = { scheduled: "scheduled", rescheduled: "rescheduled", cancelled: "cancelled" } as const;

/** "Tue, 3 Mar 2026, 14:00 (Europe/Madrid)": in the zone the interview was planned in. */
export function formatInterviewTime(at: Date, timeZone: string): string {
  const format = (zone: string) => new Intl.DateTimeFormat("en-GB", { timeZone: zone, weekday: "short", day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit" }).format(at);
  try {
    return `${format(timeZone)} (${timeZone})`;
  } catch {
    return `${format("UTC")} (UTC)`;
  }
}

/** An interview changed: the candidate's seeker, the interviewers who are users and its creator hear of it, except whoever changed it. */
export async function interviewDrafts(db: Db, data: InterviewChanged): Promise<NotificationDraft[]> {
  const [interview] = await db.select().from(interviews).where(eq(interviews.id, data.interviewId));
  if (!interview) return [];
  const app = (await applicationContexts(db, [interview.applicationId])).get(interview.applicationId);
  if (!app) return [];
  const interviewerIds = interview.interviewers.map((i) => i.user_id);
  const people = await recipientsById(db, [app.candidateUserId, ...interviewerIds, interview.createdBy, data.actorId]);
  const when = formatInterviewTime(interview.startsAt, interview.timeZone);
  const where = interview.location ?? interview.videoUrl;
  const verb = verbs[data.change];
  const drafts: NotificationDraft[] = [];
  for (const userId of new Set([app.candidateUserId, ...interviewerIds, interview.createdBy])) {
    const user = userId ? people.get(userId) : undefined;
    if (!user || user.id === data.actorId) continue;
    const own = user.id === app.candidateUserId;
    const subject = own ? `Your interview for ${app.jobLabel}` : `Interview with ${app.candidateName} for ${app.jobLabel}`;
    drafts.push({
      userId: user.id,
      kind: "interview",
      title: `Interview ${verb}: ${own ? app.jobLabel : app.candidateName}`,
      body: `${subject} was ${verb}${data.change === "cancelled" ? "" : ` for ${when}, ${interview.durationMinutes} minutes`}${where && data.change !== "cancelled" ? `, ${where}` : ""}.`,
      link: applicationLink(user.role, app.id),
      data: { interview_id: interview.id, application_id: app.id, change: data.change, starts_at: interview.startsAt.toISOString() },
    });
  }
  return drafts;
}
