import { describe, expect, it } from "vitest";
import { derivedJobFields } from "./job-fields";

describe("derivedJobFields", () => {
  it("derives skills, graded requirements, years and occupation from title and text", () => {
    const fields = derivedJobFields({
      title: "Senior Backend Engineer (Go), remote",
      description: "5+ years of experience. Expert in Kubernetes, basic knowledge of Docker.\nNice to have:\n• Kafka",
      employmentType: "full_time",
      listedSkills: ["golang", "Postgres", "Underwater basket weaving"],
    });
    expect(fields.level).toBe("senior");
    expect(fields.skills).toEqual(["Go", "PostgreSQL", "Underwater basket weaving", "Kubernetes", "Docker", "Kafka"]);
    expect(fields.experienceYearsMin).toBe(5);
    expect(fields.occupationCode).toBe("15-1252.00");
    expect(fields.skillRequirements).toEqual([
      { name: "Go", level: "advanced", required: true },
      { name: "PostgreSQL", level: "advanced", required: true },
      { name: "Underwater basket weaving", level: "advanced", required: true },
      { name: "Kubernetes", level: "expert", required: true },
      { name: "Docker", level: "beginner", required: true },
      { name: "Kafka", level: "intermediate", required: false },
    ]);
  });

  it("a spoken language the text asks for is not a skill; one the source lists is kept", () => {
    const fromText = derivedJobFields({
      title: "Backend Engineer",
      description: "Strong PostgreSQL. Excellent English; German is a plus.\nАнглийский язык на уровне B2, знание Python.",
      employmentType: null,
    });
    expect(fromText.skills).toEqual(["PostgreSQL", "Python"]);
    const listed = derivedJobFields({ title: "Translator", description: "Translate contracts.", employmentType: null, listedSkills: ["English", "Spanish"] });
    expect(listed.skills).toEqual(["English", "Spanish"]);
  });

  it("falls back to HeadHunter's experience bucket when the text gives no years", () => {
    const fields = derivedJobFields({ title: "Python-разработчик", description: "Пишем на Python.", employmentType: null, hhExperienceId: "between3And6" });
    expect(fields.experienceYearsMin).toBe(3);
    expect(fields.level).toBe("mid");
    expect(fields.skillRequirements).toEqual([{ name: "Python", level: "intermediate", required: true }]);
  });
});
