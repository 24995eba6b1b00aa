import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle, Db } from "@/db";
import { applications, candidates, jobs, users } from "@/db/schema";
import { seedDemoData } from "@/db/seed";
import { recommendJobs } from "@/lib/recommendations/recommend";
import { openTestDatabase } from "@/tests/db";
import { seedDemoRecommendations } from "./recommendations";

let handle: DatabaseHandle;
let db: Db;
beforeAll(async () => {
  handle = await openTestDatabase();
  db = handle.db;
  await seedDemoData(db);
}, 180_000);
afterAll(() => handle?.close());

describe("seedDemoRecommendations", () => {
  it("gives a seeker who saves the London Data Engineer job a collaborative list with reasons, once", async () => {
    expect((await seedDemoRecommendations(db)).applications).toBe(10);
    expect((await seedDemoRecommendations(db)).applications).toBe(0);
    const [seeker] = await db.select().from(users).where(eq(users.email, "seeker@example.com"));
    // The demo seeker's own tracker stays empty.
    expect(await db.select().from(candidates).where(eq(candidates.userId, seeker.id))).toEqual([]);
    const [profile] = await db.insert(candidates).values({ fullName: "Sam Seeker", userId: seeker.id, headline: "Data engineer", skills: ["Python", "SQL"] }).returning();
    const cold = await recommendJobs(db, seeker, { algorithm: "collaborative", limit: 5 });
    expect(cold.coldStart).toBe(true);
    expect(cold.items[0].reasons[0]).toBe("Popular in Database Architects: 4 seekers saved or applied");
    const [london] = await db.select().from(jobs).where(and(eq(jobs.title, "Data Engineer"), eq(jobs.city, "London")));
    await db.insert(applications).values({ candidateId: profile.id, jobId: london.id, stage: "saved" });
    const warm = await recommendJobs(db, seeker, { algorithm: "collaborative", limit: 5 });
    expect(warm.coldStart).toBe(false);
    expect(warm.items[0].job.title).toBe("Machine Learning Engineer");
    expect(warm.items[0].reasons[0]).toMatch(/^3 seekers who saved Data Engineer at .+ also applied here$/);
  });
});
