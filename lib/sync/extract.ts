import { and, count, desc, eq, gte, inArray, ne, sql } from "drizzle-orm";
import type { Db } from "@/db";
import { jobSources, rawPages, syncRuns } from "@/db/schema";
import { config } from "@/lib/config";
import type { SourceType } from "@/lib/etl/canonical";
import { connectors, type RawPage, type ResumePoint } from "@/lib/sources";
import { prefetch } from "@/lib/sources/prefetch";
import { addRunCounts, addRunErrors, setRunCounts } from "./counts";
import { handOver } from "./page-handoff";
import { sourceEnvironment } from "./source-env";

/** When an incremental run asks "what changed since": the start of the last run that got data. */
async function incrementalSince(db: Db, sourceId: string, runId: string): Promise<Date | undefined> {
  const [last] = await db
    .select({ startedAt: syncRuns.startedAt })
    .from(syncRuns)
    .where(and(eq(syncRuns.sourceId, sourceId), ne(syncRuns.id, runId), inArray(syncRuns.status, ["succeeded", "partial"]), inArray(syncRuns.trigger, ["manual", "schedule"])))
    .orderBy(desc(syncRuns.startedAt))
    .limit(1);
  return last?.startedAt ?? undefined;
}

const recordCounts = new WeakMap<RawPage, number>();

function recordCount(type: SourceType, page: RawPage): number {
  let count = recordCounts.get(page);
  if (count === undefined) {
    try {
      count = connectors[type].recordsOf(page).length;
    } catch {
      count = 0;
    }
    recordCounts.set(page, count);
  }
  return count;
}

/**
 * `complete`: paging ended (or failed: `error`); otherwise the call stopped after `maxRecords` and
 * the next call goes on from the stored pages. `toSeq`: the seq the next stored page will take;
 * `batchRecords`: records in the pages stored from `fromSeq` on.
 */
export type ExtractResult = { pages: number; fetched: number; error: string | null; complete: boolean; toSeq: number; batchRecords: number };

export type ExtractOptions = {
  /**
   * Stop once the pages stored from `fromSeq` on hold this many records (a page is never split),
   * when the connector can resume from a stored page; one that cannot pages to the end.
   */
  maxRecords?: number;
  fromSeq?: number;
};

type StoredProgress = { pages: number; lastSeq: number; resume?: ResumePoint; complete: boolean };

/**
 * What a run already stored: a retried extract starts after it. The last page's cursor says
 * where paging goes on (or that it had ended); a connector that cannot resume replays its
 * pages and the stored ones are skipped, so nothing is stored or counted twice.
 */
async function storedProgress(db: Db, runId: string): Promise<StoredProgress> {
  const [last] = await db
    .select({ seq: rawPages.seq, paging: rawPages.paging, resource: sql<string | null>`${rawPages.params}->>'resource'` })
    .from(rawPages)
    .where(eq(rawPages.runId, runId))
    .orderBy(desc(rawPages.seq))
    .limit(1);
  if (!last) return { pages: 0, lastSeq: -1, complete: false };
  const [{ pages }] = await db.select({ pages: count() }).from(rawPages).where(eq(rawPages.runId, runId));
  const next = last.paging?.next;
  if (next === null) return { pages, lastSeq: last.seq, complete: true };
  if (next === undefined) return { pages, lastSeq: last.seq, complete: false };
  const resource = typeof next.resource === "string" ? next.resource : (last.resource ?? "jobs");
  const [{ fetched }] = await db
    .select({ fetched: sql<number>`coalesce(sum(${rawPages.recordCount}), 0)`.mapWith(Number) })
    .from(rawPages)
    .where(and(eq(rawPages.runId, runId), sql`coalesce(${rawPages.params}->>'resource', 'jobs') = ${resource}`));
  return { pages, lastSeq: last.seq, complete: false, resume: { cursor: next, fetched } };
}

/** Sets the run's fetched count from its stored pages: exact however often extract was retried. */
const progressEveryMs = 500;

async function recountFetched(db: Db, runId: string, timingMs: number): Promise<number> {
  const [{ fetched }] = await db
    .select({ fetched: sql<number>`coalesce(sum(${rawPages.recordCount}), 0)`.mapWith(Number) })
    .from(rawPages)
    .where(eq(rawPages.runId, runId));
  await setRunCounts(db, runId, { fetched });
  await addRunCounts(db, runId, {}, { extract: Math.round(timingMs) });
  return fetched;
}

/** How many records (per resource) a run fetches at most: the run's own limit, else the source's, else the default. */
export function maxItemsOf(source: { config: Record<string, unknown> }, run?: { maxItems: number | null }): number {
  return run?.maxItems ?? (source.config.max_items as number | undefined) ?? config().SYNC_MAX_ITEMS;
}

/**
 * Pages through the source's API and stores every page untouched. An API failure after the
 * connector's own retries ends extraction but keeps what was fetched, so later stages still run.
 */
export async function extractRun(db: Db, runId: string, options: ExtractOptions = {}): Promise<ExtractResult> {
  const [row] = await db.select({ run: syncRuns, source: jobSources }).from(syncRuns).innerJoin(jobSources, eq(jobSources.id, syncRuns.sourceId)).where(eq(syncRuns.id, runId));
  const { run, source } = row;
  const type = source.type as SourceType;
  const connector = connectors[type];
  const { env, baseUrlFor } = sourceEnvironment();
  const stored = await storedProgress(db, runId);
  let seq = stored.lastSeq + 1;
  let pages = stored.pages;
  // Pages a non-resumable connector replays before it reaches new ones.
  let replayed = stored.resume ? stored.pages : 0;
  const started = performance.now();
  // Records a crashed attempt of this step already stored count towards its share.
  let batchRecords = await recordsStoredFrom(db, runId, options.fromSeq ?? stored.lastSeq + 1);
  const done = async (error: string | null, complete: boolean, timingMs: number): Promise<ExtractResult> => ({
    pages,
    fetched: await recountFetched(db, runId, timingMs),
    error,
    complete,
    toSeq: seq,
    batchRecords,
  });
  if (stored.complete) return done(null, true, 0);
  const maxRecords = options.maxRecords ?? Number.POSITIVE_INFINITY;
  if (batchRecords >= maxRecords && stored.resume) return done(null, false, 0);
  try {
    const since = run.mode === "incremental" ? await incrementalSince(db, source.id, runId) : undefined;
    const maxItems = maxItemsOf(source, run);
    // The next page downloads while this one is stored, unless this one fills the call's share
    // (and the connector can resume): the next call asks for it.
    const iterator = prefetch(
      connector.fetchPages({ baseUrl: baseUrlFor(type), config: source.config, credentials: connector.credentialsFromEnv(env), mode: run.mode, since, maxItems, resume: stored.resume }),
      1,
      (page) => page.next === undefined || batchRecords + recordCount(type, page) < maxRecords,
    );
    // Live progress for the Sync page, written at most every progressEveryMs; the total is
    // recounted from the stored pages at the end.
    let unreported = 0;
    let reportedAt = performance.now();
    for await (const page of iterator) {
      if (replayed < stored.pages) {
        replayed += 1;
        continue;
      }
      const records = recordCount(type, page);
      const pageSeq = seq++;
      const [inserted] = await db
        .insert(rawPages)
        .values({
          runId,
          sourceId: source.id,
          seq: pageSeq,
          url: page.url,
          params: { ...page.params, resource: page.resource, ...(page.recordLimit !== undefined ? { recordLimit: page.recordLimit } : {}) },
          status: page.status,
          headers: page.headers,
          body: page.bodyText ?? JSON.stringify(page.body),
          recordCount: records,
          paging: page.next === undefined ? null : { next: page.next },
          fetchedAt: page.fetchedAt,
        })
        .onConflictDoNothing()
        .returning({ id: rawPages.id });
      // The transform step reads what is stored: the page as the connector gave it, without the
      // text (parsed again only if the step has to read it back), its cursor or its warnings.
      if (inserted) handOver(runId, { id: inserted.id, seq: pageSeq, records, page: { ...page, bodyText: undefined, next: undefined, warnings: undefined } });
      pages += 1;
      unreported += records;
      batchRecords += records;
      if (performance.now() - reportedAt >= progressEveryMs) {
        await addRunCounts(db, runId, { fetched: unreported });
        unreported = 0;
        reportedAt = performance.now();
      }
      if (page.warnings?.length) await addRunErrors(db, runId, page.warnings.map((message) => ({ stage: "extract", message, at: new Date().toISOString() })));
      if (page.next !== undefined && batchRecords >= maxRecords) return done(null, page.next === null, performance.now() - started);
    }
    return done(null, true, performance.now() - started);
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    await addRunErrors(db, runId, [{ stage: "extract", message, at: new Date().toISOString() }]);
    return done(message, true, performance.now() - started);
  }
}

/** Records in the run's pages stored from `fromSeq` on. */
async function recordsStoredFrom(db: Db, runId: string, fromSeq: number): Promise<number> {
  const [{ records }] = await db
    .select({ records: sql<number>`coalesce(sum(${rawPages.recordCount}), 0)`.mapWith(Number) })
    .from(rawPages)
    .where(and(eq(rawPages.runId, runId), gte(rawPages.seq, fromSeq)));
  return records;
}
