import { getDb } from "@/db";
import { sumCounts, type CountsDelta } from "@/lib/sync/counts";
import { extractShare, failRun, finishRun, planChunks, setStage, startRun } from "@/lib/sync/lifecycle";
import { processPages, unresolvedFailures } from "@/lib/sync/transform-load";
import { inngest } from "../client";
import { companyJobsChanged, jobsLoaded, syncRequested } from "../events";

/**
 * One sync run: extract (every page stored untouched) and transform + load taking turns a step's
 * worth of records at a time, then expiry and the run's verdict. A reprocess run skips extract
 * and works from its parent run's stored pages.
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
    const chunkCounts: CountsDelta[] = [];
    const transformLoad = async (pagesRunId: string, fromSeq: number, toSeq: number) => {
      const counts = await step.run(`transform-load-${fromSeq}`, async () => {
        const db = await getDb();
        await setStage(db, runId, "transform");
        const onlyRecords = run.reprocessScope === "failed" ? await unresolvedFailures(db, pagesRunId) : undefined;
        const processed = await processPages(db, runId, { pagesRunId, fromSeq, toSeq, onlyRecords });
        await setStage(db, runId, "load");
        return processed.counts;
      });
      chunkCounts.push(counts);
    };

    if (run.parentRunId) {
      // A reprocess works from its parent run's stored pages.
      const pagesRunId = run.parentRunId;
      const chunks = await step.run("plan-chunks", async () => planChunks(await getDb(), pagesRunId));
      for (const [fromSeq, toSeq] of chunks) await transformLoad(pagesRunId, fromSeq, toSeq);
    } else {
      // Extract and transform-load take turns, a step's worth of records at a time: each
      // transform-load finds the pages the extract before it stored still in memory (when it runs
      // in the same process), and the first jobs reach the catalogue before the last page is fetched.
      for (let share = 0, fromSeq = 0; ; share++) {
        const extracted = await step.run(`extract-${share}`, async () => extractShare(await getDb(), runId, fromSeq));
        for (const [from, to] of extracted.chunks) await transformLoad(runId, from, to);
        // A share that stored nothing without ending paging would repeat forever: it ends here too.
        if (extracted.complete || extracted.toSeq === fromSeq) {
          extractError = extracted.error;
          break;
        }
        fromSeq = extracted.toSeq;
      }
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
