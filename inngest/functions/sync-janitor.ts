import { getDb } from "@/db";
import { config } from "@/lib/config";
import { failStuckSyncRuns } from "@/lib/sync/janitor";
import { inngest } from "../client";

/** Every minute: fail sync runs nothing will finish, so no source stays blocked. */
export const syncJanitor = inngest.createFunction({ id: "sync-janitor", retries: 1, triggers: [{ cron: "* * * * *" }] }, async ({ step }) => {
  const failed = await step.run("fail-stuck-sync-runs", async () => {
    const { SYNC_STUCK_MINUTES, inngestExternal } = config();
    return failStuckSyncRuns(await getDb(), { graceMs: SYNC_STUCK_MINUTES * 60_000, embedded: !inngestExternal });
  });
  return { failed };
});
