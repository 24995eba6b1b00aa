import { describe, expect, it } from "vitest";
import { readSample } from "../test-fixtures";
import { adzunaConnector } from "./index";
import type { CanonicalJob } from "../../etl/canonical";
import type { RawPage } from "../types";

const body = readSample("adzuna/search_gb_it_50results_2025-08.json");
const page: RawPage = { resource: "jobs", url: "https://api.adzuna.com/v1/api/jobs/gb/search/1", params: {}, status: 200, headers: {}, body, fetchedAt: new Date() };
const records = adzunaConnector.recordsOf(page);
const jobs = new Map<string, CanonicalJob>();
for (const record of records) {
  const result = adzunaConnector.transform(record);
  if (result.ok) jobs.set(result.job.externalId, result.job);
}
const job = (id: string) => {
  const found = jobs.get(id);
  if (!found) throw new Error(`job ${id} was not transformed`);
  return found;
};

describe("Adzuna capture (50 results, GB, Aug 2025)", () => {
  it("transforms every record", () => {
    expect(records).toHaveLength(50);
    const failures = records.map((record) => adzunaConnector.transform(record)).filter((result) => !result.ok);
    expect(failures).toEqual([]);
    expect(jobs.size).toBe(50);
  });

  it("flags a predicted salary as Adzuna's point estimate, in GBP", () => {
    expect(job("5346670339").salary).toEqual({ minAnnual: 44494, maxAnnual: 44494, currency: "GBP", period: "year", predicted: true });
  });

  it("keeps an advertised range as not predicted", () => {
    expect(job("5346491974").salary).toEqual({ minAnnual: 70000, maxAnnual: 85000, currency: "GBP", period: "year", predicted: false });
  });

  it("counts 26 predicted salaries, as the capture README says", () => {
    expect([...jobs.values()].filter((entry) => entry.salary?.predicted)).toHaveLength(26);
  });

  it("reads a four-level area as London, GB", () => {
    expect(job("5346491974").location).toEqual({
      display: "Farringdon, Central London", city: "London", region: "London", countryCode: "GB", remote: false,
    });
  });

  it("reads remote work from the title, Adzuna's only signal of it", () => {
    expect(job("5336643649").location.remote).toBe(true);
    expect(job("5346491974").location.remote).toBe(false);
  });

  it("maps contract and full-time, and leaves employment unknown when Adzuna is silent", () => {
    expect(job("5346670339").employmentType).toBe("contract");
    expect(job("5346491974").employmentType).toBe("full_time");
    expect(job("5346670232").employmentType).toBeNull();
  });

  it("derives level, internship and skills from the title and snippet", () => {
    expect(job("5346670232")).toMatchObject({ title: "Senior Software Engineer (.NET)", level: "senior" });
    expect(job("5346670232").skills).toContain(".NET");
    expect(job("5340129090")).toMatchObject({ internship: true, level: "intern" });
    expect(job("5341694963").level).toBe("lead");
    expect(job("5346491974").skills).toEqual(expect.arrayContaining(["C#", "WPF", "HTML"]));
  });

  it("keeps the snippet's ellipsis, the company and the posting date", () => {
    const entry = job("5346670339");
    expect(entry.description.endsWith("…")).toBe(true);
    expect(entry.companyName).toBe("Dept");
    expect(entry.postedAt?.toISOString()).toBe("2025-08-10T11:13:04.000Z");
    expect(entry.applyUrl).toContain("/jobs/details/5346670339");
  });

  it("reports a broken record with its id instead of throwing", () => {
    expect(adzunaConnector.transform({ id: "42", title: "" })).toMatchObject({ ok: false, externalId: "42" });
    expect(adzunaConnector.transform("nonsense")).toMatchObject({ ok: false });
  });

  it("reads numeric ids, numeric salary strings and a missing area", () => {
    const result = adzunaConnector.transform({
      id: 7, title: "<strong>Python</strong> Developer", salary_min: "50000", salary_is_predicted: 0,
      redirect_url: "https://www.adzuna.de/jobs/land/ad/7?se=x", location: { display_name: "Berlin" },
    });
    expect(result).toMatchObject({ ok: true, job: { externalId: "7", title: "Python Developer", location: { countryCode: "DE" } } });
    expect(result.ok && result.job.salary).toEqual({ minAnnual: 50000, maxAnnual: null, currency: "EUR", period: "year", predicted: false });
  });
});
