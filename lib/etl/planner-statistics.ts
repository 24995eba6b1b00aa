import { sql } from "drizzle-orm";
import type { Db } from "@/db";
import { queryRows } from "@/db/rows";

/**
 * The catalogue tables a load looks records up in, and the columns its lookups filter on; for
 * jobs also those the expiry at the end of a run filters on (without them the planner guessed a
 * third of the table stale and read all of it: 150-220 ms a run at 100k jobs).
 */
const lookedUp = {
  jobs: ["apply_url_key", "dedupe_key", "company_id", "status", "origin", "last_seen_at"],
  companies: ["normalized_name"],
  job_source_links: ["source_id", "external_id", "last_run_id", "job_id"],
} as const;

/** Below this many changed rows a stale picture costs nothing worth an ANALYZE. */
const minChangedRows = 1000;
/** The server publishes an ANALYZE's reset of the changed-row count up to a second or so later. */
const defaultSettleMs = 5000;
const analyzedAt = new Map<string, number>();

/**
 * Keeps the planner's picture of the catalogue current while a sync fills it. Autovacuum analyzes
 * a table on its next visit (a minute or more apart); until then a table that grew from a few rows
 * to tens of thousands looks almost empty, and a lookup of 1,000 keys by an indexed column reads
 * the whole table instead (seen in bench:etl: a first 100k-job sync's duplicate lookups took 30 s
 * instead of 7 in the runs autovacuum came late). Before a load, each table whose changed rows
 * since its last analyze are at least half its rows is analyzed, on the columns the load's lookups
 * use: a handful of times per doubling of the catalogue, tens of milliseconds each.
 */
export async function refreshCatalogueStatistics(db: Db, { settleMs = defaultSettleMs }: { settleMs?: number } = {}): Promise<string[]> {
  const rows = await queryRows<{ relname: keyof typeof lookedUp; live: number; changed: number }>(
    db,
    sql`select relname, n_live_tup::float8 as live, n_mod_since_analyze::float8 as changed
        from pg_stat_user_tables where schemaname = current_schema() and relname in ('jobs', 'companies', 'job_source_links')`,
  );
  const analyzed: string[] = [];
  for (const { relname, live, changed } of rows) {
    if (changed < minChangedRows || changed < live / 2) continue;
    if (Date.now() - (analyzedAt.get(relname) ?? 0) < settleMs) continue; // not yet published: changed is still the old count
    analyzedAt.set(relname, Date.now());
    await db.transaction(async (tx) => {
      // A 3,000-row sample (the default reads 30,000): enough to tell keys from repeated values;
      // autovacuum's own ANALYZE replaces it with the full picture when it comes.
      await tx.execute(sql`set local default_statistics_target = 10`);
      await tx.execute(sql`analyze ${sql.identifier(relname)} (${sql.join(lookedUp[relname].map((c) => sql.identifier(c)), sql`, `)})`);
    });
    analyzed.push(relname);
  }
  return analyzed;
}
