import { describe, expect, it } from "vitest";
import { readSample } from "../test-fixtures";
import { jsearchConnector } from "./index";
import type { RawPage } from "../types";

const body = readSample("jsearch/search_developer_chicago_2025-08.json");
const page: RawPage = { resource: "jobs", url: "https://jsearch.p.rapidapi.com/search", params: {}, status: 200, headers: {}, body, fetchedAt: new Date() };
const records = jsearchConnector.recordsOf(page) as Array<Record<string, unknown>>;
const recordById = (id: string) => {
  const record = records.find((entry) => entry.job_id === id);
  if (!record) throw new Error(`no record ${id}`);
  return record;
};
const transformed = (record: unknown) => {
  const result = jsearchConnector.transform(record);
  if (!result.ok) throw new Error(result.error);
  return result.job;
};

describe("JSearch capture (developer jobs in Chicago, Aug 2025)", () => {
  it("transforms all ten records", () => {
    expect(records).toHaveLength(10);
    expect(records.map((record) => jsearchConnector.transform(record).ok)).toEqual(Array(10).fill(true));
  });

  it("reads the new human employment type and the repeated types array", () => {
    expect(transformed(recordById("BhyMFF0tH0UyF7TIAAAAAA==")).employmentType).toBe("contract");
    expect(transformed(recordById("ixu_NCQjfouEEO9DAAAAAA==")).employmentType).toBe("full_time");
  });

  it("reads the old upper-case employment type", () => {
    const old = { ...recordById("ixu_NCQjfouEEO9DAAAAAA=="), job_employment_type: "PARTTIME" };
    expect(transformed(old).employmentType).toBe("part_time");
  });

  it("gives a yearly range in USD, the search country's currency", () => {
    expect(transformed(recordById("I7PDvuksCyfJXWKBAAAAAA==")).salary).toEqual({
      minAnnual: 90000, maxAnnual: 110000, currency: "USD", period: "year", predicted: false,
    });
  });

  it("annualises hourly pay at 2080 hours", () => {
    const hourly = { ...recordById("I7PDvuksCyfJXWKBAAAAAA=="), job_min_salary: 45, job_max_salary: 60.5, job_salary_period: "HOUR" };
    expect(transformed(hourly).salary).toEqual({ minAnnual: 93600, maxAnnual: 125840, currency: "USD", period: "hour", predicted: false });
  });

  it("has no salary when JSearch gives none", () => {
    expect(transformed(recordById("BhyMFF0tH0UyF7TIAAAAAA==")).salary).toBeNull();
  });

  it("standardises Chicago, Illinois and keeps bullets in the description", () => {
    const job = transformed(recordById("BhyMFF0tH0UyF7TIAAAAAA=="));
    expect(job.location).toEqual({ display: "Chicago, IL", city: "Chicago", region: "Illinois", countryCode: "US", remote: false });
    expect(job.description).toContain("• Develops reusable/configurable components in React and Typescript");
    expect(job.skills).toEqual(expect.arrayContaining(["React", "TypeScript", "JavaScript", "Git", "Webpack"]));
    expect(job).toMatchObject({ level: "mid", companyName: "Jobright.ai", companyWebsite: "https://jobright.ai" });
    expect(job.postedAt?.toISOString()).toBe("2025-07-30T20:00:00.000Z");
  });

  it("falls back to the epoch timestamp when the UTC date is null", () => {
    const record = { ...recordById("BhyMFF0tH0UyF7TIAAAAAA=="), job_posted_at_datetime_utc: null };
    expect(transformed(record).postedAt?.toISOString()).toBe("2025-07-30T20:00:00.000Z");
  });

  it("spots a new-grad title as junior and a Sr. title as senior", () => {
    expect(transformed(recordById("t_-mBqRwmXRz3FaGAAAAAA==")).level).toBe("junior");
    expect(transformed(recordById("Jco883ueA1lT4e0wAAAAAA==")).level).toBe("senior");
  });

  it("uses an older response's currency and required skills", () => {
    const record = {
      ...recordById("I7PDvuksCyfJXWKBAAAAAA=="),
      job_salary_currency: "CAD", job_required_skills: ["postgres", "Underwater basket weaving"],
    };
    const job = transformed(record);
    expect(job.salary?.currency).toBe("CAD");
    expect(job.skills.slice(0, 2)).toEqual(["PostgreSQL", "Underwater basket weaving"]);
  });
});
