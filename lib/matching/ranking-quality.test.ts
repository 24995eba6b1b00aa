import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "@/db";
import { labelledSet } from "@/simulator/labelled";
import { insertLabelledJobs } from "@/tests/labelled";
import { openTestDatabase } from "@/tests/db";
import { resumeSearchQuality, structuredRankingQuality } from "@/tests/ranking-quality";

// Candidates built to fit given jobs, with aliases, dropped skills, other cities and salary noise
// (simulator/labelled.ts): the job each was built for must rank in their top 5 for 90 % of them.
// npm run bench:match measures the same on a bigger set.
const set = labelledSet({ seed: 21, jobs: 150, candidates: 60 });
let handle: DatabaseHandle;
let jobIds: Map<string, string>;

beforeAll(async () => {
  handle = await openTestDatabase();
  jobIds = await insertLabelledJobs(handle.db, set.jobs);
});
afterAll(() => handle.close());

describe("ranking quality on the labelled set", () => {
  it("has noisy candidates: aliases, missing skills and other cities really occur", () => {
    const aliased = set.candidates.filter((c) => c.skills.some((s) => /ReactJS|Postgres|k8s|Golang|NodeJS|Typescript|PowerBI|Spark/.test(s.name)));
    const moved = set.candidates.filter((c) => c.city !== set.jobs.find((j) => j.id === c.intendedJobId)!.city);
    expect(aliased.length).toBeGreaterThan(0);
    expect(moved.length).toBeGreaterThan(0);
  });

  it("ranks the intended job in the top 5 by the structured score for at least 90 % of candidates", () => {
    expect(structuredRankingQuality(set).top5).toBeGreaterThanOrEqual(0.9);
  });

  it("orders a candidate's jobs by the ranking key with the intended job in the top 5 for at least 95 % of candidates", () => {
    expect(structuredRankingQuality(set, undefined, "rank").top5).toBeGreaterThanOrEqual(0.95);
  });

  it("on a 1,000-job pool of near-identical jobs, the ranking key beats the score alone and keeps the intended job in the top 5 for 85 %", () => {
    const pool = labelledSet({ seed: 21, jobs: 1000, candidates: 150 });
    const byScore = structuredRankingQuality(pool);
    const byRank = structuredRankingQuality(pool, undefined, "rank");
    expect(byRank.candidates).toBe(150);
    expect(byRank.top5).toBeGreaterThan(byScore.top5);
    expect(byRank.top1).toBeGreaterThan(byScore.top1);
    expect(byRank.top5).toBeGreaterThanOrEqual(0.85);
  });

  it("ranks the intended job in the top 5 of the resume search for at least 90 % of resumes", async () => {
    const quality = await resumeSearchQuality(handle.db, set, jobIds);
    expect(quality.candidates).toBe(60);
    expect(quality.top5).toBeGreaterThanOrEqual(0.9);
  });
});
