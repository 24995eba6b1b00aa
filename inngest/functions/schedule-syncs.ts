import { getDb } from "@/db";
import { queueDueScheduledSyncs } from "@/lib/sync/schedule";
import { inngest } from "../client";

/** Every minute: start the syncs whose per-source cron schedule has come due. */
export const scheduleSyncs = inngest.createFunction({ id: "schedule-syncs", retries: 1, triggers: [{ cron: "* * * * *" }] }, async ({ step }) => {
  const queued = await step.run("queue-due-syncs", async () => queueDueScheduledSyncs(await getDb()));
  return { queued: queued.length };
});
