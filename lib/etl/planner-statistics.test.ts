import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "@/db";
import { queryRows } from "@/db/rows";
import { jobs } from "@/db/schema";
import { openTestDatabase } from "@/tests/db";
import { refreshCatalogueStatistics } from "./planner-statistics";

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await openTestDatabase();
}, 120_000);
afterAll(() => handle.close());

/** The server publishes a session's row counts within about a second of its commit. */
async function eventually<T>(probe: () => Promise<T>, done: (value: T) => boolean): Promise<T> {
  for (const started = Date.now(); ; ) {
    const value = await probe();
    if (done(value) || Date.now() - started >= 10_000) return value;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe("planner statistics of a catalogue a sync is filling", () => {
  it("analyzes a table once it has grown by half since its last analyze, and not again right after", async () => {
    await handle.db.insert(jobs).values(Array.from({ length: 1500 }, (_, i) => ({ title: `Welder ${i}`, applyUrlKey: `example.com/jobs/${i}` })));
    expect(await eventually(() => refreshCatalogueStatistics(handle.db), (tables) => tables.includes("jobs"))).toContain("jobs");
    const [stats] = await queryRows<{ distinct: number }>(handle.db, sql`select n_distinct::float8 as distinct from pg_stats where tablename = 'jobs' and attname = 'apply_url_key'`);
    // Every key differs: the planner now knows a 1,000-key lookup finds about 1,000 rows, not most of the table.
    expect(stats.distinct).toBe(-1);
    expect(await refreshCatalogueStatistics(handle.db)).not.toContain("jobs");
  });
});

describe("the expiry at the end of a run", () => {
  it("reads the last-seen index once the catalogue's statistics are refreshed, not the whole table", async () => {
    const seenAt = new Date();
    await handle.db.insert(jobs).values(Array.from({ length: 3000 }, (_, i) => ({ title: `Fitter ${i}`, lastSeenAt: seenAt, description: "Fits pipes. ".repeat(40) })));
    // The first test analyzed jobs moments ago; this one does not wait out the window that guards
    // against re-analyzing before the server publishes the reset count.
    expect(await eventually(() => refreshCatalogueStatistics(handle.db, { settleMs: 0 }), (tables) => tables.includes("jobs"))).toContain("jobs");
    const cutoff = new Date(seenAt.getTime() - 30 * 24 * 60 * 60 * 1000).toISOString();
    // The statement expireStaleJobs runs (lib/etl/load.ts).
    const plan = await queryRows<Record<string, string>>(
      handle.db,
      sql`explain update jobs set status = 'expired', updated_at = now() where status = 'open' and origin = 'synced' and last_seen_at < ${cutoff} returning id, company_id`,
    );
    const text = plan.map((row) => Object.values(row)[0]).join("\n");
    expect(text).toContain("jobs_last_seen_idx");
    expect(text).not.toMatch(/Seq Scan on jobs/);
  });
});
