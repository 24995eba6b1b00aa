import { sql } from "drizzle-orm";
import type { Db } from "@/db";
import { log } from "@/lib/observability/log";

/**
 * Moves the full-text index's pending entries into the index proper. Loads leave up to 16 MB of
 * them (gin_pending_list_limit, migration 0015): merging in bulk is cheaper than entry by entry,
 * but every search scans the pending list, so a sync that wrote jobs merges the rest when it ends.
 * A database role that does not own the index cannot: autovacuum then does it, and the sync goes on.
 */
export async function mergePendingSearchEntries(db: Db): Promise<void> {
  try {
    await db.execute(sql`select gin_clean_pending_list('jobs_search_idx'::regclass)`);
  } catch (err) {
    log.warn("could not merge the full-text index's pending entries", { error: err instanceof Error ? err.message : String(err) });
  }
}
