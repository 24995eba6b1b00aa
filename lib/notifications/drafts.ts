import { inArray } from "drizzle-orm";
import type { Db } from "@/db";
import { users, type NotificationKind, type User } from "@/db/schema";

/** One notification to record for one user; the outbox event id is added when it is recorded. */
export type NotificationDraft = {
  userId: string;
  kind: NotificationKind;
  title: string;
  body: string;
  /** An app path, e.g. /applications/<id>. */
  link: string | null;
  data?: Record<string, unknown>;
};

export type Recipient = Pick<User, "id" | "name" | "role" | "email">;

/** The users named (unknown or deleted ones dropped), by id. */
export async function recipientsById(db: Db, ids: ReadonlyArray<string | null | undefined>): Promise<Map<string, Recipient>> {
  const wanted = [...new Set(ids.filter((id): id is string => Boolean(id)))];
  if (wanted.length === 0) return new Map();
  const rows = await db.select({ id: users.id, name: users.name, role: users.role, email: users.email }).from(users).where(inArray(users.id, wanted));
  return new Map(rows.map((r) => [r.id, r]));
}

/** Where an application opens for this user: seekers have their own tracker. */
export function applicationLink(role: User["role"], applicationId: string): string {
  return role === "seeker" ? `/portal/applications/${applicationId}` : `/applications/${applicationId}`;
}

/** "1 new strong match", "3 new strong matches". */
export function countOf(n: number, singular: string, plural = `${singular}s`): string {
  return `${n} ${n === 1 ? singular : plural}`;
}
