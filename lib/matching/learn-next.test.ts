import { describe, expect, it } from "vitest";
import { learnNextFrom } from "./learn-next";
import { defaultMatchWeights, type ScoreCandidate } from "./score";
import type { PoolJob } from "./search-pool";

const candidate: ScoreCandidate = {
  skills: ["Python", "SQL"],
  skillLevels: { Python: "advanced", SQL: "advanced" },
  yearsExperience: 6,
  salaryExpectation: null,
  salaryCurrency: null,
  city: null,
  region: null,
  countryCode: null,
};

let n = 0;
function job(skills: string[]): PoolJob {
  n++;
  return {
    id: `00000000-0000-4000-8000-${String(n).padStart(12, "0")}`,
    title: `Job ${n}`,
    companyId: null,
    companyName: null,
    locationDisplay: null,
    city: null,
    region: null,
    countryCode: null,
    remote: false,
    employmentType: null,
    level: null,
    internship: false,
    salaryMin: null,
    salaryMax: null,
    salaryCurrency: null,
    salaryPredicted: false,
    skills: [],
    skillRequirements: skills.map((name) => ({ name, level: "intermediate", required: true })),
    experienceYearsMin: 3,
    status: "open",
    postedAt: null,
    textRank: 0.1,
  };
}

const settings = { weights: defaultMatchWeights, minScore: 0.7 };

describe("learnNextFrom", () => {
  // Salary and location are neutral (0.5) here, so a job passes with 5/8 of its skills weight or more.
  const jobs = [
    job(["Python", "SQL", "Airflow", "dbt"]),
    job(["Python", "SQL", "Airflow", "Kafka"]),
    job(["Python", "SQL", "Airflow", "Apache Spark"]),
    job(["Java", "Spring", "Kotlin", "Gradle"]),
    job(["Python", "SQL"]),
  ];

  it("ranks the skill missing from most nearly matched jobs first, with the jobs it would unlock", () => {
    const result = learnNextFrom(candidate, jobs, settings);
    expect(result).toMatchObject({ jobs_considered: 5, passing_jobs: 1, near_jobs: 3, min_score: 0.7 });
    expect(result.skills.length).toBeGreaterThan(0);
    expect(result.skills[0]).toMatchObject({ name: "Airflow", near_jobs_asking: 3, jobs_unlocked: 3 });
    expect(result.skills[0].examples.map((e) => e.id)).toEqual(jobs.slice(0, 3).map((j) => j.id));
    const dbt = result.skills.find((s) => s.name === "dbt");
    expect(dbt).toMatchObject({ near_jobs_asking: 1, jobs_unlocked: 1 });
  });

  it("never suggests skills of jobs far out of reach, nor ones the candidate has", () => {
    const names = learnNextFrom(candidate, jobs, settings).skills.map((s) => s.name);
    expect(names.length).toBeGreaterThan(0);
    for (const far of ["Java", "Spring", "Kotlin", "Gradle", "Python", "SQL"]) expect(names).not.toContain(far);
  });

  it("counts no unlock when one skill is not enough to pass", () => {
    const hard = [job(["Python", "Terraform", "Figma", "Salesforce", "Swift"])];
    const result = learnNextFrom({ ...candidate, skills: ["Python", "SQL", "Excel"] }, hard, { ...settings, minScore: 0.62 });
    expect(result.near_jobs).toBe(1);
    expect(result.skills.length).toBeGreaterThan(0);
    expect(result.skills.every((s) => s.jobs_unlocked === 0)).toBe(true);
  });

  it("is empty when nothing is nearly matched", () => {
    expect(learnNextFrom(candidate, [], settings)).toMatchObject({ near_jobs: 0, skills: [] });
  });
});
