import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle, Db } from "@/db";
import { candidates, jobs, matches, outbox } from "@/db/schema";
import { openTestDatabase } from "@/tests/db";
import { rescoreMatches } from "./refresh";
import { strongMatchScore } from "./store";

let handle: DatabaseHandle;
let db: Db;
beforeAll(async () => {
  handle = await openTestDatabase();
  db = handle.db;
});
afterAll(() => handle?.close());

const strongEvents = async () => (await db.select().from(outbox).where(eq(outbox.name, "matches/strong"))).map((e) => e.data as { matches: { jobId: string; candidateId: string; score: number }[] });

describe("matches/strong", () => {
  it("is emitted once for pairs stored for the first time at 0.85 or more, never for a rescore or a weaker pair", async () => {
    const [job] = await db
      .insert(jobs)
      .values({ title: "Backend engineer", skills: ["Python", "PostgreSQL", "Docker"], experienceYearsMin: 3, salaryMin: 60_000, salaryMax: 80_000, salaryCurrency: "EUR", city: "Berlin", countryCode: "DE" })
      .returning({ id: jobs.id });
    const [strong, weaker] = await db
      .insert(candidates)
      .values([
        { fullName: "Ana Fit", skills: ["Python", "PostgreSQL", "Docker"], yearsExperience: 6, salaryExpectation: 70_000, salaryCurrency: "EUR", city: "Berlin", countryCode: "DE" },
        { fullName: "Ben Some", skills: ["Python", "PostgreSQL"], yearsExperience: 3, salaryExpectation: 75_000, salaryCurrency: "EUR", city: "Hamburg", countryCode: "DE" },
      ])
      .returning({ id: candidates.id });
    await rescoreMatches(db, { kind: "all" });
    const rows = await db.select().from(matches).orderBy(sql`score desc`);
    const scoreOf = (id: string) => rows.find((r) => r.candidateId === id)?.score;
    expect(scoreOf(strong.id)).toBeGreaterThanOrEqual(strongMatchScore);
    // The weaker pair is stored (above the minimum) but is no news.
    expect(scoreOf(weaker.id)).toBeLessThan(strongMatchScore);

    const events = await strongEvents();
    expect(events).toEqual([{ matches: [{ jobId: job.id, candidateId: strong.id, score: scoreOf(strong.id) }] }]);

    // Rescoring rewrites the same pairs: nothing is new, nothing is emitted.
    await rescoreMatches(db, { kind: "jobs", jobIds: [job.id] });
    await rescoreMatches(db, { kind: "all" });
    expect(await strongEvents()).toHaveLength(1);
  });
});
