import { inArray } from "drizzle-orm";
import type { Db } from "@/db";
import { users, type Interviewer } from "@/db/schema";
import { can } from "@/lib/auth/roles";
import { UnprocessableError } from "@/lib/errors";
import type { InterviewerInput } from "./input";

/**
 * Interviewers as stored: Hireflow users (recruiters or admins) by id with their name and e-mail,
 * anyone else by e-mail; one entry per e-mail address.
 */
export async function resolveInterviewers(db: Db, input: InterviewerInput[]): Promise<Interviewer[]> {
  const ids = [...new Set(input.flatMap((i) => ("user_id" in i ? [i.user_id] : [])))];
  const emails = [...new Set(input.flatMap((i) => ("email" in i ? [i.email] : [])))];
  const columns = { id: users.id, email: users.email, name: users.name, role: users.role };
  const found = ids.length ? await db.select(columns).from(users).where(inArray(users.id, ids)) : [];
  const byId = new Map(found.map((u) => [u.id, u]));
  // A colleague typed in by e-mail is linked to their account, so the interview shows in their feed by id too.
  const colleagues = emails.length ? (await db.select(columns).from(users).where(inArray(users.email, emails))).filter((u) => can(u.role, "interviews:manage")) : [];
  const colleagueByEmail = new Map(colleagues.map((u) => [u.email.toLowerCase(), u]));
  const unknown = ids.filter((id) => !byId.get(id) || !can(byId.get(id)!.role, "interviews:manage"));
  if (unknown.length) {
    throw new UnprocessableError(`No recruiter or admin has the id ${unknown.join(", ")}: invite others by e-mail.`, { unknown_user_ids: unknown });
  }
  const result = new Map<string, Interviewer>();
  for (const item of input) {
    const entry: Interviewer =
      "user_id" in item
        ? { user_id: item.user_id, email: byId.get(item.user_id)!.email.toLowerCase(), name: byId.get(item.user_id)!.name }
        : colleagueByEmail.has(item.email)
          ? { user_id: colleagueByEmail.get(item.email)!.id, email: item.email, name: item.name ?? colleagueByEmail.get(item.email)!.name }
          : { user_id: null, email: item.email, name: item.name };
    const existing = result.get(entry.email);
    // A user named by id wins over the same address typed in by hand.
    if (!existing || (!existing.user_id && entry.user_id)) result.set(entry.email, entry);
  }
  return [...result.values()];
}

/** "Ana Silva and Bo Chen", "Ana, Bo and Cy": for the thank-you note and the .ics description. */
export function interviewerNames(interviewers: Interviewer[]): string {
  const names = interviewers.map((i) => i.name || i.email);
  if (names.length <= 1) return names[0] ?? "";
  return `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;
}
