import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { DatabaseHandle } from "@/db";
import { companies, matches } from "@/db/schema";
import { seedDemoData, seedDemoMatches } from "@/db/seed";
import { resetConfigForTests } from "@/lib/config";
import { openTestDatabase } from "@/tests/db";
import { stampedCache } from "./cache";
import { catalogueStamp } from "./stamp";

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await openTestDatabase();
  const now = new Date("2026-11-01T00:00:00Z");
  await seedDemoData(handle.db, now);
  await seedDemoMatches(handle.db);
});
afterAll(() => handle.close());

describe("catalogue stamps of companies and matches", () => {
  it("move when a company or a match changes, and only the subject that changed", async () => {
    const before = await catalogueStamp(handle.db, ["jobs", "companies", "matches"]);
    const [company] = await handle.db.select().from(companies).limit(1);
    await handle.db.update(companies).set({ website: "https://renamed.example" }).where(eq(companies.id, company.id));
    const afterCompany = await catalogueStamp(handle.db, ["jobs", "companies", "matches"]);
    expect(afterCompany.split("|")[0]).toBe(before.split("|")[0]);
    expect(afterCompany.split("|")[1]).not.toBe(before.split("|")[1]);
    expect(afterCompany.split("|")[2]).toBe(before.split("|")[2]);

    const [match] = await handle.db.select().from(matches).limit(1);
    expect(match).toBeDefined();
    await handle.db.update(matches).set({ status: "dismissed" }).where(eq(matches.id, match.id));
    const afterMatch = await catalogueStamp(handle.db, ["jobs", "companies", "matches"]);
    expect(afterMatch.split("|")[2]).not.toBe(afterCompany.split("|")[2]);
  });
});

describe("stampedCache", () => {
  const readWebsites = (ids: string[]) => async () => {
    const rows = await handle.db.select({ id: companies.id, website: companies.website }).from(companies);
    return new Map(rows.filter((r) => ids.includes(r.id)).map((r) => [r.id, r.website]));
  };

  it("serves remembered values while the stamp holds, computes only the missing keys, and recomputes after a change", async () => {
    const cache = stampedCache<string | null>("test_companies", ["companies"]);
    const all = await handle.db.select({ id: companies.id }).from(companies).limit(3);
    expect(all).toHaveLength(3);
    const [a, b, c] = all.map((r) => r.id);
    const asked: string[][] = [];
    const compute = async (missing: string[]) => {
      asked.push(missing);
      return readWebsites(missing)();
    };
    const first = await cache.getMany(handle.db, [a, b], compute);
    expect([...first.keys()].sort()).toEqual([a, b].sort());
    await cache.getMany(handle.db, [a, b, c], compute);
    expect(asked).toEqual([[a, b], [c]]);

    // A change by this process counts on the next read.
    await handle.db.update(companies).set({ website: "https://changed.example" }).where(eq(companies.id, a));
    const after = await cache.getMany(handle.db, [a], compute);
    expect(after.get(a)).toBe("https://changed.example");
    expect(asked).toHaveLength(3);
  });

  it("forgets a value after JOBS_PAGE_CACHE_MS even when the stamp holds, and remembers nothing when it is 0", async () => {
    const cache = stampedCache<number>("test_counter", ["companies"]);
    let calls = 0;
    const compute = async () => ++calls;
    expect(await cache.get(handle.db, "k", compute)).toBe(1);
    expect(await cache.get(handle.db, "k", compute)).toBe(1);
    vi.spyOn(Date, "now").mockReturnValue(Date.now() + 10_001);
    try {
      expect(await cache.get(handle.db, "k", compute)).toBe(2);
    } finally {
      vi.restoreAllMocks();
    }
    process.env.JOBS_PAGE_CACHE_MS = "0";
    resetConfigForTests();
    try {
      expect(await cache.get(handle.db, "k", compute)).toBe(3);
      expect(await cache.get(handle.db, "k", compute)).toBe(4);
    } finally {
      delete process.env.JOBS_PAGE_CACHE_MS;
      resetConfigForTests();
    }
  });

  it("keeps at most its maximum number of entries, dropping the least recently used", async () => {
    const cache = stampedCache<string>("test_small", ["companies"], 2);
    const compute = (tag: string) => async (missing: string[]) => new Map(missing.map((k) => [k, `${tag}:${k}`]));
    await cache.getMany(handle.db, ["x", "y"], compute("first"));
    await cache.get(handle.db, "x", async () => "unused");
    await cache.get(handle.db, "z", async () => "z");
    // y was used least recently: it went when z came.
    expect(await cache.get(handle.db, "y", async () => "again")).toBe("again");
    expect((await cache.getMany(handle.db, ["z"], compute("second"))).get("z")).toBe("z");
  });
});
