import { describe, expect, it } from "vitest";
import { canonicalSkill, candidateColumns, normaliseSkills, phoneKey } from "./fields";
import { createCandidateSchema, parseEducation, parseLanguage, parseSkillLevel } from "./input";

describe("phoneKey", () => {
  it("gives one key for the ways people write the same number", () => {
    const london = ["+44 20 7946 0958", "0044 20 7946 0958", "(020) 7946-0958"].map((p) => phoneKey(p, "GB"));
    expect(new Set(london)).toEqual(new Set(["442079460958"]));
    expect(phoneKey("8 (916) 123-45-67", "RU")).toBe("79161234567");
    expect(phoneKey("+7 916 123 45 67", null)).toBe("79161234567");
    expect(phoneKey("(415) 555-0132", "US")).toBe("14155550132");
    expect(phoneKey("12345", "GB")).toBeNull();
  });
});

describe("skills", () => {
  it("maps aliases to the taxonomy's names and keeps the highest level of a repeated skill", () => {
    expect(canonicalSkill("ReactJS")).toBe("React");
    expect(canonicalSkill("  Underwater   basket weaving ")).toBe("Underwater basket weaving");
    expect(normaliseSkills([{ name: "postgres", level: "beginner" }, { name: "PostgreSQL", level: "advanced" }, { name: "JS", level: null }])).toEqual({
      skills: ["PostgreSQL", "JavaScript"],
      skillLevels: { PostgreSQL: "advanced" },
    });
  });

  it("reads levels as people write them", () => {
    expect(parseSkillLevel("Expert")).toBe("expert");
    expect(parseSkillLevel("proficient")).toBe("advanced");
    expect(parseSkillLevel("B2")).toBe("intermediate");
    expect(parseSkillLevel("4/5")).toBe("advanced");
    expect(parseSkillLevel(1)).toBe("beginner");
    expect(parseSkillLevel("wizard")).toBeNull();
  });
});

describe("education and languages as text", () => {
  it("splits a resume's education line into degree, field, institution and year", () => {
    expect(parseEducation("MSc in Data Science - Imperial College London (2019)")).toEqual({ degree: "MSc", field: "Data Science", institution: "Imperial College London", year: 2019 });
    expect(parseEducation("Bachelor of Economics, Moscow State University, 2010–2014")).toEqual({ degree: "Bachelor", field: "Economics", institution: "Moscow State University", year: 2014 });
  });

  it("separates a language from its level", () => {
    expect(parseLanguage("German (B2)")).toEqual({ name: "German", level: "B2" });
    expect(parseLanguage("English - fluent")).toEqual({ name: "English", level: "fluent" });
    expect(parseLanguage("Russian")).toEqual({ name: "Russian", level: null });
  });
});

describe("candidateColumns", () => {
  it("sets only what a PATCH sends, and recomputes the phone key when the location changes", () => {
    const input = createCandidateSchema.parse({ first_name: "Ana", phone: "020 7946 0958", location: "London, UK", skills: "Python, SQL" });
    const created = candidateColumns(input);
    expect(created).toMatchObject({ fullName: "Ana", phoneKey: "442079460958", countryCode: "GB", skills: ["Python", "SQL"] });
    const moved = candidateColumns({ location: "Berlin" }, { firstName: "Ana", lastName: "", phone: "030 1234567", countryCode: "GB" });
    expect(moved).toEqual({ location: "Berlin", city: "Berlin", region: null, countryCode: "DE", phoneKey: "49301234567" });
  });
});
