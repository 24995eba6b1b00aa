import { sql } from "drizzle-orm";
import type { Db } from "@/db";
import { realtimeEvents } from "@/db/schema";

/** The NOTIFY channel that wakes listeners; the rows themselves are the messages. */
export const REALTIME_CHANNEL = "hireflow_realtime";

/** Topics pages can follow: the recruiters' pipeline, and one private topic per user. */
export const pipelineTopic = "pipeline";
export const userTopic = (userId: string) => `user:${userId}`;

/**
 * Records a change for open pages in the caller's transaction, so a page hears of exactly the
 * changes that committed. PostgreSQL delivers the NOTIFY at commit; PGlite pages poll.
 */
export async function publish(tx: Db, topic: string, data: Record<string, unknown> = {}): Promise<void> {
  await tx.insert(realtimeEvents).values({ topic, data });
  await tx.execute(sql`select pg_notify(${REALTIME_CHANNEL}, ${topic})`);
}
