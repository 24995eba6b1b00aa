import { sql } from "drizzle-orm";
import type { Db } from "@/db";

/**
 * Serialises loads into one source's links until the transaction ends: a webhook and a sync
 * loading the same marketplace id at once would otherwise both find no link and both create a job.
 */
export async function lockSourceLoads(tx: Db, sourceId: string): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`load:${sourceId}`}))`);
}

/** Runs `load` in a transaction (a savepoint when already in one) holding the source's load lock. */
export function withSourceLoadLock<T>(db: Db, sourceId: string, load: (tx: Db) => Promise<T>): Promise<T> {
  return db.transaction(async (tx) => {
    const txDb = tx as unknown as Db;
    await lockSourceLoads(txDb, sourceId);
    return load(txDb);
  });
}
