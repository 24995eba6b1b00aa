import ical, { ICalAlarmType, ICalAttendeeRole, ICalAttendeeStatus, ICalCalendarMethod, ICalEventStatus, type ICalCalendar } from "ical-generator";
import { safeHttpUrl } from "@/lib/links/safe-http-url";
import { interviewerNames } from "./interviewers";
import { interviewTypeLabels } from "./labels";
import type { InterviewWithContext } from "./queries";
import { interviewEndsAt } from "./thank-you";

// iCalendar (RFC 5545) with ical-generator. Times are written in UTC: every client places the
// instant right without a VTIMEZONE, and the zone the interview was planned in is named in the text.

const prodId = { company: "Hireflow", product: "Interviews", language: "EN" };

/** Reminders a day, an hour and a quarter of an hour before (seconds before the start). */
export const reminderSeconds = [86_400, 3_600, 900] as const;

/** "Video interview: Ana Silva — Backend Engineer (Acme)". */
export function interviewSummary(row: InterviewWithContext): string {
  const job = row.jobTitle ? ` — ${row.jobTitle}${row.companyName ? ` (${row.companyName})` : ""}` : "";
  return `${interviewTypeLabels[row.interview.type]} interview: ${row.candidateName}${job}`;
}

function describe(row: InterviewWithContext, appUrl: string | null): string {
  const { interview } = row;
  const when = new Intl.DateTimeFormat("en-GB", { timeZone: interview.timeZone, dateStyle: "full", timeStyle: "short" }).format(interview.startsAt);
  const lines = [
    interviewSummary(row),
    `When: ${when} (${interview.timeZone}), ${interview.durationMinutes} minutes`,
    interview.location ? `Where: ${interview.location}` : null,
    interview.videoUrl ? `Video link: ${interview.videoUrl}` : null,
    interview.interviewers.length ? `Interviewers: ${interviewerNames(interview.interviewers)}` : null,
    interview.status === "cancelled" ? "This interview was cancelled." : null,
    appUrl ? `Application: ${appUrl}/applications/${interview.applicationId}` : null,
  ];
  return lines.filter(Boolean).join("\n");
}

function addEvent(calendar: ICalCalendar, row: InterviewWithContext, now: Date, appUrl: string | null): void {
  const { interview } = row;
  const cancelled = interview.status === "cancelled";
  const attendees = [
    ...(row.candidateEmail ? [{ email: row.candidateEmail, name: row.candidateName }] : []),
    ...interview.interviewers.map((i) => ({ email: i.email, name: i.name })),
  ];
  const event = calendar.createEvent({
    id: interview.uid,
    sequence: interview.sequence,
    stamp: now,
    created: interview.createdAt,
    lastModified: interview.updatedAt,
    start: interview.startsAt,
    end: interviewEndsAt(interview),
    summary: interviewSummary(row),
    description: describe(row, appUrl),
    location: interview.location ?? (interview.videoUrl ? interview.videoUrl : null),
    url: safeHttpUrl(interview.videoUrl),
    status: cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    organizer: row.organizerEmail ? { name: row.organizerName ?? row.organizerEmail, email: row.organizerEmail } : null,
    attendees: attendees.map((a) => ({ email: a.email, name: a.name ?? undefined, role: ICalAttendeeRole.REQ, status: ICalAttendeeStatus.NEEDSACTION, rsvp: !cancelled })),
  });
  for (const seconds of reminderSeconds) {
    event.createAlarm({ type: ICalAlarmType.display, triggerBefore: seconds, description: `Reminder: ${interviewSummary(row)}` });
  }
}

/**
 * One interview's file to download or mail: METHOD:REQUEST while it stands, METHOD:CANCEL once
 * cancelled, so a calendar that imported it updates (same UID, higher SEQUENCE) or removes it.
 */
export function interviewIcs(row: InterviewWithContext, options: { now?: Date; appUrl?: string | null } = {}): string {
  const cancelled = row.interview.status === "cancelled";
  const calendar = ical({ prodId, method: cancelled ? ICalCalendarMethod.CANCEL : ICalCalendarMethod.REQUEST });
  addEvent(calendar, row, options.now ?? new Date(), options.appUrl ?? null);
  return calendar.toString();
}

/** A subscribed feed: no METHOD (a published calendar), its name, and how often to refresh it. */
export function interviewFeedIcs(rows: InterviewWithContext[], options: { name: string; now?: Date; appUrl?: string | null; refreshMinutes?: number }): string {
  const calendar = ical({ prodId, name: options.name, ttl: (options.refreshMinutes ?? 60) * 60 });
  const now = options.now ?? new Date();
  for (const row of rows) addEvent(calendar, row, now, options.appUrl ?? null);
  return calendar.toString();
}

/** `interview-2027-03-10-ana-silva.ics`: a file name that says what it is, ASCII only. */
export function interviewFileName(row: InterviewWithContext): string {
  const slug = row.candidateName
    .normalize("NFKD")
    .replace(/[^\w\s-]/g, "")
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, "-")
    .slice(0, 40);
  return `interview-${row.interview.startsAt.toISOString().slice(0, 10)}${slug ? `-${slug}` : ""}.ics`;
}
