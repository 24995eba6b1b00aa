import { describe, expect, it } from "vitest";
import { CandidateShortlists, keptForJob } from "./keep";

const pair = (jobId: string, candidateId: string, score: number, rank = score) => ({ jobId, candidateId, score, rank });

describe("which pairs above the minimum are stored", () => {
  it("keeps a job's best by score up to the limit, and every pair when either limit is 0", () => {
    const found = [pair("j", "a", 0.9), pair("j", "b", 0.8), pair("j", "c", 0.75)];
    expect(keptForJob(found, { perJob: 2, perCandidate: 1 }).map((p) => p.candidateId)).toEqual(["a", "b"]);
    expect(keptForJob(found, { perJob: 0, perCandidate: 1 })).toHaveLength(3);
    expect(keptForJob(found, { perJob: 2, perCandidate: 0 })).toHaveLength(3);
  });

  it("adds each candidate's best jobs by ranking key that their jobs' lists left out, and nothing already stored", () => {
    const limits = { perJob: 1, perCandidate: 2 };
    const lists = new CandidateShortlists(limits);
    // Three jobs; Bo loses every job to Al by score, but his best two by rank are still his.
    for (const [job, bo] of [["j1", 0.72], ["j2", 0.8], ["j3", 0.76]] as const) {
      const found = [pair(job, "al", 0.95), pair(job, "bo", bo, bo)];
      const forJob = keptForJob(found, limits);
      expect(forJob.map((p) => p.candidateId)).toEqual(["al"]);
      lists.offer(found, forJob.length);
    }
    // Al's pairs were all stored for their jobs; Bo's best two by rank are what is left over.
    expect(lists.leftOver()).toEqual([
      { jobId: "j2", candidateId: "bo" },
      { jobId: "j3", candidateId: "bo" },
    ]);
  });

  it("keeps the true best of a candidate however many pairs are offered (bounded memory trims on the way)", () => {
    const lists = new CandidateShortlists({ perJob: 1, perCandidate: 3 });
    const ranks = Array.from({ length: 50 }, (_, i) => ((i * 37) % 50) / 100);
    ranks.forEach((rank, i) => lists.offer([pair(`x${i}`, "top", 0.99), pair(`j${String(i).padStart(2, "0")}`, "c", 0.7, 0.5 + rank)], 1));
    const best = lists.leftOver().filter((p) => p.candidateId === "c");
    const expected = ranks
      .map((rank, i) => ({ rank, jobId: `j${String(i).padStart(2, "0")}` }))
      .sort((a, b) => b.rank - a.rank)
      .slice(0, 3)
      .map((e) => e.jobId);
    expect(best.map((p) => p.jobId)).toEqual(expected);
  });

  it("does nothing without limits", () => {
    const lists = new CandidateShortlists({ perJob: 0, perCandidate: 5 });
    lists.offer([pair("j", "a", 0.9)], 1);
    expect(lists.active).toBe(false);
    expect(lists.leftOver()).toEqual([]);
  });
});
