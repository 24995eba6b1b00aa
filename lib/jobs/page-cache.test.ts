import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { DatabaseHandle } from "@/db";
import { companies, jobs } from "@/db/schema";
import { seedDemoData } from "@/db/seed";
import { resetConfigForTests } from "@/lib/config";
import { metrics } from "@/lib/observability/metrics";
import { openTestDatabase } from "@/tests/db";
import { jobFiltersSchema } from "./filters";
import { listJobsCached } from "./page-cache";

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await openTestDatabase();
  await seedDemoData(handle.db, new Date("2026-11-01T00:00:00Z"));
});
afterAll(() => handle.close());

const list = (query: Record<string, string>) => listJobsCached(handle.db, jobFiltersSchema.parse(query));
const hits = async () => (await metrics().cacheRequests.get()).values.find((v) => v.labels.cache === "jobs_page" && v.labels.result === "hit")?.value ?? 0;

describe("listJobsCached", () => {
  it("serves a page again while the catalogue is unchanged, and recomputes it once a job changes", async () => {
    const first = await list({ limit: "5", level: "senior" });
    const before = await hits();
    expect(await list({ level: "senior", limit: "5" })).toBe(first);
    expect(await hits()).toBe(before + 1);

    // A job renamed: its title is a listed field, so the stamp moves and the page is read again.
    const [top] = first.items;
    await handle.db.update(jobs).set({ title: "Renamed Staff Engineer" }).where(eq(jobs.id, top.id));
    const after = await list({ limit: "5", level: "senior" });
    expect(after).not.toBe(first);
    expect(after.items[0].title).toBe("Renamed Staff Engineer");

    // A new job, by any process, shows on the next request.
    const [job] = await handle.db.insert(jobs).values({ title: "Freshly Posted Senior Role", level: "senior", postedAt: new Date("2026-12-01T00:00:00Z"), dedupeKey: "page-cache-test" }).returning({ id: jobs.id });
    expect((await list({ limit: "5", level: "senior" })).items[0].id).toBe(job.id);
  });

  it("shows a renamed company at once: companies are stamped too", async () => {
    const first = await list({ limit: "3" });
    const company = first.items.find((j) => j.companyId)!;
    await handle.db.update(companies).set({ name: "Renamed Company Ltd" }).where(eq(companies.id, company.companyId!));
    expect((await list({ limit: "3" })).items.find((j) => j.id === company.id)?.companyName).toBe("Renamed Company Ltd");
  });

  it("gives up a remembered page after ten seconds even when the stamp does not see the change", async () => {
    const first = await list({ limit: "3" });
    const [job] = first.items;
    // A job re-dated by its source: posted_at is listed but not stamped (db/migrations/0008).
    // An hour later than before: still the newest, so still first.
    const redated = new Date(job.postedAt!.getTime() + 3_600_000);
    await handle.db.update(jobs).set({ postedAt: redated }).where(eq(jobs.id, job.id));
    expect((await list({ limit: "3" })).items.find((j) => j.id === job.id)?.postedAt).toEqual(job.postedAt);
    vi.spyOn(Date, "now").mockReturnValue(Date.now() + 10_001);
    try {
      const later = await list({ limit: "3" });
      expect(later).not.toBe(first);
      expect(later.items[0].id).toBe(job.id);
      expect(later.items[0].postedAt).toEqual(redated);
    } finally {
      vi.restoreAllMocks();
    }
  });

  it("computes every page when JOBS_PAGE_CACHE_MS is 0", async () => {
    process.env.JOBS_PAGE_CACHE_MS = "0";
    resetConfigForTests();
    try {
      const first = await list({ limit: "2" });
      const second = await list({ limit: "2" });
      expect(second).not.toBe(first);
      expect(second).toEqual(first);
    } finally {
      delete process.env.JOBS_PAGE_CACHE_MS;
      resetConfigForTests();
    }
  });
});
