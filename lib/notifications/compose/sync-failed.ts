import { eq } from "drizzle-orm";
import type { z } from "zod";
import type { Db } from "@/db";
import { jobSources, users } from "@/db/schema";
import type { syncFailed } from "@/lib/events";
import type { NotificationDraft } from "../drafts";

type SyncFailed = z.infer<typeof syncFailed.schema>;

/** A sync run failed: every admin is told which source and why. */
export async function syncFailedDrafts(db: Db, data: SyncFailed): Promise<NotificationDraft[]> {
  const [source] = await db.select({ name: jobSources.name }).from(jobSources).where(eq(jobSources.id, data.sourceId));
  const admins = await db.select({ id: users.id }).from(users).where(eq(users.role, "admin"));
  const name = source?.name ?? "A source";
  return admins.map((admin) => ({
    userId: admin.id,
    kind: "sync_failed" as const,
    title: `Sync failed: ${name}`,
    body: data.error.slice(0, 500),
    link: "/sync",
    data: { run_id: data.runId, source_id: data.sourceId },
  }));
}
