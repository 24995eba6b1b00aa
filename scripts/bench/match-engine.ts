import { parseArgs } from "node:util";
import { buildCandidateIndex, createMatcher, emptyStats, type EngineCandidate, type EngineJob } from "@/lib/matching/engine";
import { relatedSkillsForMatching } from "@/lib/matching/related";
import { defaultMatchWeights } from "@/lib/matching/score";
import { type SkillLevel, skillLevels } from "@/lib/skills/levels";

// npx tsx scripts/bench/match-engine.ts [--candidates 20000 --jobs 20000]
// The in-memory engine alone (no database): pairs considered, scored and kept per minute on
// synthetic data whose skills follow a long tail, like real postings. JSON on stdout.
const { values } = parseArgs({ options: { candidates: { type: "string", default: "20000" }, jobs: { type: "string", default: "20000" }, seed: { type: "string", default: "3" } } });

let state = Number(values.seed) >>> 0;
const rnd = () => {
  state = (state + 0x6d2b79f5) >>> 0;
  let t = Math.imul(state ^ (state >>> 15), state | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const named = ["JavaScript", "TypeScript", "React", "Vue.js", "Angular", "Node.js", "Python", "Django", "Java", "Kotlin", "Go", "PostgreSQL", "MySQL", "Docker", "Kubernetes", "AWS", "Azure", "Kafka", "C#", ".NET"];
const pool = [...named, ...Array.from({ length: 480 }, (_, i) => `Tool ${i}`)];
// Zipf-like: a few skills are everywhere, most are rare.
const skill = () => pool[Math.min(pool.length - 1, Math.floor(Math.pow(rnd(), 2.2) * pool.length))];
const skills = (min: number, max: number) => [...new Set(Array.from({ length: min + Math.floor(rnd() * (max - min + 1)) }, skill))];
const level = (): SkillLevel => skillLevels[Math.floor(rnd() * 4)];
const cities = Array.from({ length: 60 }, (_, i) => [`City ${i}`, i < 40 ? "DE" : "FR"] as const);

const candidates: EngineCandidate[] = Array.from({ length: Number(values.candidates) }, (_, i) => {
  const own = skills(3, 12);
  const [city, country] = cities[Math.floor(rnd() * cities.length)];
  return {
    id: `c${i}`,
    skills: own,
    skillLevels: Object.fromEntries(own.map((s) => [s, level()])),
    yearsExperience: rnd() < 0.1 ? null : Math.floor(rnd() * 15),
    salaryExpectation: rnd() < 0.4 ? null : 40_000 + Math.floor(rnd() * 80_000),
    salaryCurrency: "EUR",
    city,
    region: null,
    countryCode: country,
  };
});
const jobs: EngineJob[] = Array.from({ length: Number(values.jobs) }, (_, i) => {
  const [city, country] = cities[Math.floor(rnd() * cities.length)];
  const salaryMin = rnd() < 0.6 ? null : 45_000 + Math.floor(rnd() * 60_000);
  return {
    id: `j${i}`,
    skills: [],
    skillRequirements: skills(2, 9).map((name) => ({ name, level: level(), required: rnd() < 0.7 })),
    experienceYearsMin: rnd() < 0.4 ? null : Math.floor(rnd() * 8),
    level: (["junior", "mid", "senior", null] as const)[Math.floor(rnd() * 4)],
    salaryMin,
    salaryMax: salaryMin === null ? null : salaryMin + 20_000,
    salaryCurrency: "EUR",
    remote: rnd() < 0.15,
    city,
    region: null,
    countryCode: country,
  };
});

const started = performance.now();
const index = buildCandidateIndex(candidates);
const indexMs = performance.now() - started;
const matchJob = createMatcher(index, { weights: defaultMatchWeights, minScore: 0.7, related: relatedSkillsForMatching });
const stats = emptyStats();
const t0 = performance.now();
for (const job of jobs) matchJob(job, stats);
const ms = performance.now() - t0;
const perMinute = (n: number) => Math.round((n / ms) * 60_000);
console.log(
  JSON.stringify(
    {
      candidates: candidates.length,
      jobs: jobs.length,
      index_ms: Math.round(indexMs),
      match_ms: Math.round(ms),
      ...stats,
      pruned_share: Number((1 - stats.scored / stats.considered).toFixed(4)),
      considered_per_minute: perMinute(stats.considered),
      scored_per_minute: perMinute(stats.scored),
    },
    null,
    2,
  ),
);
