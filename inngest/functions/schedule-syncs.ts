import { getDb } from "@/db";
import { queueDueScheduledSyncs } from "@/lib/sync/schedule";
import { inngest } from "../client";

/** Every minute: start the syncs whose per-source cron schedule has come due. */
export const scheduleSyncs = inngest.createFunction({ id: "schedule-syncs", retries: 1, triggers: [{ cron: "* * * * *" }] }, async ({ step }) => {
  const result = await step.run("queue-due-syncs", async () => queueDueScheduledSyncs(await getDb()));
  // Refused syncs stay visible in the run's output, not only in the log.
  return { queued: result.queued.length, refused: result.refused };
});
