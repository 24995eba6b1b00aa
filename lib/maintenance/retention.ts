import { and, inArray, isNotNull, isNull, lt, ne, notInArray, sql, type SQL } from "drizzle-orm";
import type { PgColumn, PgTable } from "drizzle-orm/pg-core";
import type { Db } from "@/db";
import { backgroundRuns, catalogueChanges, loginFailures, notifications, outbox, rawPages, realtimeEvents, resumes, searchCache, syncRecordErrors, syncRuns, webhookDeliveries, webhookEvents } from "@/db/schema";

export type RetentionDays = {
  rawPages: number;
  backgroundRuns: number;
  recordErrors: number;
  webhookEvents: number;
  /** Outbound webhook deliveries no longer pending, with their attempts. */
  webhookDeliveries: number;
  outbox: number;
  loginFailures: number;
  resumeDrafts: number;
  catalogueChanges: number;
  readNotifications: number;
  realtimeEvents: number;
};

export type CleanupOptions = {
  now?: Date;
  days: RetentionDays;
  /** Rows per delete statement, so no statement holds locks for long. */
  batchSize?: number;
  /** Statements per table per pass; the next pass (an hour later) goes on. */
  maxBatches?: number;
};

export type CleanupResult = Record<keyof RetentionDays | "searchCache", number>;

const daysBefore = (now: Date, days: number) => new Date(now.getTime() - days * 86_400_000);

/** Deletes rows matching `where` in batches of ids; returns how many went. */
async function deleteInBatches(db: Db, table: PgTable, id: PgColumn, where: SQL | undefined, batchSize: number, maxBatches: number): Promise<number> {
  let deleted = 0;
  for (let i = 0; i < maxBatches; i++) {
    const batch = db.select({ id }).from(table).where(where).limit(batchSize);
    const gone = await db.delete(table).where(inArray(id, batch)).returning({ id });
    deleted += gone.length;
    if (gone.length < batchSize) break;
  }
  return deleted;
}

/** Runs whose stored pages and errors are always kept: the latest successful or partial fetch of each source, and active ones. */
function keptRunIds(db: Db) {
  return db
    .selectDistinctOn([syncRuns.sourceId], { id: syncRuns.id })
    .from(syncRuns)
    .where(and(inArray(syncRuns.status, ["succeeded", "partial"]), sql`${syncRuns.trigger} <> 'reprocess'`))
    .orderBy(syncRuns.sourceId, sql`${syncRuns.createdAt} desc`);
}

/**
 * Deletes what has outlived its retention: raw pages and record errors (never those of each
 * source's latest successful or partial run, so reprocess keeps working, nor of active runs),
 * finished background runs, remembered webhook event ids, outbound webhook deliveries no longer pending, dispatched outbox events, and failed
 * sign-ins (they count only within the sign-in limit's window of minutes), and uploaded resumes
 * no candidate claimed (a draft lives a day: it holds someone's personal data for nothing), the
 * catalogue change log after two days (a cached search lives one) and expired cached searches,
 * read notifications after 90 days and realtime events after a day.
 */
export async function cleanUpOldRows(db: Db, options: CleanupOptions): Promise<CleanupResult> {
  const now = options.now ?? new Date();
  const { days } = options;
  const batchSize = options.batchSize ?? 1000;
  const maxBatches = options.maxBatches ?? 50;
  const active = db.select({ id: syncRuns.id }).from(syncRuns).where(inArray(syncRuns.status, ["queued", "running"]));
  const rawPagesDeleted = await deleteInBatches(
    db,
    rawPages,
    rawPages.id,
    and(lt(rawPages.fetchedAt, daysBefore(now, days.rawPages)), notInArray(rawPages.runId, keptRunIds(db)), notInArray(rawPages.runId, active)),
    batchSize,
    maxBatches,
  );
  const recordErrors = await deleteInBatches(
    db,
    syncRecordErrors,
    syncRecordErrors.id,
    and(lt(syncRecordErrors.createdAt, daysBefore(now, days.recordErrors)), notInArray(syncRecordErrors.runId, keptRunIds(db)), notInArray(syncRecordErrors.runId, active)),
    batchSize,
    maxBatches,
  );
  const background = await deleteInBatches(
    db,
    backgroundRuns,
    backgroundRuns.id,
    and(isNotNull(backgroundRuns.finishedAt), lt(backgroundRuns.finishedAt, daysBefore(now, days.backgroundRuns)), inArray(backgroundRuns.status, ["completed", "failed", "cancelled"])),
    batchSize,
    maxBatches,
  );
  const webhooks = await deleteInBatches(db, webhookEvents, webhookEvents.id, lt(webhookEvents.receivedAt, daysBefore(now, days.webhookEvents)), batchSize, maxBatches);
  // Pending ones stay whatever their age: their endpoint may be enabled again. Attempts go with them (cascade).
  const deliveries = await deleteInBatches(
    db,
    webhookDeliveries,
    webhookDeliveries.id,
    and(ne(webhookDeliveries.status, "pending"), lt(webhookDeliveries.createdAt, daysBefore(now, days.webhookDeliveries))),
    batchSize,
    maxBatches,
  );
  const events = await deleteInBatches(db, outbox, outbox.id, and(isNotNull(outbox.dispatchedAt), lt(outbox.dispatchedAt, daysBefore(now, days.outbox))), batchSize, maxBatches);
  const signIns = await deleteInBatches(db, loginFailures, loginFailures.id, lt(loginFailures.failedAt, daysBefore(now, days.loginFailures)), batchSize, maxBatches);
  const drafts = await deleteInBatches(db, resumes, resumes.id, and(isNull(resumes.candidateId), isNull(resumes.claimedAt), lt(resumes.createdAt, daysBefore(now, days.resumeDrafts))), batchSize, maxBatches);
  // Deleting change rows changes the catalogue stamp, so at worst a cached search is recomputed.
  const changes = await deleteInBatches(db, catalogueChanges, catalogueChanges.id, lt(catalogueChanges.changedAt, daysBefore(now, days.catalogueChanges)), batchSize, maxBatches);
  const expired = await deleteInBatches(db, searchCache, searchCache.key, lt(searchCache.expiresAt, now), batchSize, maxBatches);
  // Unread notifications stay until read, however old: they are what the user has not seen.
  const readNotifications = await deleteInBatches(
    db,
    notifications,
    notifications.id,
    and(isNotNull(notifications.readAt), lt(notifications.createdAt, daysBefore(now, days.readNotifications))),
    batchSize,
    maxBatches,
  );
  // Open pages catch up from the last id they saw; a day covers any reconnect.
  const live = await deleteInBatches(db, realtimeEvents, realtimeEvents.id, lt(realtimeEvents.createdAt, daysBefore(now, days.realtimeEvents)), batchSize, maxBatches);
  return {
    rawPages: rawPagesDeleted,
    recordErrors,
    backgroundRuns: background,
    webhookEvents: webhooks,
    webhookDeliveries: deliveries,
    outbox: events,
    loginFailures: signIns,
    resumeDrafts: drafts,
    catalogueChanges: changes,
    searchCache: expired,
    readNotifications,
    realtimeEvents: live,
  };
}

/** The retention policy from configuration: one default with per-table overrides. */
export function retentionDays(c: { RETENTION_DAYS: number; RETENTION_DAYS_RAW_PAGES?: number; RETENTION_DAYS_BACKGROUND_RUNS?: number }): RetentionDays {
  const d = c.RETENTION_DAYS;
  return {
    rawPages: c.RETENTION_DAYS_RAW_PAGES ?? d,
    backgroundRuns: c.RETENTION_DAYS_BACKGROUND_RUNS ?? d,
    recordErrors: d,
    webhookEvents: d,
    webhookDeliveries: d,
    outbox: d,
    loginFailures: 1,
    resumeDrafts: 1,
    catalogueChanges: 2,
    readNotifications: 90,
    realtimeEvents: 1,
  };
}

