import { randomUUID } from "node:crypto";
import { eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { DatabaseHandle, Db } from "@/db";
import { candidates, jobs, matches, matchSettings, users } from "@/db/schema";
import { openTestDatabase } from "@/tests/db";
import { decideMatch, listCandidateMatches, listJobMatches, listNewMatches } from "./queries";
import { rescoreMatches } from "./refresh";

let handle: DatabaseHandle;
let db: Db;
let recruiter: { id: string; role: "recruiter" };
beforeAll(async () => {
  handle = await openTestDatabase();
  db = handle.db;
  const [user] = await db.insert(users).values({ email: `recruiter-${randomUUID()}@example.com`, name: "Rae", role: "recruiter", passwordHash: "x" }).returning({ id: users.id });
  recruiter = { id: user.id, role: "recruiter" };
});
afterAll(() => handle?.close());
beforeEach(async () => {
  await db.delete(matches);
  await db.delete(matchSettings);
  await db.delete(jobs);
  await db.delete(candidates);
});

const firstPage = { page: 1, limit: 20 };

function backendJob(title: string, salaryMax: number) {
  return {
    title,
    skillRequirements: [
      { name: "Python", level: "advanced" as const, required: true },
      { name: "PostgreSQL", level: "intermediate" as const, required: true },
    ],
    experienceYearsMin: 3,
    salaryMin: 60_000,
    salaryMax,
    salaryCurrency: "EUR",
    city: "Berlin",
    countryCode: "DE",
  };
}

/** Three jobs Ana fits, the one paying least scoring lowest, and Ana. */
async function seed() {
  const rows = await db
    .insert(jobs)
    .values([backendJob("Backend A", 80_000), backendJob("Backend B", 80_000), backendJob("Backend C", 64_000)])
    .returning({ id: jobs.id });
  const [ana] = await db
    .insert(candidates)
    .values({ fullName: "Ana Fit", skills: ["Python", "PostgreSQL"], skillLevels: { Python: "expert" }, yearsExperience: 6, salaryExpectation: 70_000, salaryCurrency: "EUR", city: "Berlin", countryCode: "DE" })
    .returning({ id: candidates.id });
  await rescoreMatches(db, { kind: "all" });
  return { jobs: rows.map((r) => r.id), ana: ana.id };
}

describe("reading stored matches of open jobs", () => {
  it("lists a candidate's matches best first with an exact small count", async () => {
    const ids = await seed();
    const page = await listCandidateMatches(db, recruiter, ids.ana, firstPage);
    expect(page.items).toHaveLength(3);
    expect(page.items.map((m) => m.score)).toEqual([...page.items.map((m) => m.score)].sort((a, b) => b - a));
    expect(page.items[2].jobId).toBe(ids.jobs[2]);
    expect(page.items[0].score).toBeGreaterThan(page.items[2].score);
    expect(page).toMatchObject({ total: 3, totalIsEstimate: false });
  });

  it("hides a closed job's matches, keeps a shortlisted one through closing and rescoring, and shows it again on reopening", async () => {
    const ids = await seed();
    const [shortlisted] = (await listCandidateMatches(db, recruiter, ids.ana, firstPage)).items;
    await decideMatch(db, recruiter, shortlisted.id, "shortlisted");
    // One statement closing two jobs: the trigger flips every match of both.
    await db.update(jobs).set({ status: "closed" }).where(inArray(jobs.id, [shortlisted.jobId, ids.jobs.find((j) => j !== shortlisted.jobId)!]));
    const afterClose = await listCandidateMatches(db, recruiter, ids.ana, firstPage);
    expect(afterClose.items).toHaveLength(1);
    expect(afterClose.total).toBe(1);
    expect(await listJobMatches(db, shortlisted.jobId, firstPage)).toMatchObject({ items: [], total: 0 });
    expect(await listNewMatches(db, { ...firstPage, status: "shortlisted" })).toMatchObject({ items: [], total: 0 });

    // A rescore of the closed job rewrites the shortlisted pair: it stays hidden, not reopened by the write.
    await rescoreMatches(db, { kind: "jobs", jobIds: [shortlisted.jobId] });
    const [kept] = await db.select().from(matches).where(eq(matches.id, shortlisted.id));
    expect(kept).toMatchObject({ status: "shortlisted", jobOpen: false });

    await db.update(jobs).set({ status: "expired" }).where(eq(jobs.id, shortlisted.jobId));
    expect((await listCandidateMatches(db, recruiter, ids.ana, firstPage)).items).toHaveLength(1);
    await db.update(jobs).set({ status: "open" }).where(eq(jobs.id, shortlisted.jobId));
    const reopened = await listCandidateMatches(db, recruiter, ids.ana, firstPage);
    expect(reopened.items.map((m) => m.id)).toContain(shortlisted.id);
    expect(reopened.items.find((m) => m.id === shortlisted.id)?.status).toBe("shortlisted");
  });
});
