import { RetryAfterError } from "inngest";
import { getDb } from "@/db";
import { marketplaceReportTarget, reportPlacement, stalledPlacementReports } from "@/lib/placements/report";
import { inngest } from "../client";
import { placementCreated } from "../events";

/** Longer than the slowest backoff of report-placement, so the sweep only takes what it gave up on (or never got). */
const sweepIdleSeconds = 25 * 3600;

/**
 * Reports a hire of a marketplace job to the marketplace until it is accepted: every failure is
 * recorded on the placement and retried after a backoff (slower when the marketplace refused it).
 */
export const reportPlacementToMarketplace = inngest.createFunction(
  { id: "report-placement", retries: 20, triggers: [placementCreated] },
  async ({ event, step }) => {
    return step.run("report-to-marketplace", async () => {
      const outcome = await reportPlacement(await getDb(), event.data.placementId, marketplaceReportTarget());
      if (outcome.status === "failed") throw new RetryAfterError(outcome.error, outcome.retryAfterSeconds * 1000);
      return outcome;
    });
  },
);

/** Every hour: pending reports whose retries ran out (or whose event was lost) are tried again, so none stays unreported. */
export const sweepPlacementReports = inngest.createFunction({ id: "sweep-placement-reports", retries: 1, triggers: [{ cron: "41 * * * *" }] }, async ({ step }) => {
  return step.run("report-stalled", async () => {
    const db = await getDb();
    const ids = await stalledPlacementReports(db, new Date(), sweepIdleSeconds);
    const outcomes = [];
    for (const id of ids) outcomes.push((await reportPlacement(db, id, marketplaceReportTarget())).status);
    return { tried: ids.length, reported: outcomes.filter((s) => s === "reported").length };
  });
});
