import { describe, expect, it } from "vitest";
import type { CanonicalJob } from "./canonical";
import { applyUrlKey, normaliseTitle, titleCompanyLocationKey } from "./dedupe-keys";

describe("normaliseTitle", () => {
  it("folds the variations boards add to one posting", () => {
    const same = ["Senior Backend Engineer, Payments", "Sr. Backend Engineer, Payments", "senior backend engineer, payments - Remote", "Senior Backend Engineer, Payments (m/w/d)", "Senior Backend Engineer, Payments (Remote)"];
    expect(new Set(same.map(normaliseTitle)).size).toBe(1);
  });

  it("keeps what tells two openings apart: specialism, team, level", () => {
    expect(normaliseTitle("Data Analyst (SQL)")).not.toBe(normaliseTitle("Data Analyst (Excel)"));
    expect(normaliseTitle("Backend Engineer, Payments")).not.toBe(normaliseTitle("Backend Engineer, Risk"));
    expect(normaliseTitle("Senior Backend Engineer")).not.toBe(normaliseTitle("Backend Engineer"));
    expect(normaliseTitle("Remote Support Engineer")).toContain("remote");
  });
});

describe("applyUrlKey", () => {
  it("ignores scheme, www, tracking parameters and trailing slashes", () => {
    expect(applyUrlKey("https://www.acme.com/jobs/42/?utm_source=x&gh_src=y")).toBe(applyUrlKey("http://acme.com/jobs/42"));
    expect(applyUrlKey("https://acme.com/jobs?id=42")).not.toBe(applyUrlKey("https://acme.com/jobs?id=43"));
    expect(applyUrlKey("not a url")).toBeNull();
  });
});

describe("titleCompanyLocationKey", () => {
  const job = (over: Partial<CanonicalJob>): CanonicalJob => ({
    externalId: "1",
    title: "Sr. Data Engineer",
    description: "",
    companyName: "Bluefin Payments Ltd",
    companyWebsite: null,
    applyUrl: null,
    location: { display: null, city: "London", region: null, countryCode: "GB", remote: false },
    salary: null,
    employmentType: null,
    level: null,
    internship: false,
    experienceYearsMin: null,
    skillRequirements: [],
    occupationCode: null,
    skills: [],
    postedAt: null,
    sourceUpdatedAt: null,
    sourceGroupId: null,
    ...over,
  });

  it("matches across legal suffixes and title abbreviations, not across cities", () => {
    expect(titleCompanyLocationKey(job({}))).toBe(titleCompanyLocationKey(job({ title: "Senior Data Engineer", companyName: "Bluefin Payments" })));
    expect(titleCompanyLocationKey(job({}))).not.toBe(titleCompanyLocationKey(job({ location: { display: null, city: "Leeds", region: null, countryCode: "GB", remote: false } })));
    expect(titleCompanyLocationKey(job({ companyName: null }))).toBeNull();
  });
});
