import { describe, expect, it } from "vitest";
import { readJobDescription, resumeExperienceYears, statedYears } from "./search-text";
import { searchTerms } from "./search-pool";

describe("statedYears", () => {
  it("reads the years a job asks for as people write them", () => {
    expect(statedYears("5+ years of experience with Python", "min")).toBe(5);
    expect(statedYears("At least three years in a similar role", "min")).toBe(3);
    expect(statedYears("3-5 years building APIs; 2 years of Go", "min")).toBe(2);
    expect(statedYears("We are a team of 40 engineers", "min")).toBeNull();
  });
});

describe("resumeExperienceYears", () => {
  const now = new Date("2026-12-01T00:00:00Z");
  it("adds dated positions once where they overlap, up to today for 'Present'", () => {
    const text = "Senior Engineer — Acme\nMar 2020 – Present\n\nEngineer — Globex\n2016 - 2021\n\nIntern\n2012 – 2013";
    expect(resumeExperienceYears(text, now)).toBe(6 + 4 + 1);
  });
  it("falls back to a stated number of years", () => {
    expect(resumeExperienceYears("Backend developer with 7 years of experience in fintech.", now)).toBe(7);
  });
});

describe("readJobDescription", () => {
  it("takes a heading as the title, never a sentence, and the skills and years from the text", () => {
    const jd = readJobDescription("We're hiring!\nSenior Data Engineer\n\nYou will build pipelines with Python, Airflow and Snowflake. 5+ years required.");
    expect(jd.title).toBe("Senior Data Engineer");
    expect(jd.level).toBe("senior");
    expect(jd.experienceYearsMin).toBe(5);
    expect(jd.skills).toEqual(expect.arrayContaining(["Python", "Airflow", "Snowflake"]));
  });

  it("does not take the languages a description asks for as skills", () => {
    expect(readJobDescription("Data Analyst\n\nSQL and Tableau; fluent English and German.").skills).toEqual(["SQL", "Tableau"]);
  });
});

describe("searchTerms", () => {
  it("picks the pool by skills when there are enough, and ranks with the title words too", () => {
    const terms = searchTerms(["Python", "SQL", "Airflow", "Go"], "Senior Data Engineer");
    expect(terms.pool).toEqual(["python", "sql", "airflow"]);
    expect(terms.rank).toEqual(["python", "sql", "airflow", "data", "engineer"]);
  });
  it("falls back to the title when few skills are named", () => {
    expect(searchTerms([], "Warehouse Operative").pool).toEqual(["warehouse", "operative"]);
  });
});
