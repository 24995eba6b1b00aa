import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle, Db } from "@/db";
import { candidates, followUps, jobSources, jobs, matches, syncRuns, users, type FollowUpStatus, type User } from "@/db/schema";
import { createApplication } from "@/lib/applications/create";
import { moveApplication } from "@/lib/applications/move";
import { emptyCounts, type SyncCounts } from "@/lib/sync/run-counts";
import { openTestDatabase } from "@/tests/db";
import { metricsDashboard } from "./dashboard";
import { isQuietRange } from "./quiet";
import { metricsRangeQuery, resolveRange } from "./range";

let handle: DatabaseHandle;
let db: Db;
let recruiter: User;
const now = new Date("2026-06-15T12:00:00Z");
const at = (iso: string) => new Date(`${iso}Z`);
/** 1 to 14 June 2026: a Monday to a Sunday, per day. */
const june = resolveRange(metricsRangeQuery.parse({ from: "2026-06-01", to: "2026-06-14" }), now);
const ids: Record<string, string> = {};

async function run(sourceId: string, started: string, seconds: number | null, counts: Partial<SyncCounts>, status: "succeeded" | "partial" | "running" = "succeeded") {
  const startedAt = at(started);
  const [row] = await db
    .insert(syncRuns)
    .values({ sourceId, mode: "incremental", status, counts: { ...emptyCounts(), ...counts }, createdAt: startedAt, startedAt, finishedAt: seconds === null ? null : new Date(startedAt.getTime() + seconds * 1000) })
    .returning({ id: syncRuns.id });
  return row.id;
}

async function candidate(): Promise<string> {
  const [row] = await db.insert(candidates).values({ fullName: `C ${randomUUID()}` }).returning({ id: candidates.id });
  return row.id;
}

async function match(jobId: string, score: number, created: string) {
  const parts = { score, skillsScore: score, experienceScore: score, salaryScore: score, locationScore: score };
  await db.insert(matches).values({ jobId, candidateId: await candidate(), ...parts, explanation: { skills: { matching: [], partial: [], transferable: [], missing: [] }, reasons: [] }, createdAt: at(created) });
}

async function followUp(applicationId: string, status: FollowUpStatus, due: string, completed?: string) {
  await db.insert(followUps).values({ applicationId, kind: "manual", dueAt: at(due), body: "Checking in", status, completedAt: completed ? at(completed) : null });
}

beforeAll(async () => {
  handle = await openTestDatabase();
  db = handle.db;
  [recruiter] = await db.insert(users).values({ email: `r-${randomUUID()}@example.com`, name: "Rae", role: "recruiter", passwordHash: "x" }).returning();
  const [adzuna, lever] = await db
    .insert(jobSources)
    .values([
      { type: "adzuna", name: "Adzuna" },
      { type: "lever", name: "Lever" },
    ])
    .returning({ id: jobSources.id });
  ids.r1 = await run(adzuna.id, "2026-06-02T10:00:00", 120, { inserted: 5, fetched: 10, duplicates: 2, failed: 1 });
  ids.r2 = await run(adzuna.id, "2026-06-02T18:00:00", 60, { inserted: 3, fetched: 3 });
  ids.r3 = await run(lever.id, "2026-06-03T09:00:00", 30, { inserted: 4, fetched: 8, duplicates: 1, failed: 3 }, "partial");
  await run(lever.id, "2026-05-20T09:00:00", 45, { inserted: 100, fetched: 100 });
  ids.r5 = await run(lever.id, "2026-06-10T00:00:00", null, {}, "running");

  const [berlin, hamburg, anywhere] = await db
    .insert(jobs)
    .values([
      { title: "Senior Analyst", countryCode: "DE", level: "senior", remote: true },
      { title: "Junior Analyst", countryCode: "DE", level: "junior", remote: false },
      { title: "Writer", remote: true },
      { title: "Closed Role", countryCode: "FR", level: "mid", status: "expired" },
    ])
    .returning({ id: jobs.id });
  ids.berlin = berlin.id;
  ids.hamburg = hamburg.id;

  // A: applied 2 June, screening 4 June, rejected 5 June. B: applied 3 June, straight to interview on 5 June.
  const a = await createApplication(db, recruiter, { jobId: berlin.id, candidateId: await candidate() }, { now: at("2026-06-02T09:00:00") });
  await moveApplication(db, recruiter, a.id, { stage: "screening" }, { now: at("2026-06-04T09:00:00") });
  await moveApplication(db, recruiter, a.id, { stage: "rejected" }, { now: at("2026-06-05T09:00:00") });
  const b = await createApplication(db, recruiter, { jobId: berlin.id, candidateId: await candidate() }, { now: at("2026-06-03T09:00:00") });
  await moveApplication(db, recruiter, b.id, { stage: "interview_scheduled" }, { now: at("2026-06-05T09:00:00") });
  // Created before the range: not in its funnel.
  await createApplication(db, recruiter, { jobId: hamburg.id, candidateId: await candidate() }, { now: at("2026-05-01T09:00:00") });

  await match(berlin.id, 0.9, "2026-06-02T00:00:00");
  await match(berlin.id, 0.95, "2026-06-05T00:00:00");
  await match(berlin.id, 1, "2026-06-06T00:00:00");
  await match(berlin.id, 0.5, "2026-06-07T00:00:00");
  await match(hamburg.id, 0.86, "2026-06-08T00:00:00");
  await match(hamburg.id, 0.72, "2026-05-25T00:00:00");
  await match(anywhere.id, 0.84, "2026-06-09T00:00:00");

  await followUp(a.id, "done", "2026-06-03T09:00:00", "2026-06-04T10:00:00");
  await followUp(a.id, "done", "2026-06-03T09:00:00", "2026-06-04T23:30:00");
  await followUp(a.id, "planned", "2026-06-05T09:00:00");
  await followUp(a.id, "due", "2026-06-14T13:00:00");
  await followUp(a.id, "planned", "2026-06-16T09:00:00");
  await followUp(a.id, "skipped", "2026-06-06T09:00:00");
  await followUp(a.id, "done", "2026-05-28T09:00:00", "2026-05-30T09:00:00");
}, 120_000);
afterAll(async () => handle.close());

describe("metricsDashboard, per day", () => {
  it("counts jobs inserted per day by source, every day of the range present", async () => {
    const { ingested, range } = await metricsDashboard(db, june, now);
    expect(range).toEqual({ from: "2026-06-01", to: "2026-06-14", days: 14, bucket: "day" });
    expect(ingested.sources).toEqual(["Adzuna", "Lever"]);
    expect(ingested.buckets).toHaveLength(14);
    expect(ingested.buckets[0]).toEqual({ start: "2026-06-01", total: 0, counts: { Adzuna: 0, Lever: 0 } });
    expect(ingested.buckets.filter((b) => b.total > 0)).toEqual([
      { start: "2026-06-02", total: 8, counts: { Adzuna: 8, Lever: 0 } },
      { start: "2026-06-03", total: 4, counts: { Adzuna: 0, Lever: 4 } },
    ]);
  });

  it("lists the runs of the range oldest first with duplicates, failures and durations, and durations by source", async () => {
    const { runs, durations } = await metricsDashboard(db, june, now);
    expect(runs.total).toBe(4);
    expect(runs.shown.map(({ id, source, status, seconds, fetched, duplicates, failures }) => ({ id, source, status, seconds, fetched, duplicates, failures }))).toEqual([
      { id: ids.r1, source: "Adzuna", status: "succeeded", seconds: 120, fetched: 10, duplicates: 2, failures: 1 },
      { id: ids.r2, source: "Adzuna", status: "succeeded", seconds: 60, fetched: 3, duplicates: 0, failures: 0 },
      { id: ids.r3, source: "Lever", status: "partial", seconds: 30, fetched: 8, duplicates: 1, failures: 3 },
      { id: ids.r5, source: "Lever", status: "running", seconds: null, fetched: 0, duplicates: 0, failures: 0 },
    ]);
    expect(runs.shown[0].started).toBe("2026-06-02T10:00:00.000Z");
    // The unfinished run has no duration; May's run is outside the range.
    expect(durations).toEqual([
      { source: "Adzuna", runs: 2, median: 90, longest: 120 },
      { source: "Lever", runs: 1, median: 30, longest: 30 },
    ]);
  });

  it("breaks open jobs down by country, level in seniority order, and remote", async () => {
    const { open } = await metricsDashboard(db, june, now);
    expect(open).toEqual({
      total: 3,
      countries: [
        { label: "DE", jobs: 2 },
        { label: "Unknown", jobs: 1 },
      ],
      levels: [
        { label: "junior", jobs: 1 },
        { label: "senior", jobs: 1 },
        { label: "Unspecified", jobs: 1 },
      ],
      remote: [
        { label: "Remote", jobs: 2 },
        { label: "On-site", jobs: 1 },
      ],
    });
  });

  it("builds the funnel and median days per stage from the applications created in the range", async () => {
    const { funnel } = await metricsDashboard(db, june, now);
    expect(funnel).toMatchObject({ applications: 2, rejected: 1, withdrawn: 0 });
    expect(funnel.stages.map(({ stage, reached, current, conversion, median }) => [stage, reached, current, conversion, median])).toEqual([
      ["saved", 2, 0, null, null],
      ["applied", 2, 0, 1, 2],
      ["screening", 2, 0, 1, 1],
      ["interview_scheduled", 1, 1, 0.5, null],
      ["interviewing", 0, 0, 0, null],
      ["offer", 0, 0, null, null],
      ["hired", 0, 0, null, null],
    ]);
  });

  it("puts the range's matches in tenths of score and ranks jobs by strong matches (>= 0.85)", async () => {
    const { scores } = await metricsDashboard(db, june, now);
    expect(scores.matches).toBe(6);
    expect(scores.buckets).toHaveLength(10);
    expect(scores.buckets.filter((b) => b.matches > 0)).toEqual([
      { low: 0.5, high: 0.6, matches: 1 },
      { low: 0.8, high: 0.9, matches: 2 },
      { low: 0.9, high: 1, matches: 3 },
    ]);
    expect(scores.strong).toEqual([
      { job: ids.berlin, title: "Senior Analyst", company: null, matches: 3 },
      { job: ids.hamburg, title: "Junior Analyst", company: null, matches: 1 },
    ]);
  });

  it("counts follow-ups done on each day (UTC) and those due that day and still open", async () => {
    const { followups } = await metricsDashboard(db, june, now);
    expect(followups).toMatchObject({ done: 2, overdue: 2 });
    expect(followups.buckets.filter((b) => b.done + b.overdue > 0)).toEqual([
      { start: "2026-06-04", done: 2, overdue: 0 },
      { start: "2026-06-05", done: 0, overdue: 1 },
      { start: "2026-06-14", done: 0, overdue: 1 },
    ]);
  });
});

describe("metricsDashboard in another session time zone", () => {
  it("still buckets by UTC day", async () => {
    // PGlite has one connection, so this reaches every query; on PostgreSQL it reaches one pooled connection.
    await db.execute(sql`set time zone 'Pacific/Kiritimati'`);
    try {
      const { followups, ingested } = await metricsDashboard(db, june, now);
      expect(followups.buckets.filter((b) => b.done > 0)).toEqual([{ start: "2026-06-04", done: 2, overdue: 0 }]);
      expect(ingested.buckets.filter((b) => b.total > 0).map((b) => b.start)).toEqual(["2026-06-02", "2026-06-03"]);
    } finally {
      await db.execute(sql`set time zone 'UTC'`);
    }
  });
});

describe("metricsDashboard, per week", () => {
  it("groups a range over 31 days in Monday-first weeks, the first one starting before the range", async () => {
    const range = resolveRange(metricsRangeQuery.parse({ from: "2026-05-06", to: "2026-06-14" }), now);
    const d = await metricsDashboard(db, range, now);
    expect(d.range).toMatchObject({ days: 40, bucket: "week" });
    expect(d.ingested.buckets.map((b) => [b.start, b.counts.Adzuna, b.counts.Lever])).toEqual([
      ["2026-05-04", 0, 0],
      ["2026-05-11", 0, 0],
      ["2026-05-18", 0, 100],
      ["2026-05-25", 0, 0],
      ["2026-06-01", 8, 4],
      ["2026-06-08", 0, 0],
    ]);
    expect(d.followups.buckets.map((b) => [b.start, b.done, b.overdue])).toEqual([
      ["2026-05-04", 0, 0],
      ["2026-05-11", 0, 0],
      ["2026-05-18", 0, 0],
      ["2026-05-25", 1, 0],
      ["2026-06-01", 2, 1],
      ["2026-06-08", 0, 1],
    ]);
    expect(d.funnel.applications).toBe(2);
  });

  it("calls a range with no activity quiet, and June not", async () => {
    const empty = await metricsDashboard(db, resolveRange(metricsRangeQuery.parse({ from: "2001-01-01", to: "2001-01-31" }), now), now);
    expect(isQuietRange(empty)).toBe(true);
    expect(empty.open.total).toBe(3);
    expect(isQuietRange(await metricsDashboard(db, june, now))).toBe(false);
  });
});
