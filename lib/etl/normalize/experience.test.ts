import { describe, expect, it } from "vitest";
import { defaultSkillLevel, experienceFromHh, extractExperienceYears, skillLevelRank, skillLevels, skillRequirementsFor } from "./experience";

describe("extractExperienceYears", () => {
  it.each([
    ["5+ years of experience with Python", { min: 5, max: null }],
    ["At least three years of professional experience", { min: 3, max: null }],
    ["3-5 years of experience in backend development", { min: 3, max: 5 }],
    ["minimum of 2 yrs experience", { min: 2, max: null }],
    ["2 to 4 years working with React", { min: 2, max: 4 }],
    ["3 years’ experience with Angular", { min: 3, max: null }],
    ["Experience: 7 years", { min: 7, max: null }],
    ["over 10 years of experience in fintech", { min: 10, max: null }],
    ["Опыт работы от 3 лет", { min: 3, max: null }],
    ["опыт от 1 года до 3 лет", { min: 1, max: 3 }],
    ["Требуемый опыт работы: 1–3 года", { min: 1, max: 3 }],
    ["Коммерческий опыт разработки не менее 2-х лет", { min: 2, max: null }],
  ])("%s", (text, expected) => {
    expect(extractExperienceYears(text)).toEqual(expected);
  });

  it("ignores years that are not about the candidate's experience", () => {
    expect(extractExperienceYears("The company was founded 20 years ago")).toBeNull();
    expect(extractExperienceYears("A 3 year contract, renewable")).toBeNull();
    expect(extractExperienceYears("We have been in business for 15 years")).toBeNull();
    expect(extractExperienceYears("Компания на рынке более 10 лет")).toBeNull();
    expect(extractExperienceYears("We have 15 years in business. You have 4+ years experience.")).toEqual({ min: 4, max: null });
  });

  it("reads HeadHunter's experience buckets", () => {
    expect(experienceFromHh("between1And3")).toEqual({ min: 1, max: 3 });
    expect(experienceFromHh("moreThan6")).toEqual({ min: 6, max: null });
    expect(experienceFromHh("noExperience")).toEqual({ min: 0, max: null });
    expect(experienceFromHh("unknown")).toBeNull();
  });
});

describe("skill levels", () => {
  it("ranks the four levels in order", () => {
    expect(skillLevels.map((level) => skillLevelRank(level))).toEqual([1, 2, 3, 4]);
  });

  it("takes the level from seniority, one step lower when nice to have", () => {
    expect(defaultSkillLevel("junior")).toBe("beginner");
    expect(defaultSkillLevel("mid")).toBe("intermediate");
    expect(defaultSkillLevel("senior")).toBe("advanced");
    expect(defaultSkillLevel("lead")).toBe("expert");
    expect(defaultSkillLevel(null)).toBe("intermediate");
    expect(defaultSkillLevel("senior", false)).toBe("intermediate");
  });
});

describe("skillRequirementsFor", () => {
  const posting = [
    "Requirements:",
    "• Expert in Kubernetes and strong Go skills",
    "• Basic knowledge of Docker",
    "• PostgreSQL",
    "Nice to have:",
    "• Kafka",
    "• Terraform experience",
    "We use AWS. Experience with GraphQL is a plus.",
  ].join("\n");

  it("reads levels and necessity the posting states, else the seniority's level", () => {
    expect(skillRequirementsFor(["Kubernetes", "Go", "Docker", "PostgreSQL", "Kafka", "Terraform", "AWS", "GraphQL", "Rust"], "senior", posting)).toEqual([
      { name: "Kubernetes", level: "expert", required: true },
      { name: "Go", level: "advanced", required: true },
      { name: "Docker", level: "beginner", required: true },
      { name: "PostgreSQL", level: "advanced", required: true },
      { name: "Kafka", level: "intermediate", required: false },
      { name: "Terraform", level: "intermediate", required: false },
      { name: "AWS", level: "advanced", required: true },
      { name: "GraphQL", level: "intermediate", required: false },
      { name: "Rust", level: "advanced", required: true },
    ]);
  });

  it("reads Russian postings", () => {
    const text = "Требования:\n• Уверенное знание Python\n• Базовые знания SQL\nБудет плюсом:\n• опыт с Kafka";
    expect(skillRequirementsFor(["Python", "SQL", "Kafka"], "mid", text)).toEqual([
      { name: "Python", level: "advanced", required: true },
      { name: "SQL", level: "beginner", required: true },
      { name: "Kafka", level: "intermediate", required: false },
    ]);
  });
});
