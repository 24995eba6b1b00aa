import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle, Db } from "@/db";
import { candidates, jobs, users, type User } from "@/db/schema";
import { NotFoundError } from "@/lib/errors";
import { openTestDatabase } from "@/tests/db";
import { createApplication } from "./create";
import { jobFunnel } from "./funnel";
import { getApplication } from "./get";
import { moveApplication } from "./move";

let handle: DatabaseHandle;
let db: Db;
let recruiter: User;
const day = (n: number) => new Date(Date.UTC(2026, 5, 1) + n * 86_400_000);

async function candidate(): Promise<string> {
  const [row] = await db.insert(candidates).values({ fullName: `C ${randomUUID()}` }).returning({ id: candidates.id });
  return row.id;
}

/** An application created on day 0 that then moves on the given days. */
async function journey(jobId: string, moves: [number, Parameters<typeof moveApplication>[3]["stage"], string?][]) {
  const app = await createApplication(db, recruiter, { jobId, candidateId: await candidate() }, { now: day(0) });
  for (const [at, stage, note] of moves) await moveApplication(db, recruiter, app.id, { stage, note }, { now: day(at) });
  return app.id;
}

beforeAll(async () => {
  handle = await openTestDatabase();
  db = handle.db;
  [recruiter] = await db.insert(users).values({ email: `r-${randomUUID()}@example.com`, name: "Rae", role: "recruiter", passwordHash: "x" }).returning();
});
afterAll(async () => handle.close());

describe("jobFunnel", () => {
  it("counts skipped stages as passed, converts step to step and takes medians over completed stays", async () => {
    const [job] = await db.insert(jobs).values({ title: "Analyst" }).returning({ id: jobs.id });
    // applied 2 days -> screening 4 -> interview_scheduled
    await journey(job.id, [
      [2, "screening"],
      [6, "interview_scheduled"],
    ]);
    // applied 4 days -> skips screening -> interview_scheduled 1 -> interviewing 2 -> offer 3 -> hired
    await journey(job.id, [
      [4, "interview_scheduled"],
      [5, "interviewing"],
      [7, "offer"],
      [10, "hired"],
    ]);
    // applied 6 days -> rejected
    await journey(job.id, [[6, "rejected"]]);
    // still applied
    await journey(job.id, []);

    const funnel = await jobFunnel(db, job.id);
    expect(funnel).toMatchObject({ total: 4, rejected: 1, withdrawn: 0 });
    const byStage = Object.fromEntries(funnel.steps.map((s) => [s.stage, s]));
    expect(funnel.steps.map((s) => s.stage)).toEqual(["saved", "applied", "screening", "interview_scheduled", "interviewing", "offer", "hired"]);
    expect(byStage.saved).toMatchObject({ reached: 4, conversionFromPrevious: null });
    expect(byStage.applied).toMatchObject({ reached: 4, current: 1, conversionFromPrevious: 1, medianDays: 4 });
    // The skipper passed screening without spending time there: reached counts it, the median does not.
    expect(byStage.screening).toMatchObject({ reached: 2, conversionFromPrevious: 0.5, medianDays: 4 });
    expect(byStage.interview_scheduled).toMatchObject({ reached: 2, current: 1, conversionFromPrevious: 1, medianDays: 1 });
    expect(byStage.interviewing).toMatchObject({ reached: 1, conversionFromPrevious: 0.5, medianDays: 2 });
    expect(byStage.offer).toMatchObject({ reached: 1, medianDays: 3 });
    expect(byStage.hired).toMatchObject({ reached: 1, current: 1, conversionFromPrevious: 1, medianDays: null });
  });

  it("is not found for an unknown job", async () => {
    await expect(jobFunnel(db, randomUUID())).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("getApplication", () => {
  it("shows the history in order with time in stage overall and per stage", async () => {
    const [job] = await db.insert(jobs).values({ title: "Engineer" }).returning({ id: jobs.id });
    const id = await journey(job.id, [
      [3, "rejected"],
      [5, "screening", "second look"],
    ]);
    const detail = await getApplication(db, recruiter, id, day(9));
    expect(detail.history.map((h) => [h.fromStage, h.toStage, h.note, h.actorName])).toEqual([
      [null, "applied", null, "Rae"],
      ["applied", "rejected", null, "Rae"],
      ["rejected", "screening", "second look", "Rae"],
    ]);
    expect(detail.timeInStageDays).toBe(4);
    expect(detail.daysPerStage).toEqual({ applied: 3, rejected: 2, screening: 4 });
    expect(detail.allowedNextStages).toContain("interview_scheduled");
  });
});
