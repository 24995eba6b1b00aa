import { and, eq, inArray, isNull, lte, sql } from "drizzle-orm";
import type { Db } from "@/db";
import { applications, candidates, followUps } from "@/db/schema";
import { openStages } from "@/lib/applications/stages";
import { emit, followUpsDue } from "@/lib/events";
import { pipelineTopic, publish, userTopic } from "@/lib/realtime";
import { groupBySeeker, publishFollowUpChange } from "./realtime";

const day = 24 * 60 * 60 * 1000;
const batchSize = 500;

/** The seeker user of each application, when it is a seeker's own. */
async function seekerUsersOf(db: Db, applicationIds: string[]): Promise<Map<string, string | null>> {
  if (applicationIds.length === 0) return new Map();
  const rows = await db
    .select({ id: applications.id, userId: candidates.userId })
    .from(applications)
    .innerJoin(candidates, eq(candidates.id, applications.candidateId))
    .where(inArray(applications.id, [...new Set(applicationIds)]));
  return new Map(rows.map((r) => [r.id, r.userId]));
}

/**
 * Marks planned follow-ups whose time has come as due and emits `follow-ups/due` for them in the
 * same transaction, a batch at a time. Only planned rows change, so a second run (or one racing
 * it: rows are claimed with SKIP LOCKED) finds nothing left to mark and emits nothing.
 */
export async function markDueFollowUps(db: Db, now: Date): Promise<string[]> {
  const marked: string[] = [];
  for (;;) {
    const batch = await db.transaction(async (transaction) => {
      const tx = transaction as unknown as Db;
      const rows = await tx
        .update(followUps)
        .set({ status: "due", notifiedAt: now, updatedAt: now })
        .where(
          sql`${followUps.id} in (select f.id from ${followUps} f where f.status = 'planned' and f.due_at <= ${now.toISOString()}::timestamptz order by f.due_at, f.id limit ${batchSize} for update skip locked)`,
        )
        .returning({ id: followUps.id, applicationId: followUps.applicationId });
      if (rows.length === 0) return rows;
      const ids = rows.map((r) => r.id);
      await emit(tx, followUpsDue.create({ followUpIds: ids }), { now });
      const seekers = await seekerUsersOf(tx, rows.map((r) => r.applicationId));
      await publishFollowUpChange(tx, rows.map((r) => ({ followUpId: r.id, applicationId: r.applicationId, seekerUserId: seekers.get(r.applicationId) ?? null })));
      return rows;
    });
    marked.push(...batch.map((r) => r.id));
    if (batch.length < batchSize) return marked;
  }
}

/**
 * Flags open applications that have not moved for `staleAfterDays` (stale_since = now) and tells
 * open pages. Already-flagged ones are left alone, so running it again changes nothing; a move
 * clears the flag (lib/applications).
 */
export async function flagStaleApplications(db: Db, now: Date, staleAfterDays: number): Promise<string[]> {
  const cutoff = new Date(now.getTime() - staleAfterDays * day);
  return db.transaction(async (transaction) => {
    const tx = transaction as unknown as Db;
    const rows = await tx
      .update(applications)
      .set({ staleSince: now })
      .where(and(inArray(applications.stage, [...openStages]), isNull(applications.staleSince), lte(applications.stageChangedAt, cutoff)))
      .returning({ id: applications.id });
    if (rows.length === 0) return [];
    const ids = rows.map((r) => r.id);
    await publish(tx, pipelineTopic, { type: "applications.stale", application_ids: ids });
    const seekers = await seekerUsersOf(tx, ids);
    for (const [userId, own] of groupBySeeker(ids, (id) => seekers.get(id))) await publish(tx, userTopic(userId), { type: "applications.stale", application_ids: own });
    return ids;
  });
}
