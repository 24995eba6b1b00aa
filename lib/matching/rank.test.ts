import { describe, expect, it } from "vitest";
import { adzunaConnector } from "@/lib/sources/adzuna";
import { readSample } from "@/lib/sources/test-fixtures";
import type { RawPage } from "@/lib/sources/types";
import { jobFit, levelFit, rankingKey, rankMatch, skillCoverage, titleFit } from "./rank";
import { type ScoreCandidate, type ScoreJob, scoreMatch } from "./score";
import { readResume } from "./search-text";

const person = { skills: ["Java", "Kafka", "SQL"], skillLevels: { Java: "expert", Kafka: "advanced", SQL: "beginner" } as const, yearsExperience: 8, headline: "Senior Java Developer", city: null, region: null, countryCode: null };

describe("jobFit", () => {
  it("prefers the job that uses the person's strongest skills over a narrow one using a weak skill", () => {
    const narrow = skillCoverage({ skills: ["SQL"], skillRequirements: [] }, person);
    const broad = skillCoverage({ skills: ["Java", "Kafka"], skillRequirements: [] }, person);
    expect(narrow).toBeCloseTo(1 / 8);
    expect(broad).toBeCloseTo(7 / 8);
  });

  it("scores the person's own occupation above another one, and shared title words above bare occupation", () => {
    expect(titleFit("Java Developer", null, "Senior Java Developer")).toBe(1);
    expect(titleFit("Registered Nurse", null, "Senior Java Developer")).toBe(0);
    expect(titleFit("Python Developer", null, "Senior Java Developer")).toBeGreaterThanOrEqual(0.6);
    expect(titleFit("Python Developer", null, "Senior Java Developer")).toBeLessThan(1);
    expect(titleFit("Java Developer", null, null)).toBe(0.5);
  });

  it("penalises seniority steps both ways, unlike the experience part", () => {
    expect(levelFit("senior", "senior")).toBe(1);
    expect(levelFit("junior", "senior")).toBeCloseTo(levelFit("executive", "senior"));
    expect(levelFit("junior", "senior")).toBeLessThan(levelFit("lead", "senior"));
  });

  it("breaks a score tie for the job that is the person's job, and says so in the reasons", () => {
    const base: ScoreJob = { skills: [], skillRequirements: [], experienceYearsMin: null, level: null, salaryMin: null, salaryMax: null, salaryCurrency: null, remote: true, city: null, region: null, countryCode: null };
    const own = { ...base, title: "Senior Java Developer", level: "senior" as const, skills: ["Java", "Kafka"] };
    const narrow = { ...base, title: "Junior Data Analyst", level: "junior" as const, skills: ["SQL"] };
    const candidate: ScoreCandidate = { ...person, salaryExpectation: null, salaryCurrency: null, city: null, region: null, countryCode: null };
    const a = scoreMatch(own, candidate);
    const b = scoreMatch(narrow, candidate);
    expect(a.score).toBe(b.score);
    const ranked = [rankMatch(narrow, person, b), rankMatch(own, person, a)].sort((x, y) => y.rank - x.rank);
    expect(ranked[0].fit.title).toBe(1);
    expect(ranked[0].match.reasons).toContain("order: senior role, the candidate's seniority");
    expect(ranked[0].match.score).toBe(a.score);
    expect(rankingKey(1, 1)).toBe(1);
    expect(rankingKey(0, 0)).toBe(0);
  });

  it("orders the job in the person's city before the same job abroad by more than the score's location part", () => {
    const job: ScoreJob & { title: string } = { title: "Senior Java Developer", skills: ["Java", "Kafka"], skillRequirements: [], experienceYearsMin: null, level: "senior", salaryMin: null, salaryMax: null, salaryCurrency: null, remote: false, city: "Berlin", region: "Berlin", countryCode: "DE" };
    const abroad = { ...job, city: "Lyon", region: "Auvergne-Rhône-Alpes", countryCode: "FR" };
    const berliner: ScoreCandidate & { headline: string } = { ...person, salaryExpectation: null, salaryCurrency: null, city: "Berlin", region: "Berlin", countryCode: "DE" };
    const home = rankMatch(job, berliner, scoreMatch(job, berliner));
    const away = rankMatch(abroad, berliner, scoreMatch(abroad, berliner));
    expect(home.fit.place).toBe(1);
    expect(away.fit.place).toBe(0);
    expect(home.rank - away.rank).toBeGreaterThan(home.match.score - away.match.score);
    // Nobody's location known: place is neutral for every job, so it orders nothing.
    expect(jobFit(job, person).place).toBe(jobFit(abroad, person).place);
  });
});

// A real capture (50 London IT postings from Adzuna) and a resume as people write them.
const page: RawPage = { resource: "jobs", url: "https://api.adzuna.com/v1/api/jobs/gb/search/1", params: {}, status: 200, headers: {}, body: readSample("adzuna/search_gb_it_50results_2025-08.json"), fetchedAt: new Date() };
const captured = adzunaConnector.recordsOf(page).flatMap((record) => {
  const result = adzunaConnector.transform(record);
  if (!result.ok) return [];
  const j = result.job;
  const job: ScoreJob & { title: string; occupationCode: string | null } = {
    title: j.title, occupationCode: j.occupationCode, skills: j.skills, skillRequirements: j.skillRequirements, experienceYearsMin: j.experienceYearsMin, level: j.level,
    salaryMin: j.salary?.minAnnual ?? null, salaryMax: j.salary?.maxAnnual ?? null, salaryCurrency: j.salary?.currency ?? null,
    remote: j.location.remote, city: j.location.city, region: j.location.region, countryCode: j.location.countryCode,
  };
  return [job];
});

/** The captured jobs' titles for a resume, best first, by the ranking key or by the match score alone. */
function topJobsFor(resume: string, by: "rank" | "score", take = 2) {
  const profile = readResume(resume, new Date("2026-12-01T00:00:00Z"));
  const candidate: ScoreCandidate & { headline: string | null } = {
    headline: profile.title, skills: profile.skills.map((s) => s.name), skillLevels: Object.fromEntries(profile.skills.flatMap((s) => (s.level ? [[s.name, s.level]] : []))),
    yearsExperience: profile.experienceYears, salaryExpectation: profile.salaryExpectation, salaryCurrency: profile.salaryCurrency, city: "London", region: null, countryCode: "GB",
  };
  return captured
    .map((job) => {
      const score = scoreMatch(job, candidate).score;
      return { job, rank: by === "rank" ? rankingKey(score, jobFit(job, candidate).fit) : score };
    })
    .sort((a, b) => b.rank - a.rank)
    .slice(0, take)
    .map((r) => r.job.title);
}

describe("ranking real postings for a real-style resume", () => {
  it("puts the frontend jobs first for a React developer, where the score alone puts an AI job second", () => {
    const resume = `Aisha Khan
Frontend Developer
London, UK · aisha.khan@example.co.uk · 07700 900123

PROFILE
Frontend developer with 4 years of experience building accessible web apps in React and TypeScript.

EXPERIENCE
Frontend Developer — Monzo, London
Jan 2023 – Present
• Built the card controls screens in React, TypeScript and CSS
• Wrote component tests with Jest

Junior Web Developer — Tesco Technology, Welwyn Garden City
Sep 2021 – Dec 2022
• JavaScript, HTML and CSS for the store locator

SKILLS
React, TypeScript, JavaScript, HTML, CSS, Jest, Git`;
    expect(captured.length).toBe(50);
    const frontend = (title: string) => /front[\s-]?end/i.test(title);
    const top = topJobsFor(resume, "rank");
    expect(top).toHaveLength(2);
    expect(top.every(frontend)).toBe(true);
    // By score alone a Senior AI Developer posting that mentions React comes second.
    expect(topJobsFor(resume, "score").every(frontend)).toBe(false);
  });
});
