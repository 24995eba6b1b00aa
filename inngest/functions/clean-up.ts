import { getDb } from "@/db";
import { config } from "@/lib/config";
import { cleanUpOldRows, retentionDays } from "@/lib/maintenance/retention";
import { inngest } from "../client";

/** Every hour: delete what has outlived RETENTION_DAYS, in bounded batches. */
export const cleanUp = inngest.createFunction({ id: "clean-up", retries: 1, triggers: [{ cron: "17 * * * *" }] }, async ({ step }) => {
  const deleted = await step.run("delete-old-rows", async () => cleanUpOldRows(await getDb(), { days: retentionDays(config()) }));
  return { deleted };
});
