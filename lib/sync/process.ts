import { and, asc, eq, gte, inArray, isNull, lt } from "drizzle-orm";
import type { Db } from "@/db";
import { jobSources, rawPages, syncRecordErrors, syncRuns, type RawPage as StoredPage } from "@/db/schema";
import type { SourceType } from "@/lib/etl/canonical";
import { loadCandidates, loadPlacements, type CandidateLoadItem } from "@/lib/etl/load-candidates";
import { loadJobs, type LoadCounts, type LoadItem } from "@/lib/etl/load";
import { connectors, parseLamodaPlacement, type LamodaPlacement, type RawPage, type SourceResource } from "@/lib/sources";
import { addRunCounts, addRunErrors, type CountsDelta } from "./counts";
import { withSourceLoadLock } from "./load-lock";

const loadBatchSize = 1000;

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

/** ATS boards belong to one employer; their postings may not say which. */
export function boardCompanyName(config: Record<string, unknown>): string | null {
  const named = typeof config.company_name === "string" ? config.company_name : null;
  const token = typeof config.site === "string" ? config.site : typeof config.board_token === "string" ? config.board_token : null;
  if (named) return named;
  return token ? token.split(/[-_.]+/).filter(Boolean).map((w) => w[0].toUpperCase() + w.slice(1)).join(" ") : null;
}

export type ProcessResult = { counts: CountsDelta };

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
  const ctx = { sourceId: source.id, runId: run.id, now: options.now ?? new Date() };
  const fallbackCompany = boardCompanyName(source.config);
  const pages = await db
    .select()
    .from(rawPages)
    .where(and(eq(rawPages.runId, options.pagesRunId), gte(rawPages.seq, options.fromSeq), lt(rawPages.seq, options.toSeq)))
    .orderBy(asc(rawPages.seq));

  const counts: Required<CountsDelta> = { fetched: 0, transformed: 0, failed: 0, inserted: 0, updated: 0, duplicates: 0, expired: 0, unchanged: 0 };
  const timings = { transform: 0, load: 0 };
  const failures: FailedRecord[] = [];
  let jobBatch: LoadItem[] = [];
  let candidateBatch: CandidateLoadItem[] = [];
  const placementBatch: LamodaPlacement[] = [];

  const addLoaded = (result: LoadCounts, startedAt: number) => {
    timings.load += performance.now() - startedAt;
    counts.inserted += result.inserted;
    counts.updated += result.updated;
    counts.duplicates += result.duplicates;
    counts.unchanged += result.unchanged;
  };
  const flushJobs = async () => {
    if (!jobBatch.length) return;
    const t = performance.now();
    const batch = jobBatch;
    addLoaded(await withSourceLoadLock(db, ctx.sourceId, (tx) => loadJobs(tx, ctx, batch)), t);
    jobBatch = [];
  };
  const flushCandidates = async () => {
    if (!candidateBatch.length) return;
    const t = performance.now();
    const batch = candidateBatch;
    addLoaded(await withSourceLoadLock(db, ctx.sourceId, (tx) => loadCandidates(tx, ctx, batch)), t);
    candidateBatch = [];
  };

  for (const stored of pages) {
    const t = performance.now();
    const page = asRawPage(stored);
    let records: unknown[];
    try {
      records = connector.recordsOf(page);
    } catch (err) {
      failures.push({ rawPageId: stored.id, recordIndex: -1, externalId: null, stage: "transform", error: `page ${stored.seq}: ${err instanceof Error ? err.message : String(err)}` });
      counts.failed += 1;
      continue;
    }
    const wanted = options.onlyRecords?.get(stored.id);
    for (let index = 0; index < records.length; index++) {
      if (options.onlyRecords && !wanted?.has(index)) continue;
      const record = records[index];
      if (page.resource === "placements") {
        const parsed = parseLamodaPlacement(record);
        if (parsed.ok) placementBatch.push(parsed.placement);
        else failures.push({ rawPageId: stored.id, recordIndex: index, externalId: null, stage: "transform", error: parsed.error });
        counts[parsed.ok ? "transformed" : "failed"] += 1;
        continue;
      }
      const result = page.resource === "candidates" && connector.transformCandidate ? connector.transformCandidate(record) : connector.transform(record);
      if (!result.ok) {
        failures.push({ rawPageId: stored.id, recordIndex: index, externalId: result.externalId ?? null, stage: "transform", error: result.error });
        counts.failed += 1;
        continue;
      }
      counts.transformed += 1;
      if ("job" in result) jobBatch.push({ externalId: result.job.externalId, job: { ...result.job, companyName: result.job.companyName ?? fallbackCompany } });
      else candidateBatch.push({ externalId: result.candidate.externalId, candidate: result.candidate });
    }
    timings.transform += performance.now() - t;
    if (jobBatch.length >= loadBatchSize) await flushJobs();
    if (candidateBatch.length >= loadBatchSize) await flushCandidates();
  }
  await flushJobs();
  await flushCandidates();
  if (placementBatch.length) {
    const t = performance.now();
    await withSourceLoadLock(db, ctx.sourceId, (tx) => loadPlacements(tx, ctx, placementBatch));
    timings.load += performance.now() - t;
  }

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
