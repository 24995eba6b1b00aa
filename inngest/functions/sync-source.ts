import { getDb } from "@/db";
import { extractRun } from "@/lib/sync/extract";
import { sumCounts, type CountsDelta } from "@/lib/sync/counts";
import { failRun, finishRun, planChunks, setStage, startRun } from "@/lib/sync/lifecycle";
import { processPages, unresolvedFailures } from "@/lib/sync/transform-load";
import { inngest } from "../client";
import { companyJobsChanged, jobsLoaded, syncRequested } from "../events";

/**
 * One sync run: extract (every page stored untouched), then transform + load in chunks of
 * stored pages, then expiry and the run's verdict. A reprocess run skips extract and works
 * from its parent run's stored pages.
 */
export const syncSource = inngest.createFunction(
  {
    id: "sync-source",
    retries: 2,
    triggers: [syncRequested],
    concurrency: { key: "event.data.sourceId", limit: 1 },
    onFailure: async ({ event, error }) => {
      const runId = (event.data.event.data as { runId: string }).runId;
      await failRun(await getDb(), runId, error.message);
    },
  },
  async ({ event, step }) => {
    const { runId } = event.data;
    const run = await step.run("start", async () => {
      const started = await startRun(await getDb(), runId);
      return { parentRunId: started.parentRunId, reprocessScope: started.reprocessScope };
    });

    let extractError: string | null = null;
    let pagesRunId = runId;
    if (run.parentRunId) {
      pagesRunId = run.parentRunId;
    } else {
      const extracted = await step.run("extract", async () => extractRun(await getDb(), runId));
      extractError = extracted.error;
    }

    const chunks = await step.run("plan-chunks", async () => {
      const db = await getDb();
      await setStage(db, runId, "transform");
      return planChunks(db, pagesRunId);
    });
    const chunkCounts: CountsDelta[] = [];
    for (const [fromSeq, toSeq] of chunks) {
      const counts = await step.run(`transform-load-${fromSeq}`, async () => {
        const db = await getDb();
        const onlyRecords = run.reprocessScope === "failed" ? await unresolvedFailures(db, pagesRunId) : undefined;
        const processed = await processPages(db, runId, { pagesRunId, fromSeq, toSeq, onlyRecords });
        await setStage(db, runId, "load");
        return processed.counts;
      });
      chunkCounts.push(counts);
    }

    const finished = await step.run("finish", async () => {
      const db = await getDb();
      const done = await finishRun(db, runId, extractError, new Date(), sumCounts(chunkCounts));
      return { status: done.run.status, inserted: done.run.counts.inserted, updated: done.run.counts.updated, companyIds: done.companyIds };
    });

    if (finished.companyIds.length) await step.sendEvent("recount-companies", companyJobsChanged.create({ companyIds: finished.companyIds }));
    if (finished.inserted + finished.updated > 0) {
      await step.sendEvent("announce-jobs", jobsLoaded.create({ runId, sourceId: event.data.sourceId, inserted: finished.inserted, updated: finished.updated }));
    }
    return finished;
  },
);
