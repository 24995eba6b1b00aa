import { describe, expect, it } from "vitest";
import type { Candidate } from "@/db/schema";
import { mergedProfile } from "./merge";

const base: Candidate = {
  id: "a",
  userId: null,
  createdBy: null,
  firstName: "Ana",
  lastName: "Diaz",
  fullName: "Ana Diaz",
  email: "ana@example.com",
  phone: null,
  phoneKey: null,
  headline: "Data Analyst",
  summary: "Short",
  location: null,
  city: null,
  region: null,
  countryCode: null,
  skills: ["SQL"],
  skillLevels: { SQL: "intermediate" },
  yearsExperience: 3,
  education: [],
  languages: [{ name: "English", level: null }],
  salaryExpectation: null,
  salaryCurrency: null,
  availableFrom: null,
  links: ["https://a.example"],
  createdAt: new Date(0),
  updatedAt: new Date(0),
};

describe("mergedProfile", () => {
  it("keeps the survivor's values and fills each gap and list from the other", () => {
    const other: Candidate = {
      ...base,
      id: "b",
      email: "other@example.com",
      phone: "+44 20 7946 0958",
      phoneKey: "442079460958",
      summary: "A much longer summary",
      location: "London, UK",
      city: "London",
      countryCode: "GB",
      skills: ["sql", "Python"],
      skillLevels: { sql: "expert", Python: "advanced" },
      yearsExperience: 5,
      education: [{ degree: "BSc", field: "Maths", institution: null, year: 2015 }],
      languages: [{ name: "english", level: "C1" }, { name: "Spanish", level: null }],
      salaryExpectation: 50000,
      salaryCurrency: "GBP",
      links: ["https://b.example", "https://a.example"],
      userId: "seeker",
    };
    const merged = mergedProfile(base, other);
    expect(merged).toMatchObject({
      email: "ana@example.com",
      phone: "+44 20 7946 0958",
      phoneKey: "442079460958",
      summary: "A much longer summary",
      city: "London",
      countryCode: "GB",
      yearsExperience: 5,
      salaryExpectation: 50000,
      salaryCurrency: "GBP",
      userId: "seeker",
    });
    expect(merged.skills).toEqual(["SQL", "Python"]);
    expect(merged.education).toHaveLength(1);
    expect(merged.languages.map((l) => l.name)).toEqual(["English", "Spanish"]);
    expect(merged.links).toEqual(["https://a.example", "https://b.example"]);
  });
});
