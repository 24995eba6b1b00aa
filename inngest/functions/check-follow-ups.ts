import { getDb } from "@/db";
import { config } from "@/lib/config";
import { flagStaleApplications, markDueFollowUps } from "@/lib/follow-ups/check";
import { inngest } from "../client";

/**
 * Every 5 minutes: planned follow-ups whose time came become due (and `follow-ups/due` is
 * emitted with them), and open applications quiet for STALE_AFTER_DAYS are flagged. Both only
 * touch rows not yet changed, so a repeated or overlapping run does nothing twice.
 */
export const checkFollowUps = inngest.createFunction({ id: "check-follow-ups", retries: 2, triggers: [{ cron: "*/5 * * * *" }] }, async ({ step }) => {
  const due = await step.run("mark-due-follow-ups", async () => (await markDueFollowUps(await getDb(), new Date())).length);
  const stale = await step.run("flag-stale-applications", async () => (await flagStaleApplications(await getDb(), new Date(), config().STALE_AFTER_DAYS)).length);
  return { due, stale };
});
