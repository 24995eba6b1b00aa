import { asc, eq, inArray } from "drizzle-orm";
import type { Db } from "@/db";
import { applicationEvents, users } from "@/db/schema";

/** The stage history of these applications (oldest first), with each actor's name, grouped by application id. */
export async function historiesFor(db: Db, applicationIds: readonly string[]) {
  const rows = applicationIds.length
    ? await db
        .select({ event: applicationEvents, actorName: users.name })
        .from(applicationEvents)
        .leftJoin(users, eq(users.id, applicationEvents.actorId))
        .where(inArray(applicationEvents.applicationId, [...applicationIds]))
        .orderBy(asc(applicationEvents.createdAt), asc(applicationEvents.id))
    : [];
  const grouped = new Map<string, Array<(typeof rows)[number]["event"] & { actorName: string | null }>>(applicationIds.map((id) => [id, []]));
  for (const row of rows) grouped.get(row.event.applicationId)?.push({ ...row.event, actorName: row.actorName });
  return grouped;
}
