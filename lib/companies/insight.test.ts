import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle, Db } from "@/db";
import { companies, companyInsights, jobs } from "@/db/schema";
import { openTestDatabase } from "@/tests/db";
import { companyInsight } from "./insight";

let handle: DatabaseHandle;
let db: Db;
let companyId: string;
const now = new Date("2026-06-30T12:00:00Z");
const daysAgo = (n: number) => new Date(now.getTime() - n * 24 * 60 * 60 * 1000);

beforeAll(async () => {
  handle = await openTestDatabase();
  db = handle.db;
  [{ id: companyId }] = await db.insert(companies).values({ name: "Bluefin Payments", normalizedName: "bluefin payments" }).returning({ id: companies.id });
  const job = (title: string, extra: Partial<typeof jobs.$inferInsert>) => ({ companyId, title, ...extra });
  await db.insert(jobs).values([
    job("Go engineer", { skills: ["Go", "PostgreSQL"], salaryMin: 60_000, salaryMax: 80_000, salaryCurrency: "EUR", postedAt: daysAgo(3) }),
    job("Senior Go engineer", { skills: ["Go", "Kubernetes"], salaryMin: 90_000, salaryMax: 110_000, salaryCurrency: "EUR", postedAt: daysAgo(20) }),
    job("SRE", { skills: ["Go", "Kubernetes", "Linux"], salaryMin: 120_000, salaryCurrency: "USD", postedAt: daysAgo(200) }),
    // Closed but posted within 90 days: counts for the pace and what it hires for, not as open.
    job("Data analyst", { skills: ["SQL"], status: "closed", postedAt: daysAgo(40) }),
    // Closed long ago: only history.
    job("PHP developer", { skills: ["PHP"], status: "closed", salaryMin: 30_000, salaryMax: 35_000, salaryCurrency: "EUR", postedAt: daysAgo(400) }),
  ]);
});
afterAll(() => handle?.close());

describe("companyInsight", () => {
  it("says what the company hires for, at what pay, and how fast it posts", async () => {
    const insight = await companyInsight(db, companyId, now);
    expect(insight.company.name).toBe("Bluefin Payments");
    expect(insight.openJobs).toBe(3);
    expect(insight.topSkills.slice(0, 2)).toEqual([
      { name: "Go", jobs: 3 },
      { name: "Kubernetes", jobs: 2 },
    ]);
    expect(insight.topSkills.map((s) => s.name)).toContain("SQL");
    expect(insight.topSkills.map((s) => s.name)).not.toContain("PHP");
    expect(insight.salaryRanges).toEqual([
      { currency: "EUR", min: 60_000, max: 110_000, median: 85_000, jobs: 2 },
      { currency: "USD", min: 120_000, max: 120_000, median: 120_000, jobs: 1 },
    ]);
    expect(insight.postingsLast90Days).toBe(3);
    expect(insight.postingsPerWeek).toBe(0.2);
    expect(insight.newestPostingAt).toBe(daysAgo(3).toISOString());
    expect(insight.computedAt).toEqual(now);
  });

  it("is kept for 30 days, then computed again", async () => {
    await db.insert(jobs).values({ companyId, title: "Rust engineer", skills: ["Rust"], postedAt: daysAgo(1) });
    const kept = await companyInsight(db, companyId, daysAgo(-29));
    expect(kept.openJobs).toBe(3);
    expect(kept.computedAt).toEqual(now);
    const later = daysAgo(-31);
    const recomputed = await companyInsight(db, companyId, later);
    expect(recomputed.openJobs).toBe(4);
    expect(recomputed.computedAt).toEqual(later);
    const stored = await db.select().from(companyInsights);
    expect(stored).toHaveLength(1);
    expect(stored[0].computedAt).toEqual(later);
  });

  it("is 404 for an unknown company", async () => {
    await expect(companyInsight(db, "00000000-0000-4000-8000-000000000000", now)).rejects.toMatchObject({ code: "not_found" });
  });
});
