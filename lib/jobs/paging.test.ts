import { sql, type SQL } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle, Db } from "@/db";
import { queryRows } from "@/db/rows";
import { jobs } from "@/db/schema";
import { seedDemoData } from "@/db/seed";
import { ValidationError } from "@/lib/errors";
import { openTestDatabase } from "@/tests/db";
import { jobFiltersSchema } from "./filters";
import { filterConditions, listJobs } from "./queries";

let handle: DatabaseHandle;
const postedAt = new Date("2026-11-20T10:00:00.123456Z");
beforeAll(async () => {
  handle = await openTestDatabase();
  await seedDemoData(handle.db, new Date("2026-11-01T00:00:00Z"));
  // 300 jobs posted at the same instant, and 40 undated: the order's ties and its null tail.
  const rows = Array.from({ length: 340 }, (_, i) => ({ title: `Tie Platform Engineer ${i}`, description: "engineer", postedAt: i < 300 ? postedAt : null }));
  await handle.db.insert(jobs).values(rows);
  await handle.db.execute(sql`update jobs set posted_at = ${postedAt.toISOString()}::timestamptz + interval '1 microsecond' where title like 'Tie Platform Engineer 1%'`);
  await handle.db.execute(sql`analyze jobs`);
}, 120_000);
afterAll(() => handle.close());

const list = (query: Record<string, string>) => listJobs(handle.db, jobFiltersSchema.parse(query));

async function pageThrough(query: Record<string, string>, by: "page" | "cursor") {
  const ids: string[] = [];
  let cursor: string | null = null;
  for (let page = 1; page <= 100; page++) {
    const result = await list({ ...query, limit: "23", ...(by === "page" ? { page: String(page) } : cursor ? { cursor } : {}) });
    ids.push(...result.items.map((j) => j.id));
    cursor = result.nextCursor;
    if (!cursor) return { ids, total: result.total };
  }
  throw new Error("paging did not end");
}

describe("paging is stable", () => {
  it.each([
    ["newest first", {}],
    ["a broad search, newest first", { q: "engineer" }],
    ["a narrow search, ranked", { q: "kubernetes" }],
  ])("%s: by page and by cursor, every job exactly once despite ties", async (_, query: Record<string, string>) => {
    const expected = (await queryRows<{ n: number }>(handle.db, sql`select count(*)::int as n from jobs where status = 'open' and ${query.q ? sql`search_vector @@ websearch_to_tsquery('simple', ${query.q})` : sql`true`}`))[0].n;
    expect(expected).toBeGreaterThan(query.q === "kubernetes" ? 0 : 300);
    for (const by of ["page", "cursor"] as const) {
      const { ids, total } = await pageThrough(query, by);
      expect(ids.length, by).toBe(expected);
      expect(new Set(ids).size, by).toBe(expected);
      expect(total, by).toBe(expected);
    }
  }, 120_000);

  it("says when the total is an exact count and refuses a cursor it did not give out", async () => {
    const first = await list({ limit: "5" });
    expect(first).toMatchObject({ totalIsEstimate: false, page: 1 });
    const next = await list({ limit: "5", cursor: first.nextCursor! });
    expect(next.page).toBeNull();
    expect(next.items).toHaveLength(5);
    expect(next.items.map((j) => j.id)).not.toContain(first.items[0].id);
    await expect(list({ cursor: "bm90LWEtY3Vyc29y" })).rejects.toBeInstanceOf(ValidationError);
    await expect(list({ cursor: Buffer.from(JSON.stringify(["n", "yesterday", "x"])).toString("base64url") })).rejects.toBeInstanceOf(ValidationError);
  });
});

/** The plan of `query` when sequential scans are priced out: an index that can serve it shows up. */
async function planOf(db: Db, query: SQL): Promise<string> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`set local enable_seqscan = off`);
    const rows = await queryRows<Record<string, string>>(tx as unknown as Db, sql`explain ${query}`);
    return rows.map((r) => Object.values(r)[0]).join("\n");
  });
}

describe("each filter and the default order are served by an index", () => {
  const where = (query: Record<string, string>) => sql.join(filterConditions(jobFiltersSchema.parse(query)), sql` and `);
  it.each([
    ["status (default order)", {}, "jobs_status_posted_idx"],
    ["location", { location: "London", status: "any" }, "jobs_location_trgm_idx"],
    ["remote", { remote: "true", status: "any" }, "jobs_remote_idx"],
    ["internship", { internship: "true", status: "any" }, "jobs_internship_idx"],
    ["employment_type", { employment_type: "full_time", status: "any" }, "jobs_employment_type_idx"],
    ["level", { level: "senior", status: "any" }, "jobs_level_type_posted_idx"],
    ["min_salary", { min_salary: "80000", status: "any" }, "jobs_salary_top_idx"],
    ["max_salary", { max_salary: "30000", status: "any" }, "jobs_salary_bottom_idx"],
    ["posted_since", { posted_since: "2026-11-10" }, "jobs_status_posted_idx"],
  ])("%s", async (_, query, index) => {
    const plan = await planOf(handle.db, sql`select id from jobs where ${where(query)} order by posted_at desc nulls last, id desc nulls last limit 21`);
    expect(plan).toContain(index);
    expect(plan).not.toMatch(/Seq Scan on jobs/);
    // The newest-first order itself comes from the index, not a sort of every match.
    if (index === "jobs_status_posted_idx") expect(plan).not.toMatch(/Sort/);
  });

  it("full text by the search index, typos and fragments by the title trigram index", async () => {
    expect(await planOf(handle.db, sql`select id from jobs where search_vector @@ websearch_to_tsquery('simple', 'engineer')`)).toContain("jobs_search_idx");
    const fuzzy = await planOf(handle.db, sql`select id from jobs where 'Enginer' <% title or title ilike '%ngine%'`);
    expect(fuzzy).toContain("jobs_title_trgm_idx");
    expect(fuzzy).not.toMatch(/Seq Scan on jobs/);
  });
});
