import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { DatabaseHandle, Db } from "@/db";
import { candidates, jobs, matches, matchSettings, outbox, syncRuns, users, jobSources, jobSourceLinks } from "@/db/schema";
import { metrics } from "@/lib/observability/metrics";
import { openTestDatabase } from "@/tests/db";
import { listCandidateMatches } from "./queries";
import { rescoreMatches } from "./refresh";
import { saveMatchSettings } from "./settings";
import { jobsChangedByRun } from "./store";

let handle: DatabaseHandle;
let db: Db;
beforeAll(async () => {
  handle = await openTestDatabase();
  db = handle.db;
});
afterAll(() => handle?.close());
beforeEach(async () => {
  await db.delete(matches);
  await db.delete(matchSettings);
  await db.delete(jobs);
  await db.delete(candidates);
  await db.delete(outbox);
});

const backendJob = {
  title: "Backend engineer",
  skillRequirements: [
    { name: "Python", level: "advanced" as const, required: true },
    { name: "PostgreSQL", level: "intermediate" as const, required: true },
    { name: "Docker", level: "beginner" as const, required: false },
  ],
  experienceYearsMin: 3,
  salaryMin: 60_000,
  salaryMax: 80_000,
  salaryCurrency: "EUR",
  city: "Berlin",
  countryCode: "DE",
};

async function seed() {
  const [job, frontend] = await db
    .insert(jobs)
    .values([backendJob, { ...backendJob, title: "Frontend engineer", skillRequirements: [{ name: "React", level: "advanced", required: true }] }])
    .returning({ id: jobs.id });
  const [ana, ben, cy] = await db
    .insert(candidates)
    .values([
      { fullName: "Ana Fit", skills: ["Python", "PostgreSQL", "Docker"], skillLevels: { Python: "expert" }, yearsExperience: 6, salaryExpectation: 70_000, salaryCurrency: "EUR", city: "Berlin", countryCode: "DE" },
      { fullName: "Ben Near", skills: ["Ruby", "MySQL"], yearsExperience: 4, city: "Berlin", countryCode: "DE" },
      { fullName: "Cy Far", skills: ["Excel"], yearsExperience: 1, city: "Lyon", countryCode: "FR" },
    ])
    .returning({ id: candidates.id });
  return { job: job.id, frontend: frontend.id, ana: ana.id, ben: ben.id, cy: cy.id };
}

const stored = () => db.select().from(matches).orderBy(sql`score desc`);

describe("stored matches", () => {
  it("stores pairs at or above the minimum with parts and explanation, and nothing below", async () => {
    const ids = await seed();
    const created = async () => (await metrics().matchesCreated.get()).values.reduce((sum, v) => sum + v.value, 0);
    const before = await created();
    const summary = await rescoreMatches(db, { kind: "all" });
    const rows = await stored();
    expect(rows).toHaveLength(1);
    // Counted once: one new pair stored.
    expect((await created()) - before).toBe(1);
    expect(rows[0]).toMatchObject({ jobId: ids.job, candidateId: ids.ana, status: "new", skillsScore: 1, experienceScore: 1, salaryScore: 1, locationScore: 1 });
    expect(rows[0].explanation.reasons).toContain("2 of 2 required skills");
    expect(summary).toMatchObject({ jobs: 2, candidates: 3, considered: 6, kept: 1 });
    expect(summary.scored).toBeLessThan(summary.considered);
  });

  it("is idempotent, keeps a shortlist through rescoring, and deletes pairs that fell below", async () => {
    const ids = await seed();
    await rescoreMatches(db, { kind: "all" });
    await rescoreMatches(db, { kind: "all" });
    expect(await stored()).toHaveLength(1);
    await db.update(matches).set({ status: "shortlisted", statusAt: new Date() }).where(eq(matches.candidateId, ids.ana));
    // Ana's salary expectation now far above the range: the pair falls below 0.7 but stays, shortlisted, rescored.
    await db.update(candidates).set({ salaryExpectation: 200_000, yearsExperience: 1 }).where(eq(candidates.id, ids.ana));
    await rescoreMatches(db, { kind: "candidates", candidateIds: [ids.ana] });
    const [kept] = await stored();
    expect(kept).toMatchObject({ status: "shortlisted", salaryScore: 0 });
    expect(kept.score).toBeLessThan(0.7);
    // A new (undecided) pair falling below is deleted.
    await db.update(matches).set({ status: "new" }).where(eq(matches.candidateId, ids.ana));
    await db.update(candidates).set({ salaryExpectation: 200_000, yearsExperience: 0 }).where(eq(candidates.id, ids.ana));
    await rescoreMatches(db, { kind: "candidates", candidateIds: [ids.ana] });
    expect(await stored()).toHaveLength(0);
  });

  it("adds a new candidate's matches and drops a closed job's new matches", async () => {
    const ids = await seed();
    await rescoreMatches(db, { kind: "all" });
    const [dee] = await db
      .insert(candidates)
      .values({ fullName: "Dee New", skills: ["Python", "PostgreSQL"], yearsExperience: 5, city: "Berlin", countryCode: "DE" })
      .returning({ id: candidates.id });
    await rescoreMatches(db, { kind: "candidates", candidateIds: [dee.id] });
    expect((await stored()).map((m) => m.candidateId).sort()).toEqual([ids.ana, dee.id].sort());
    await db.update(jobs).set({ status: "closed" }).where(eq(jobs.id, ids.job));
    await rescoreMatches(db, { kind: "jobs", jobIds: [ids.job] });
    expect(await stored()).toHaveLength(0);
  });

  it("rescores with saved Settings, which win over the environment defaults", async () => {
    const ids = await seed();
    const [admin] = await db.insert(users).values({ email: "a@example.com", name: "A", role: "admin", passwordHash: "x" }).onConflictDoNothing().returning();
    const saved = await saveMatchSettings(db, admin ?? { id: (await db.select().from(users))[0].id }, {
      skill_weight: 1,
      experience_weight: 0,
      salary_weight: 0,
      location_weight: 0,
      min_score: 0.5,
    });
    expect(saved.weights.skills).toBe(1);
    const events = await db.select().from(outbox).where(eq(outbox.name, "matching/settings.changed"));
    expect(events).toHaveLength(1);
    await rescoreMatches(db, { kind: "all" });
    // Ben holds MySQL (related to PostgreSQL) only: 0.5 * 1 / 2.5 = 0.2 of skills, below 0.5.
    const rows = await stored();
    expect(rows.map((r) => r.candidateId)).toEqual([ids.ana]);
    expect(rows[0].settingsVersion).toBe(saved.version);
  });

  it("stores explanations whose skill names hold quotes, backslashes and commas intact", async () => {
    const odd = 'C# "core", \\ {x}';
    const [job] = await db.insert(jobs).values({ ...backendJob, skillRequirements: [{ name: odd, level: "beginner", required: true }] }).returning({ id: jobs.id });
    await db.insert(candidates).values({ fullName: "Odd", skills: [odd], yearsExperience: 5, salaryExpectation: 70_000, salaryCurrency: "EUR", city: "Berlin", countryCode: "DE" });
    await rescoreMatches(db, { kind: "jobs", jobIds: [job.id] });
    const [row] = await stored();
    expect(row.explanation.skills.matching).toEqual([odd]);
  });

  it("writes thousands of pairs in several batches (side by side on PostgreSQL), each pair once, each new one announced once", async () => {
    const [job, second] = await db.insert(jobs).values([backendJob, { ...backendJob, title: "Backend engineer II" }]).returning({ id: jobs.id });
    const fit = { skills: ["Python", "PostgreSQL", "Docker"], skillLevels: { Python: "expert" as const }, yearsExperience: 6, salaryExpectation: 70_000, salaryCurrency: "EUR", city: "Berlin", countryCode: "DE" };
    await db.insert(candidates).values(Array.from({ length: 2600 }, (_, i) => ({ ...fit, fullName: `Fit ${i}` })));
    const summary = await rescoreMatches(db, { kind: "jobs", jobIds: [job.id, second.id] });
    // 5,200 pairs: three batches of up to 2,000.
    expect(summary.kept).toBe(5200);
    const [{ n, pairs }] = await db.select({ n: sql<number>`count(*)::int`, pairs: sql<number>`count(distinct (job_id, candidate_id))::int` }).from(matches);
    expect(n).toBe(5200);
    expect(pairs).toBe(5200);
    // Each scores 1: a strong match, told once (matches/strong, one event per batch).
    const announced = await db.select({ data: outbox.data }).from(outbox).where(eq(outbox.name, "matches/strong"));
    const ids = announced.flatMap((e) => (e.data as { matches: Array<{ jobId: string; candidateId: string }> }).matches.map((m) => `${m.jobId}:${m.candidateId}`));
    expect(ids).toHaveLength(5200);
    expect(new Set(ids).size).toBe(5200);
  });

  it("finds the jobs a sync run inserted or rewrote: linked by the run and updated since it started", async () => {
    const [source] = await db.insert(jobSources).values({ type: "greenhouse", name: `gh-${Math.random()}` }).returning();
    const start = new Date(Date.now() - 60_000);
    const [run, other] = await db
      .insert(syncRuns)
      .values([
        { sourceId: source.id, mode: "full", startedAt: start, status: "succeeded" },
        { sourceId: source.id, mode: "full", startedAt: start },
      ])
      .returning();
    const [old, fresh, othersJob, unlinked] = await db
      .insert(jobs)
      .values([
        { ...backendJob, updatedAt: new Date(start.getTime() - 1000) },
        { ...backendJob, updatedAt: new Date() },
        { ...backendJob, updatedAt: new Date() },
        { ...backendJob, updatedAt: new Date() },
      ])
      .returning({ id: jobs.id });
    await db.insert(jobSourceLinks).values([
      { jobId: old.id, sourceId: source.id, externalId: "old", contentHash: "h", lastRunId: run.id },
      { jobId: fresh.id, sourceId: source.id, externalId: "fresh", contentHash: "h", lastRunId: run.id },
      // The same job seen twice by the run (two records merged into it) is listed once.
      { jobId: fresh.id, sourceId: source.id, externalId: "fresh-repost", contentHash: "h", lastRunId: run.id },
      { jobId: othersJob.id, sourceId: source.id, externalId: "other", contentHash: "h", lastRunId: other.id },
    ]);
    const found = await jobsChangedByRun(db, run.id);
    expect(found).toEqual([fresh.id]);
    expect(found).not.toContain(unlinked.id);
  });

  it("stores each job's best candidates and each candidate's best jobs when limits are set, and drops pairs out of both lists", async () => {
    const strong = { skills: ["Python", "PostgreSQL", "Docker"], skillLevels: { Python: "expert" as const }, yearsExperience: 6, salaryExpectation: 70_000, salaryCurrency: "EUR", city: "Berlin", countryCode: "DE" };
    const [j1, j2] = await db.insert(jobs).values([backendJob, { ...backendJob, title: "Python engineer" }]).returning({ id: jobs.id });
    const [al, bo] = await db
      .insert(candidates)
      .values([
        { ...strong, fullName: "Al Best" },
        // Bo meets every requirement but misses the nice-to-have Docker: second for both jobs.
        { ...strong, fullName: "Bo Second", skills: ["Python", "PostgreSQL"] },
      ])
      .returning({ id: candidates.id });
    const keep = { perJob: 1, perCandidate: 1 };
    const summary = await rescoreMatches(db, { kind: "all" }, { keep });
    expect(summary).toMatchObject({ kept: 4, stored: 3 });
    const rows = await stored();
    // Al tops both jobs; Bo is nobody's first but keeps his own best job.
    expect(rows.filter((r) => r.candidateId === al.id).map((r) => r.jobId).sort()).toEqual([j1.id, j2.id].sort());
    expect(rows.filter((r) => r.candidateId === bo.id)).toHaveLength(1);
    // Ids are version 7 UUIDs (time first), so a rescore's rows append to the primary key.
    for (const r of rows) expect(r.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(Math.abs(parseInt(rows[0].id.replace(/-/g, "").slice(0, 12), 16) - Date.now())).toBeLessThan(60_000);
    // Without limits every pair is stored; with them again, the one out of both lists goes.
    await rescoreMatches(db, { kind: "all" }, { keep: { perJob: 0, perCandidate: 0 } });
    expect(await stored()).toHaveLength(4);
    await rescoreMatches(db, { kind: "jobs", jobIds: [j1.id, j2.id] }, { keep });
    expect(await stored()).toHaveLength(3);
    // A new job in another city ranks below Bo's best stored job: Al's for the job's list, nothing for Bo's.
    const [munich] = await db.insert(jobs).values({ ...backendJob, city: "Munich" }).returning({ id: jobs.id });
    const added = await rescoreMatches(db, { kind: "jobs", jobIds: [munich.id] }, { keep });
    expect(added).toMatchObject({ kept: 2, stored: 1 });
    expect((await stored()).filter((r) => r.jobId === munich.id).map((r) => r.candidateId)).toEqual([al.id]);
  });

  it("lists a candidate's jobs by the ranking key: of two jobs with the same score, the one in their occupation and seniority first, saying why", async () => {
    const asks = { skillRequirements: [{ name: "Python", level: "advanced" as const, required: true }], experienceYearsMin: 3, city: "Berlin", countryCode: "DE" };
    const [other, own] = await db
      .insert(jobs)
      .values([
        { ...asks, title: "Junior Data Analyst", level: "junior" as const },
        { ...asks, title: "Senior Python Developer", level: "senior" as const },
      ])
      .returning({ id: jobs.id });
    const [person] = await db
      .insert(candidates)
      .values({ fullName: "Dee Dev", headline: "Senior Python Developer", skills: ["Python"], skillLevels: { Python: "expert" }, yearsExperience: 7, city: "Berlin", countryCode: "DE" })
      .returning({ id: candidates.id });
    await rescoreMatches(db, { kind: "all" }, { now: new Date("2026-12-01T00:00:00Z") });
    const list = await listCandidateMatches(db, { id: crypto.randomUUID(), role: "admin" }, person.id, { page: 1, limit: 10 });
    expect(list.items.map((m) => m.jobId)).toEqual([own.id, other.id]);
    expect(list.items[0].score).toBe(list.items[1].score);
    expect(list.items[0].explanation.reasons).toContain("order: senior role, the candidate's seniority");
    expect(list.items[1].explanation.reasons).toContain("order: junior role, candidate reads as senior");
  });
});
