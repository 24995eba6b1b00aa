import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "@/db";
import { applications, candidates, placements, users } from "@/db/schema";
import { seedDemoData, seedDemoMatches } from "@/db/seed";
import { jobFunnel } from "@/lib/applications/funnel";
import { openTestDatabase } from "@/tests/db";
import { seedDemoPipeline } from "./pipeline";

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await openTestDatabase();
  await seedDemoData(handle.db);
  await seedDemoMatches(handle.db);
});
afterAll(() => handle.close());

describe("seedDemoPipeline", () => {
  it("seeds a dozen applications across stages, several in applied, none for the demo seeker, once", async () => {
    const { db } = handle;
    expect(await seedDemoPipeline(db)).toEqual({ applications: 12 });
    const rows = await db.select({ stage: applications.stage, jobId: applications.jobId, userId: candidates.userId }).from(applications).innerJoin(candidates, eq(candidates.id, applications.candidateId));
    expect(rows).toHaveLength(12);
    expect(rows.filter((r) => r.stage === "applied").length).toBeGreaterThanOrEqual(4);
    expect(new Set(rows.map((r) => r.stage)).size).toBeGreaterThanOrEqual(6);
    expect(rows.every((r) => r.userId === null)).toBe(true);
    const [seeker] = await db.select().from(users).where(eq(users.email, "seeker@example.com"));
    expect(rows.some((r) => r.userId === seeker.id)).toBe(false);
    expect(await db.select().from(placements)).toHaveLength(1);

    const funnel = await jobFunnel(db, rows.find((r) => r.stage === "hired")!.jobId!);
    expect(funnel.steps.find((s) => s.stage === "applied")?.medianDays).toBeGreaterThan(0);

    expect(await seedDemoPipeline(db)).toEqual({ applications: 0 });
  });
});
