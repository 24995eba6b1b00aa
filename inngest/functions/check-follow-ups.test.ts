import { InngestTestEngine } from "@inngest/test";
import { asc, eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { DatabaseHandle, Db } from "@/db";
import { applications, backgroundRuns, candidates, cronSchedules, followUps, jobs, outbox, users } from "@/db/schema";
import { createApplication } from "@/lib/applications";
import { openTestDatabase } from "@/tests/db";
import "@/lib/follow-ups/stage-hook";

// The function reads the app-wide handle (getDb); point it, and the runner, at this file's database.
const testDb = vi.hoisted(() => ({ handle: undefined as DatabaseHandle | undefined }));
vi.mock("@/db", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/db")>()),
  getDb: async () => testDb.handle!.db,
  getDatabase: async () => testDb.handle!,
}));

const { checkFollowUps } = await import("./check-follow-ups");
const { drainRunner, listRuns } = await import("../runner");

const day = 24 * 60 * 60 * 1000;
let db: Db;
let applicationIds: { old: string; fresh: string };

beforeAll(async () => {
  testDb.handle = await openTestDatabase();
  db = testDb.handle.db;
});
afterAll(() => testDb.handle?.close());
beforeEach(async () => {
  await db.delete(backgroundRuns);
  await db.delete(cronSchedules);
  await db.delete(outbox);
  await db.delete(applications);
  await db.delete(jobs);
  await db.delete(candidates);
  await db.delete(users);
  const [recruiter] = await db.insert(users).values({ email: "r@example.com", name: "Sam Reed", role: "recruiter", passwordHash: "x" }).returning();
  const [job] = await db.insert(jobs).values({ title: "Data Analyst", createdBy: recruiter.id }).returning({ id: jobs.id });
  const people = await db.insert(candidates).values([{ fullName: "Ana Diaz" }, { fullName: "Bo Lee" }]).returning({ id: candidates.id });
  const now = Date.now();
  // Applied 30 days ago: all three follow-ups are due and the application is stale; 5 days ago: only the first.
  const old = await createApplication(db, recruiter, { jobId: job.id, candidateId: people[0].id }, { now: new Date(now - 30 * day) });
  const fresh = await createApplication(db, recruiter, { jobId: job.id, candidateId: people[1].id }, { now: new Date(now - 5 * day) });
  applicationIds = { old: old.id, fresh: fresh.id };
});

const snapshot = async () => ({
  followUps: await db.select({ id: followUps.id, status: followUps.status, notifiedAt: followUps.notifiedAt }).from(followUps).orderBy(asc(followUps.dueAt), asc(followUps.id)),
  stale: await db.select({ id: applications.id, staleSince: applications.staleSince }).from(applications).orderBy(asc(applications.id)),
  dueEvents: (await db.select().from(outbox)).filter((e) => e.name === "follow-ups/due").map((e) => e.data),
});

describe("check-follow-ups", () => {
  it("marks due follow-ups and flags stale applications; run twice, the second run changes nothing", async () => {
    const engine = new InngestTestEngine({ function: checkFollowUps, events: [{ name: "inngest/scheduled.timer", data: { cron: "*/5 * * * *" } }] });
    const first = await engine.execute();
    expect(first.result).toEqual({ due: 4, stale: 1 });
    const after = await snapshot();
    expect(after.followUps.filter((f) => f.status === "due")).toHaveLength(4);
    expect(after.dueEvents).toEqual([{ followUpIds: expect.any(Array) }]);
    expect((after.dueEvents[0] as { followUpIds: string[] }).followUpIds).toHaveLength(4);
    const [old] = await db.select().from(applications).where(eq(applications.id, applicationIds.old));
    expect(old.staleSince).not.toBeNull();

    const second = await new InngestTestEngine({ function: checkFollowUps, events: [{ name: "inngest/scheduled.timer", data: { cron: "*/5 * * * *" } }] }).execute();
    expect(second.result).toEqual({ due: 0, stale: 0 });
    expect(await snapshot()).toEqual(after);
  });

  it("runs on its cron schedule in the embedded runner with the same result", async () => {
    let clock = Date.now();
    const drain = () => drainRunner({ db, functions: [checkFollowUps], now: () => new Date(clock) });
    await drain();
    expect(await listRuns(db, { functionId: "check-follow-ups", limit: 5 })).toHaveLength(0);
    clock += 6 * 60 * 1000;
    await drain();
    const [run] = await listRuns(db, { functionId: "check-follow-ups", limit: 5 });
    expect(run).toMatchObject({ status: "completed", output: { due: 4, stale: 1 } });
    clock += 6 * 60 * 1000;
    await drain();
    const runs = await listRuns(db, { functionId: "check-follow-ups", limit: 5 });
    expect(runs.map((r) => r.output)).toEqual([{ due: 0, stale: 0 }, { due: 4, stale: 1 }]);
    expect((await snapshot()).dueEvents).toHaveLength(1);
  });
});
