import { sql } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { DatabaseHandle } from "@/db";
import { backgroundRuns, candidates, jobSourceLinks, jobSources, jobs, matches, syncRuns } from "@/db/schema";
import { openTestDatabase } from "@/tests/db";

// The functions read the app-wide handle (getDb); point it, and the runner, at this file's database.
const testDb = vi.hoisted(() => ({ handle: undefined as DatabaseHandle | undefined }));
vi.mock("@/db", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/db")>()),
  getDb: async () => testDb.handle!.db,
  getDatabase: async () => testDb.handle!,
}));

const { inngest } = await import("../client");
const { drainRunner, listRuns } = await import("../runner");

beforeAll(async () => {
  testDb.handle = await openTestDatabase();
});
afterAll(() => testDb.handle?.close());
beforeEach(async () => {
  const { db } = testDb.handle!;
  await db.delete(backgroundRuns);
  await db.delete(matches);
  await db.delete(jobs);
  await db.delete(candidates);
});

async function seed() {
  const { db } = testDb.handle!;
  const [job] = await db
    .insert(jobs)
    .values({ title: "Data engineer", skills: ["Python", "Airflow"], experienceYearsMin: 2, city: "Madrid", countryCode: "ES" })
    .returning({ id: jobs.id });
  const [candidate] = await db
    .insert(candidates)
    .values({ fullName: "Eva", skills: ["Python", "Airflow", "SQL"], yearsExperience: 4, city: "Madrid", countryCode: "ES" })
    .returning({ id: candidates.id });
  return { job: job.id, candidate: candidate.id };
}

describe("match refresh functions in the embedded runner", () => {
  it("jobs/changed stores the job's matches, and a repeat of the event changes nothing", async () => {
    const { db } = testDb.handle!;
    const ids = await seed();
    for (let i = 0; i < 2; i++) {
      await inngest.send({ name: "jobs/changed", data: { jobIds: [ids.job] } });
      await drainRunner({ db });
      const rows = await db.select().from(matches);
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({ jobId: ids.job, candidateId: ids.candidate, status: "new" });
    }
    const runs = await listRuns(db, { functionId: "refresh-matches-changed-jobs", limit: 5 });
    expect(runs.map((r) => r.status)).toEqual(["completed", "completed"]);
    expect(runs[0].output).toMatchObject({ jobs: 1, kept: 1 });
  });

  it("jobs/loaded rescores the jobs the run inserted or rewrote", async () => {
    const { db } = testDb.handle!;
    const ids = await seed();
    const [source] = await db.insert(jobSources).values({ type: "lever", name: "lever-test" }).returning();
    const [run] = await db.insert(syncRuns).values({ sourceId: source.id, mode: "full", startedAt: new Date(Date.now() - 60_000) }).returning();
    // The run stored the job's source link: the job is one of its own.
    await db.insert(jobSourceLinks).values({ jobId: ids.job, sourceId: source.id, externalId: "lever-1", contentHash: "h", lastRunId: run.id });
    await inngest.send({ name: "jobs/loaded", data: { runId: run.id, sourceId: source.id, inserted: 1, updated: 0 } });
    await drainRunner({ db });
    expect(await db.select().from(matches)).toMatchObject([{ jobId: ids.job, candidateId: ids.candidate }]);
  });

  it("candidates/changed and matching/settings.changed rescore", async () => {
    const { db } = testDb.handle!;
    const ids = await seed();
    await inngest.send({ name: "candidates/changed", data: { candidateIds: [ids.candidate] } });
    await drainRunner({ db });
    expect(await db.select().from(matches)).toHaveLength(1);
    await db.execute(sql`update candidates set skills = '{Excel}' where id = ${ids.candidate}`);
    await inngest.send({ name: "matching/settings.changed", data: { version: 0 } });
    await drainRunner({ db });
    expect(await db.select().from(matches)).toHaveLength(0);
    const [run] = await listRuns(db, { functionId: "rescore-all-matches", limit: 1 });
    expect(run).toMatchObject({ status: "completed", output: { skipped: false, jobs: 1, candidates: 1, kept: 0 } });
  });
});
