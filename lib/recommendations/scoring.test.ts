import { describe, expect, it } from "vitest";
import { coOccurrences, collaborativeScores, popularRecommendations, type Interaction } from "./collaborative";
import { contentRecommendations, contentReasons } from "./content";
import { behaviourFactor, fusedScore, hybridRank } from "./hybrid";
import { jobSimilarity, skillOverlap } from "./similarity";
import type { LabelledJob } from "./types";

const job = (id: string, companyId: string | null, occupationCode: string | null, skills: string[]): LabelledJob => ({ id, companyId, occupationCode, skills, label: `${id} at ${companyId}` });

describe("jobSimilarity", () => {
  it("weighs company, occupation and shared skills, and is 0 for nothing shared", () => {
    const go = job("a", "bluefin", "15-1252.00", ["Go", "Kubernetes"]);
    expect(jobSimilarity(go, { ...go, id: "b" })).toBe(1);
    expect(jobSimilarity(go, job("c", "bluefin", null, []))).toBe(0.4);
    expect(jobSimilarity(go, job("d", "acme", "15-1252.00", ["go"]))).toBe(0.475);
    expect(jobSimilarity(go, job("e", null, null, ["Figma"]))).toBe(0);
    expect(jobSimilarity(job("f", null, null, []), job("g", null, null, []))).toBe(0);
    expect(skillOverlap(["Go", "SQL"], ["sql", "Rust", "C"])).toBe(0.25);
  });
});

describe("content", () => {
  it("orders by rank_score, drops excluded jobs, and keeps only reasons in favour", () => {
    const result = contentRecommendations(
      [
        { jobId: "low", score: 0.9, rankScore: 0.7, reasons: ["2 of 2 required skills"] },
        { jobId: "high", score: 0.8, rankScore: 0.85, reasons: ["4 of 5 required skills", "missing Go", "salary expectation within range", "no job location stated"] },
        { jobId: "gone", score: 0.99, rankScore: 0.99, reasons: [] },
      ],
      new Set(["gone"]),
      10,
    );
    expect(result.items.map((i) => i.jobId)).toEqual(["high", "low"]);
    expect(result.items[0].reasons).toEqual(["Fits your profile: 80% match", "4 of 5 required skills", "Salary expectation within range"]);
    expect(result.message).toBeNull();
  });

  it("says what to do when nothing matches", () => {
    expect(contentRecommendations([], new Set(), 5).message).toMatch(/profile/);
    expect(contentReasons(0.5, ["0 of 3 required skills", "same city"])).toEqual(["Fits your profile: 50% match", "Same city"]);
  });
});

describe("collaborative", () => {
  const labels: Record<string, string> = { go: "Senior Go Engineer at Bluefin", rust: "Rust Engineer at Acme", pm: "Product Manager at Acme", sre: "SRE at Bluefin" };
  const label = (id: string) => labels[id] ?? id;
  const neighbours: Interaction[] = [
    ...["u1", "u2", "u3"].flatMap((u): Interaction[] => [
      { candidateId: u, jobId: "go", stage: "saved" },
      { candidateId: u, jobId: "rust", stage: "applied" },
    ]),
    { candidateId: "u4", jobId: "go", stage: "applied" },
    { candidateId: "u4", jobId: "pm", stage: "saved" },
    { candidateId: "u4", jobId: "sre", stage: "saved" },
  ];
  const popularity = new Map([
    ["go", 4],
    ["rust", 3],
    ["pm", 20],
    ["sre", 1],
  ]);
  const base = { own: [{ jobId: "go", stage: "saved" as const }], pairs: coOccurrences(["go"], neighbours), popularity, exclude: new Set<string>(), label };

  it("counts how the seekers who had the seeker's job went for each other job", () => {
    const pairs = coOccurrences(["go"], neighbours);
    expect(pairs.find((p) => p.jobId === "rust")).toEqual({ ownJobId: "go", jobId: "rust", together: 3, savedThere: 3, appliedHere: 3 });
    expect(pairs.find((p) => p.jobId === "sre")).toEqual({ ownJobId: "go", jobId: "sre", together: 1, savedThere: 0, appliedHere: 0 });
    expect(pairs.map((p) => p.jobId)).not.toContain("go");
  });

  it("ranks co-occurring jobs by cosine and explains with the seekers who went for both", () => {
    const result = collaborativeScores(base, 10);
    expect(result.map((r) => r.jobId)).toEqual(["rust", "sre", "pm"]);
    expect(result[0].reasons).toEqual(["3 seekers who saved Senior Go Engineer at Bluefin also applied here"]);
    expect(result[1].reasons).toEqual(["1 seeker who applied to Senior Go Engineer at Bluefin also saved this job"]);
    // A popular job co-occurring once is worth less than a rare one (the cosine's norm).
    expect(result[2].score).toBeLessThan(result[1].score);
  });

  it("never recommends excluded or already-owned jobs", () => {
    const result = collaborativeScores({ ...base, exclude: new Set(["rust"]) }, 10);
    expect(result.map((r) => r.jobId)).toEqual(["sre", "pm"]);
    const owning = collaborativeScores({ ...base, own: [...base.own, { jobId: "sre", stage: "applied" }] }, 10);
    expect(owning.map((r) => r.jobId)).not.toContain("sre");
    expect(collaborativeScores({ ...base, own: [] }, 10)).toEqual([]);
  });

  it("falls back to popular jobs in the seeker's occupation and says so", () => {
    const popular = [
      { jobId: "a", seekers: 5, occupationCode: "15-1252.00" },
      { jobId: "b", seekers: 9, occupationCode: "27-1024.00" },
      { jobId: "c", seekers: 2, occupationCode: "15-1252.00" },
    ];
    const result = popularRecommendations(popular, { code: "15-1252.00", title: "Software Developers" }, new Set(["c"]), 10, "no_activity");
    expect(result.coldStart).toBe(true);
    expect(result.items.map((i) => i.jobId)).toEqual(["a"]);
    expect(result.items[0].reasons).toEqual(["Popular in Software Developers: 5 seekers saved or applied"]);
    expect(result.message).toMatch(/not saved or applied.*popular with seekers in Software Developers/);
    const anyField = popularRecommendations(popular, null, new Set(), 10, "no_overlap");
    expect(anyField.items.map((i) => i.jobId)).toEqual(["b", "a", "c"]);
    expect(anyField.message).toMatch(/No other seeker/);
  });
});

describe("hybrid", () => {
  it("fuses ranks: first in both lists is 1, one list alone weighs its share", () => {
    expect(fusedScore(1, 1)).toBeCloseTo(1);
    expect(fusedScore(1, null)).toBeCloseTo(0.6);
    expect(fusedScore(null, 1)).toBeCloseTo(0.4);
    expect(fusedScore(2, 2)).toBeLessThan(1);
    expect(behaviourFactor(0, 0)).toBe(1);
    expect(behaviourFactor(1, 0)).toBe(1.5);
    expect(behaviourFactor(0, 1)).toBeCloseTo(0.2);
  });

  const jobs = new Map(
    [
      job("acme-go", "acme", "15-1252.00", ["Go", "SQL"]),
      job("blue-py", "bluefin", "15-2051.00", ["Python"]),
      job("zeta-go", "zeta", "15-1252.00", ["Go"]),
    ].map((j) => [j.id, j]),
  );
  const content = [
    { jobId: "acme-go", score: 0.9, reasons: ["Fits your profile: 90% match"] },
    { jobId: "blue-py", score: 0.85, reasons: ["Fits your profile: 85% match"] },
  ];
  const collaborative = [{ jobId: "zeta-go", score: 0.5, reasons: ["2 seekers who saved X also applied here"] }];

  it("sinks jobs like a dismissed one and says why", () => {
    const before = hybridRank({ content, collaborative, jobs, liked: [], dismissed: [] }, 10);
    expect(before.map((r) => r.jobId)).toEqual(["acme-go", "blue-py", "zeta-go"]);
    const dismissed = [job("acme-other", "acme", "15-1252.00", ["Go"])];
    const after = hybridRank({ content, collaborative, jobs, liked: [], dismissed }, 10);
    // The dismissed job's company, occupation and skill sink acme-go most, zeta-go (occupation, skill) less.
    expect(after.map((r) => r.jobId)).toEqual(["blue-py", "zeta-go", "acme-go"]);
    expect(after[2].reasons).toContain("Ranked lower: like acme-other at acme, which you dismissed");
  });

  it("lifts jobs like a saved one above better-fused ones", () => {
    const liked = [job("blue-saved", "bluefin", "15-2051.00", ["Python"])];
    const result = hybridRank({ content, collaborative, jobs, liked, dismissed: [] }, 2);
    expect(result.map((r) => r.jobId)).toEqual(["blue-py", "acme-go"]);
    expect(result[0].reasons).toEqual(["Fits your profile: 85% match", "Like blue-saved at bluefin, which you went for"]);
  });
});
