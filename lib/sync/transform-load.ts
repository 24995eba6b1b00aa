import { and, asc, eq, gte, inArray, isNull, lt } from "drizzle-orm";
import type { Db } from "@/db";
import { jobSources, rawPages, syncRecordErrors, syncRuns, type RawPage as StoredPage } from "@/db/schema";
import type { SourceType } from "@/lib/etl/canonical";
import { loadCandidates, loadPlacements } from "@/lib/etl/load-candidates";
import { loadJobs, type LoadContext, type LoadCounts } from "@/lib/etl/load";
import { refreshCatalogueStatistics } from "@/lib/etl/planner-statistics";
import { phase } from "@/lib/etl/profile";
import { giveWayEvery } from "@/lib/give-way";
import { connectors, type RawPage, type ResourceItems, type SourceResource } from "@/lib/sources";
import { addRunCounts, addRunErrors, type CountsDelta } from "./counts";
import { emptyCounts } from "./run-counts";
import { withSourceLoadLock } from "./load-lock";
import { takeOver } from "./page-handoff";

/**
 * Records per transform-load step (planChunks) and per load: one set-based load a step. Loads of
 * different employers run side by side, so larger steps buy no speed; 1,000 keeps two workers'
 * chunks in flight about 100 MB smaller than 2,500 did (bench:etl, docs/BENCHMARKS.md).
 */
export const recordsPerStep = 1000;
const loadBatchSize = recordsPerStep;
/**
 * Transform gives the thread up at least this often: another worker's load waits for this thread
 * at each round trip of its transaction and to stream its rows to the server, and a page of 500
 * records takes some 50 ms to transform. Measured with bench:etl: event-loop delay p99 30-39 ->
 * 18-20 ms; throughput within the machine's noise (docs/BENCHMARKS.md).
 */
const transformSliceMs = 4;

type FailedRecord = { rawPageId: string | null; recordIndex: number; externalId: string | null; stage: string; error: string };

/** Rebuilds the connector's view of a stored page. */
function asRawPage(page: StoredPage): RawPage {
  const { resource, recordLimit, ...params } = page.params as Record<string, string | number>;
  return {
    resource: (resource as SourceResource) ?? "jobs",
    url: page.url,
    params: params as Record<string, string>,
    status: page.status,
    headers: page.headers,
    body: JSON.parse(page.body),
    fetchedAt: page.fetchedAt,
    recordLimit: recordLimit === undefined ? undefined : Number(recordLimit),
  };
}

/**
 * The pages [fromSeq, toSeq) of a run: those the extract step before this one handed over in this
 * process when it may (`handedOver`), else the stored copies, parsed one at a time.
 */
async function pagesToProcess(db: Db, runId: string, fromSeq: number, toSeq: number, handedOver: boolean): Promise<Array<{ id: string; seq: number; page: () => RawPage }>> {
  const held = handedOver ? takeOver(runId, fromSeq, toSeq) : null;
  if (held) return held.map(({ id, seq, page }) => ({ id, seq, page: () => page }));
  const stored = await phase("page reads", () =>
    db
      .select()
      .from(rawPages)
      .where(and(eq(rawPages.runId, runId), gte(rawPages.seq, fromSeq), lt(rawPages.seq, toSeq)))
      .orderBy(asc(rawPages.seq)),
  );
  return stored.map((row) => ({ id: row.id, seq: row.seq, page: () => asRawPage(row) }));
}

/** ATS boards belong to one employer; their postings may not say which. */
export function boardCompanyName(config: Record<string, unknown>): string | null {
  const named = typeof config.company_name === "string" ? config.company_name : null;
  const token = typeof config.site === "string" ? config.site : typeof config.board_token === "string" ? config.board_token : null;
  if (named) return named;
  return token ? token.split(/[-_.]+/).filter(Boolean).map((w) => w[0].toUpperCase() + w.slice(1)).join(" ") : null;
}

export type ProcessResult = { counts: CountsDelta };

type Batches = { [R in SourceResource]: ResourceItems[R][] };
type LoadDefaults = { fallbackCompany: string | null };

/** The loader of each resource: the pipeline knows resources, never which source sent them. */
const loaders: { [R in SourceResource]: (db: Db, ctx: LoadContext, items: ResourceItems[R][], defaults: LoadDefaults) => Promise<LoadCounts | null> } = {
  // ATS boards' postings may not name their employer: the board's company stands in.
  jobs: (db, ctx, items, { fallbackCompany }) => loadJobs(db, ctx, items.map((i) => ({ ...i, job: { ...i.job, companyName: i.job.companyName ?? fallbackCompany } }))),
  candidates: (db, ctx, items) => loadCandidates(db, ctx, items),
  placements: async (db, ctx, items) => {
    await loadPlacements(db, ctx, items);
    return null;
  },
};

/** Work a resource's loads need done outside their transaction, before it opens. */
const beforeLoad: Partial<Record<SourceResource, (db: Db) => Promise<unknown>>> = {
  // An ANALYZE inside the load's transaction would keep other loads' ANALYZE waiting until it commits.
  jobs: refreshCatalogueStatistics,
};

/**
 * Transform and load for the stored pages [fromSeq, toSeq) of the run that fetched them. A
 * record that fails is stored with its error and the batch goes on. With `onlyRecords`, only
 * those (page id, index) pairs are processed: reprocessing failed records.
 */
export async function processPages(
  db: Db,
  runId: string,
  options: { pagesRunId: string; fromSeq: number; toSeq: number; onlyRecords?: Map<string, Set<number>>; now?: Date },
): Promise<ProcessResult> {
  const [{ run, source }] = await db.select({ run: syncRuns, source: jobSources }).from(syncRuns).innerJoin(jobSources, eq(jobSources.id, syncRuns.sourceId)).where(eq(syncRuns.id, runId));
  const connector = connectors[source.type as SourceType];
  const ctx: LoadContext = { sourceId: source.id, runId: run.id, now: options.now ?? new Date() };
  const defaults: LoadDefaults = { fallbackCompany: boardCompanyName(source.config) };
  const pages = await pagesToProcess(db, options.pagesRunId, options.fromSeq, options.toSeq, !options.onlyRecords);

  const counts: Required<CountsDelta> = { ...emptyCounts(), unchanged: 0 };
  const timings = { transform: 0, load: 0 };
  const failures: FailedRecord[] = [];
  const batches: Batches = { jobs: [], candidates: [], placements: [] };
  const slices = giveWayEvery(transformSliceMs);

  const flush = async <R extends SourceResource>(resource: R) => {
    const items = batches[resource];
    if (!items.length) return;
    batches[resource] = [] as Batches[R];
    const t = performance.now();
    await beforeLoad[resource]?.(db);
    const loader = loaders[resource] as (db: Db, ctx: LoadContext, items: ResourceItems[R][], defaults: LoadDefaults) => Promise<LoadCounts | null>;
    const result = await phase("load", () => withSourceLoadLock(db, ctx.sourceId, (tx) => loader(tx, ctx, items, defaults)));
    timings.load += performance.now() - t;
    if (!result) return;
    counts.inserted += result.inserted;
    counts.updated += result.updated;
    counts.duplicates += result.duplicates;
    counts.unchanged += result.unchanged;
  };

  for (const stored of pages) {
    let t = performance.now();
    const page = stored.page();
    const handler = connector.resources[page.resource];
    let records: unknown[];
    try {
      if (!handler) throw new Error(`${source.type} does not serve ${page.resource}`);
      records = connector.recordsOf(page);
    } catch (err) {
      failures.push({ rawPageId: stored.id, recordIndex: -1, externalId: null, stage: "transform", error: `page ${stored.seq}: ${err instanceof Error ? err.message : String(err)}` });
      counts.failed += 1;
      continue;
    }
    const wanted = options.onlyRecords?.get(stored.id);
    const batch = batches[page.resource] as unknown[];
    for (let index = 0; index < records.length; index++) {
      if (options.onlyRecords && !wanted?.has(index)) continue;
      if (slices.due()) {
        // The time other work takes meanwhile is not this step's transform time.
        const paused = performance.now();
        await slices.giveWay();
        t += performance.now() - paused;
      }
      const result = handler.transform(records[index]);
      if (!result.ok) {
        failures.push({ rawPageId: stored.id, recordIndex: index, externalId: result.externalId ?? null, stage: "transform", error: result.error });
        counts.failed += 1;
        continue;
      }
      counts.transformed += 1;
      batch.push(result.item);
    }
    timings.transform += performance.now() - t;
    if (batch.length >= loadBatchSize) await flush(page.resource);
  }
  // Placements last: they link to the jobs and candidates loaded before them.
  for (const resource of ["jobs", "candidates", "placements"] as const) await flush(resource);

  if (failures.length) {
    // Unique per (run, page, record): a retried chunk does not record its failures twice.
    await db.insert(syncRecordErrors).values(failures.map((f) => ({ ...f, runId, sourceId: source.id }))).onConflictDoNothing();
    await addRunErrors(db, runId, failures.slice(0, 10).map((f) => ({ stage: f.stage, message: f.error, at: ctx.now.toISOString(), externalId: f.externalId ?? undefined })));
  }
  await addRunCounts(db, runId, counts, { transform: Math.round(timings.transform), load: Math.round(timings.load) });
  return { counts };
}

/** The failed records of a finished run, by stored page, still unresolved. */
export async function unresolvedFailures(db: Db, runId: string): Promise<Map<string, Set<number>>> {
  const rows = await db
    .select({ id: syncRecordErrors.id, rawPageId: syncRecordErrors.rawPageId, recordIndex: syncRecordErrors.recordIndex })
    .from(syncRecordErrors)
    .where(and(eq(syncRecordErrors.runId, runId), isNull(syncRecordErrors.resolvedAt)));
  const byPage = new Map<string, Set<number>>();
  for (const r of rows) if (r.rawPageId) byPage.set(r.rawPageId, (byPage.get(r.rawPageId) ?? new Set()).add(r.recordIndex));
  return byPage;
}

/** Marks a parent run's failures resolved once a reprocess no longer fails on them. */
export async function resolveFailures(db: Db, parentRunId: string, reprocessRunId: string, now: Date) {
  const stillFailing = await db
    .select({ rawPageId: syncRecordErrors.rawPageId, recordIndex: syncRecordErrors.recordIndex })
    .from(syncRecordErrors)
    .where(eq(syncRecordErrors.runId, reprocessRunId));
  const failing = new Set(stillFailing.map((f) => `${f.rawPageId}:${f.recordIndex}`));
  const open = await db
    .select({ id: syncRecordErrors.id, rawPageId: syncRecordErrors.rawPageId, recordIndex: syncRecordErrors.recordIndex })
    .from(syncRecordErrors)
    .where(and(eq(syncRecordErrors.runId, parentRunId), isNull(syncRecordErrors.resolvedAt)));
  const fixed = open.filter((f) => !failing.has(`${f.rawPageId}:${f.recordIndex}`)).map((f) => f.id);
  if (fixed.length) await db.update(syncRecordErrors).set({ resolvedAt: now }).where(inArray(syncRecordErrors.id, fixed));
  return fixed.length;
}
