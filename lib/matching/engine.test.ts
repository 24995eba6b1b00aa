import { describe, expect, it } from "vitest";
import type { SeniorityLevel } from "@/lib/jobs/vocabulary";
import { type SkillLevel, skillLevels } from "@/lib/skills/levels";
import { buildCandidateIndex, createMatcher, emptyStats, type EngineCandidate, type EngineJob, pairToStore } from "./engine";
import type { RelatedSkills } from "./related";
import { scoreMatch } from "./score";

// A small deterministic generator (mulberry32) so a failure names its seed.
function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const skillPool = Array.from({ length: 14 }, (_, i) => `Skill${i}`);
// Neighbours in the pool are related: Skill3 counts toward Skill2 and Skill4.
const related: RelatedSkills = (name) => {
  const i = Number(name.replace(/\D/g, ""));
  return [skillPool[i - 1], skillPool[i + 1]].filter((s): s is string => Boolean(s));
};
const cities = ["Berlin", "Paris", "Lyon", null];
const countryOf: Record<string, string> = { Berlin: "DE", Paris: "FR", Lyon: "FR" };
const levels: SkillLevel[] = [...skillLevels];
const seniorities: (SeniorityLevel | null)[] = ["junior", "mid", "senior", null];

function instance(seed: number) {
  const rnd = random(seed);
  const pick = <T,>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)];
  const some = (max: number) => [...new Set(Array.from({ length: Math.floor(rnd() * (max + 1)) }, () => pick(skillPool)))];
  const orNull = <T,>(v: T) => (rnd() < 0.2 ? null : v);
  const jobs: EngineJob[] = Array.from({ length: 40 }, (_, i) => {
    const city = pick(cities);
    const named = some(6);
    const salaryMin = orNull(40_000 + Math.floor(rnd() * 60_000));
    return {
      id: `job-${i}`,
      skills: rnd() < 0.3 ? some(3) : [],
      skillRequirements: named.map((name) => ({ name, level: pick(levels), required: rnd() < 0.7 })),
      experienceYearsMin: orNull(Math.floor(rnd() * 8)),
      level: pick(seniorities),
      salaryMin,
      salaryMax: salaryMin === null ? null : salaryMin + Math.floor(rnd() * 30_000),
      salaryCurrency: pick(["EUR", "USD", null]),
      remote: rnd() < 0.2,
      city,
      region: null,
      countryCode: city ? countryOf[city] : null,
    };
  });
  const candidates: EngineCandidate[] = Array.from({ length: 60 }, (_, i) => {
    const city = pick(cities);
    const skills = some(7);
    return {
      id: `cand-${String(i).padStart(3, "0")}`,
      skills: rnd() < 0.1 ? skills.map((s) => s.toLowerCase()) : skills,
      skillLevels: Object.fromEntries(skills.filter(() => rnd() < 0.8).map((s) => [s, pick(levels)])),
      yearsExperience: orNull(Math.floor(rnd() * 12)),
      salaryExpectation: orNull(35_000 + Math.floor(rnd() * 80_000)),
      salaryCurrency: pick(["EUR", "USD", "XYZ", null]),
      city,
      region: null,
      countryCode: city ? countryOf[city] : null,
    };
  });
  return { jobs, candidates };
}

const settingsCases = [
  { weights: { skills: 0.4, experience: 0.3, salary: 0.2, location: 0.1 }, minScore: 0.7 },
  { weights: { skills: 0.4, experience: 0.3, salary: 0.2, location: 0.1 }, minScore: 0.55 },
  { weights: { skills: 0.7, experience: 0.1, salary: 0.1, location: 0.1 }, minScore: 0.5 },
  { weights: { skills: 0.1, experience: 0.4, salary: 0.4, location: 0.1 }, minScore: 0.6 },
];

describe("pruned matching", () => {
  it("keeps exactly the pairs the full scorer keeps (random instances against brute force)", () => {
    let kept = 0;
    let pruned = 0;
    for (let seed = 1; seed <= 30; seed++) {
      const { jobs, candidates } = instance(seed);
      for (const s of settingsCases) {
        const settings = { ...s, related };
        const matchJob = createMatcher(buildCandidateIndex(candidates), settings);
        const stats = emptyStats();
        for (const job of jobs) {
          const fast = matchJob(job, stats).map((p) => `${p.candidateId}:${p.score}`);
          const brute = candidates
            .map((c) => ({ c, m: scoreMatch(job, c, { weights: s.weights, related }) }))
            .filter(({ m }) => m.score >= s.minScore)
            .map(({ c, m }) => `${c.id}:${m.score}`);
          expect(fast.slice().sort(), `seed ${seed}, min ${s.minScore}, ${job.id}`).toEqual(brute.sort());
        }
        kept += stats.kept;
        pruned += stats.considered - stats.scored;
      }
    }
    // The comparison means something only if both outcomes happen often.
    expect(kept).toBeGreaterThan(500);
    expect(pruned).toBeGreaterThan(10_000);
  });

  it("orders a job's matches best first, and explaining a pair gives the same score and ranking key with words", () => {
    const { jobs, candidates } = instance(7);
    const settings = { ...settingsCases[1], related };
    const matchJob = createMatcher(buildCandidateIndex(candidates), settings);
    const all = jobs.flatMap((job) => matchJob(job).map((pair) => ({ job, pair })));
    expect(all.length).toBeGreaterThan(50);
    const job = jobs.find((j) => matchJob(j).length > 1)!;
    const first = matchJob(job);
    expect(first[0].score).toBeGreaterThanOrEqual(first[1].score);
    for (const { job, pair } of all) {
      const explained = pairToStore(job, pair.candidate, settings);
      expect([explained.explanation.score, explained.order.rank]).toEqual([pair.score, pair.rank]);
      expect(explained.explanation.reasons.length).toBeGreaterThan(0);
    }
  });
});
