import { and, desc, eq, isNotNull } from "drizzle-orm";
import type { Db } from "@/db";
import { jobSources, syncRuns } from "@/db/schema";
import { ConflictError } from "@/lib/errors";
import { requestSync } from "./runs";
import { parseCron } from "@/lib/schedule/cron";

/**
 * Queues an incremental sync for every enabled source whose cron schedule has come due since
 * its last scheduled run (or since it was created). A source already syncing is skipped.
 */
export async function queueDueScheduledSyncs(db: Db, now = new Date()): Promise<string[]> {
  const sources = await db.select().from(jobSources).where(and(eq(jobSources.enabled, true), isNotNull(jobSources.schedule)));
  const queued: string[] = [];
  for (const source of sources) {
    const [last] = await db
      .select({ createdAt: syncRuns.createdAt })
      .from(syncRuns)
      .where(and(eq(syncRuns.sourceId, source.id), eq(syncRuns.trigger, "schedule")))
      .orderBy(desc(syncRuns.createdAt))
      .limit(1);
    let due: Date | null;
    try {
      due = parseCron(source.schedule!).nextRun(last?.createdAt ?? source.createdAt);
    } catch {
      continue;
    }
    if (!due || due > now) continue;
    try {
      const run = await requestSync(db, source, { mode: "incremental", trigger: "schedule" });
      queued.push(run.id);
    } catch (err) {
      if (!(err instanceof ConflictError)) throw err;
    }
  }
  return queued;
}
