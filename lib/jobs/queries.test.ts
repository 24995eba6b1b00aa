import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "@/db";
import { jobs } from "@/db/schema";
import { seedDemoData } from "@/db/seed";
import { openTestDatabase } from "@/tests/db";
import { jobFiltersSchema } from "./filters";
import { getJob, listJobs } from "./queries";

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await openTestDatabase();
  await seedDemoData(handle.db, new Date("2026-11-01T00:00:00Z"));
});
afterAll(() => handle.close());

const list = (query: Record<string, string>) => listJobs(handle.db, jobFiltersSchema.parse(query));

describe("listJobs", () => {
  it("pages through every open job exactly once", async () => {
    const first = await list({ limit: "25" });
    expect(first.total).toBe(60);
    expect(first.totalIsEstimate).toBe(false);
    const pages = [first, await list({ limit: "25", page: "2" }), await list({ limit: "25", page: "3" })];
    const ids = pages.flatMap((p) => p.items.map((j) => j.id));
    expect(ids).toHaveLength(60);
    expect(new Set(ids).size).toBe(60);
  });

  it("finds jobs by word, by fragment and despite a typo", async () => {
    const byWord = await list({ q: "kubernetes" });
    expect(byWord.total).toBeGreaterThan(0);
    expect(byWord.items.length).toBeGreaterThan(0);
    expect(byWord.items.every((j) => /kubernetes/i.test(j.title) || j.skills.includes("Kubernetes"))).toBe(true);
    expect((await list({ q: "Frontend" })).items[0].title).toBe("Frontend Developer");
    expect((await list({ q: "Enginer" })).items.some((j) => j.title.includes("Engineer"))).toBe(true);
    expect((await list({ q: "zzzz-no-such-thing" })).total).toBe(0);
  });

  it("filters by location, remote, level, internship and salary overlap", async () => {
    const berlin = await list({ location: "Berlin", limit: "100" });
    expect(berlin.total).toBeGreaterThan(0);
    expect(berlin.items.length).toBeGreaterThan(0);
    expect(berlin.items.every((j) => j.locationDisplay?.includes("Berlin"))).toBe(true);
    const remote = (await list({ remote: "true", limit: "100" })).items;
    expect(remote.length).toBeGreaterThan(0);
    expect(remote.every((j) => j.remote)).toBe(true);
    const senior = (await list({ level: "senior", limit: "100" })).items;
    expect(senior.length).toBeGreaterThan(0);
    expect(senior.every((j) => j.level === "senior")).toBe(true);
    const interns = await list({ internship: "true", limit: "100" });
    expect(interns.total).toBeGreaterThan(0);
    expect(interns.items.length).toBeGreaterThan(0);
    expect(interns.items.every((j) => j.internship && j.employmentType === "internship")).toBe(true);
    const rich = await list({ min_salary: "150000", limit: "100" });
    expect(rich.items.length).toBeGreaterThan(0);
    expect(rich.items.every((j) => (j.salaryMax ?? 0) >= 150000)).toBe(true);
    const cheap = await list({ max_salary: "30000", limit: "100" });
    expect(cheap.items.length).toBeGreaterThan(0);
    expect(cheap.items.every((j) => (j.salaryMin ?? Infinity) <= 30000)).toBe(true);
  });

  it("hides expired jobs unless asked", async () => {
    const [victim] = (await list({ limit: "1" })).items;
    await handle.db.update(jobs).set({ status: "expired" }).where(eq(jobs.id, victim.id));
    expect((await list({ limit: "100" })).items.some((j) => j.id === victim.id)).toBe(false);
    expect((await list({ status: "any", limit: "100" })).total).toBe(60);
    expect((await getJob(handle.db, victim.id)).status).toBe("expired");
  });
});

describe("seedDemoData", () => {
  it("is idempotent", async () => {
    await seedDemoData(handle.db);
    expect((await list({ status: "any" })).total).toBe(60);
  });
});
