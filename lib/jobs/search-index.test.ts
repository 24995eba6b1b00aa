import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "@/db";
import { queryRows } from "@/db/rows";
import { jobs } from "@/db/schema";
import { setLogSink } from "@/lib/observability/log";
import { openTestDatabase } from "@/tests/db";
import { mergePendingSearchEntries } from "./search-index";

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await openTestDatabase();
}, 120_000);
afterAll(() => handle.close());

describe("the full-text index's pending entries", () => {
  it("gathers up to 16 MB before merging, and stores job rows uncompressed up to a page", async () => {
    const options = await queryRows<{ relname: string; reloptions: string[] | null }>(
      handle.db,
      sql`select relname, reloptions from pg_class where relname in ('jobs', 'jobs_search_idx') order by relname`,
    );
    expect(options).toEqual([
      { relname: "jobs", reloptions: ["toast_tuple_target=8160"] },
      { relname: "jobs_search_idx", reloptions: ["gin_pending_list_limit=16384"] },
    ]);
  });

  it("are merged on request, and searches through the index find the jobs", async () => {
    await handle.db.insert(jobs).values(Array.from({ length: 300 }, (_, i) => ({ title: `Quarry Geologist ${i}`, description: "Field mapping and core logging." })));
    const warnings: string[] = [];
    const restore = setLogSink((level, line) => level === "warn" && warnings.push(line));
    try {
      await mergePendingSearchEntries(handle.db);
    } finally {
      restore();
    }
    expect(warnings).toEqual([]);
    const found = await handle.db.transaction(async (tx) => {
      await tx.execute(sql`set local enable_seqscan = off`);
      return queryRows<{ n: number }>(tx as never, sql`select count(*)::int as n from jobs where search_vector @@ websearch_to_tsquery('simple', 'geologist')`);
    });
    expect(found[0].n).toBe(300);
  });
});
