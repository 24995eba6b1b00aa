import { and, desc, eq, inArray, max, ne } from "drizzle-orm";
import type { Db } from "@/db";
import { jobSources, rawPages, syncRuns } from "@/db/schema";
import { config } from "@/lib/config";
import type { SourceType } from "@/lib/etl/canonical";
import { connectors, type RawPage } from "@/lib/sources";
import { prefetch } from "@/lib/sources/prefetch";
import { addRunCounts, addRunErrors } from "./counts";
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

function recordCount(type: SourceType, page: RawPage): number {
  try {
    return connectors[type].recordsOf(page).length;
  } catch {
    return 0;
  }
}

export type ExtractResult = { pages: number; fetched: number; error: string | null };

/**
 * Pages through the source's API and stores every page untouched. An API failure after the
 * connector's own retries ends extraction but keeps what was fetched, so later stages still run.
 */
export async function extractRun(db: Db, runId: string): Promise<ExtractResult> {
  const [row] = await db.select({ run: syncRuns, source: jobSources }).from(syncRuns).innerJoin(jobSources, eq(jobSources.id, syncRuns.sourceId)).where(eq(syncRuns.id, runId));
  const { run, source } = row;
  const type = source.type as SourceType;
  const connector = connectors[type];
  const { env, baseUrlFor } = sourceEnvironment();
  // A retried step continues numbering after the pages it already stored.
  const [{ lastSeq }] = await db.select({ lastSeq: max(rawPages.seq) }).from(rawPages).where(eq(rawPages.runId, runId));
  let seq = (lastSeq ?? -1) + 1;
  let fetched = 0;
  let pages = 0;
  const started = performance.now();
  try {
    const since = run.mode === "incremental" ? await incrementalSince(db, source.id, runId) : undefined;
    const maxItems = run.maxItems ?? (source.config.max_items as number | undefined) ?? config().SYNC_MAX_ITEMS;
    // The next page downloads while this one is stored.
    const iterator = prefetch(connector.fetchPages({ baseUrl: baseUrlFor(type), config: source.config, credentials: connector.credentialsFromEnv(env), mode: run.mode, since, maxItems }));
    for await (const page of iterator) {
      const records = recordCount(type, page);
      await db.insert(rawPages).values({
        runId,
        sourceId: source.id,
        seq: seq++,
        url: page.url,
        params: { ...page.params, resource: page.resource, ...(page.recordLimit !== undefined ? { recordLimit: page.recordLimit } : {}) },
        status: page.status,
        headers: page.headers,
        body: JSON.stringify(page.body),
        recordCount: records,
        fetchedAt: page.fetchedAt,
      });
      fetched += records;
      pages += 1;
      await addRunCounts(db, runId, { fetched: records });
      if (page.warnings?.length) await addRunErrors(db, runId, page.warnings.map((message) => ({ stage: "extract", message, at: new Date().toISOString() })));
    }
    await addRunCounts(db, runId, {}, { extract: Math.round(performance.now() - started) });
    return { pages, fetched, error: null };
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    await addRunErrors(db, runId, [{ stage: "extract", message, at: new Date().toISOString() }]);
    await addRunCounts(db, runId, {}, { extract: Math.round(performance.now() - started) });
    return { pages, fetched, error: message };
  }
}
