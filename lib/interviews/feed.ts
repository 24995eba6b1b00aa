import type { Db } from "@/db";
import type { User } from "@/db/schema";
import { can } from "@/lib/auth/roles";
import { userForCalendarToken } from "./calendar-tokens";
import { interviewFeedIcs } from "./ics";
import { feedInterviews } from "./queries";

/** How far back a feed reaches: last month's interviews stay visible, older ones drop off. */
export const feedPastDays = 30;
/** Refresh hint for subscribing calendars (Google decides for itself; Outlook and Apple honour it). */
export const feedRefreshMinutes = 60;

/** The body of a private feed, or null when the token opens nothing (unknown or revoked). */
export async function calendarFeedForToken(db: Db, token: string, options: { now?: Date; appUrl?: string | null } = {}): Promise<string | null> {
  const user = await userForCalendarToken(db, token);
  return user ? calendarFeedFor(db, user, options) : null;
}

export async function calendarFeedFor(db: Db, user: Pick<User, "id" | "role" | "email">, options: { now?: Date; appUrl?: string | null } = {}): Promise<string> {
  const now = options.now ?? new Date();
  const rows = await feedInterviews(db, user, new Date(now.getTime() - feedPastDays * 86_400_000));
  // The application page is the recruiters'; a seeker's events carry no link they could not open.
  const appUrl = can(user.role, "interviews:manage") ? options.appUrl : null;
  return interviewFeedIcs(rows, { name: "Hireflow interviews", now, appUrl, refreshMinutes: feedRefreshMinutes });
}
