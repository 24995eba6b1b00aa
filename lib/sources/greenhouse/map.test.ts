import { describe, expect, it } from "vitest";
import { readSample } from "../test-fixtures";
import { greenhouseConnector } from "./index";
import type { RawPage } from "../types";

const pageOf = (file: string): RawPage => ({
  resource: "jobs", url: "https://boards-api.greenhouse.io/v1/boards/generalassembly/jobs", params: {}, status: 200, headers: {},
  body: readSample(`greenhouse/${file}`), fetchedAt: new Date(),
});
const transformAll = (page: RawPage) =>
  greenhouseConnector.recordsOf(page).map((record) => {
    const result = greenhouseConnector.transform(record);
    if (!result.ok) throw new Error(result.error);
    return result.job;
  });

describe("Greenhouse legacy captures (2013)", () => {
  it("unescapes and strips the entity-escaped content", () => {
    const [developer, analyst] = transformAll(pageOf("legacy_2013_embed_jobs_content_true.json"));
    expect(developer.description.startsWith("Who this job is right for\n\nAnim wes anderson")).toBe(true);
    expect(developer.description).not.toMatch(/[<>]|&lt;|&amp;|&#x27;/);
    expect(developer.description).toContain("Required skills & experience");
    expect(developer.description).toContain("you probably haven't heard of them");
    expect(developer.description).toContain("\n• Bespoke exercitation viral typewriter.");
    expect(analyst.title).toBe("Finance Analyst");
  });

  it("maps ids, urls, dates and free-text locations", () => {
    const [developer, analyst] = transformAll(pageOf("legacy_2013_embed_jobs_content_true.json"));
    expect(developer).toMatchObject({
      externalId: "721",
      applyUrl: "http://boards.greenhouse.io/generalassembly/jobs/721",
      location: { display: "New York, NY", city: "New York", region: "New York", countryCode: "US", remote: false },
      salary: null,
      employmentType: null,
      companyName: null,
    });
    expect(developer.sourceUpdatedAt?.toISOString()).toBe("2013-09-12T21:01:50.000Z");
    expect(analyst.location).toMatchObject({ city: "New York", countryCode: "US" });
  });

  it("transforms the list without content into empty descriptions", () => {
    const jobs = transformAll(pageOf("legacy_2013_embed_jobs.json"));
    expect(jobs.map((job) => [job.externalId, job.description])).toEqual([["721", ""], ["722", ""]]);
  });

  it("refuses an error body as a page", () => {
    expect(() => greenhouseConnector.recordsOf(pageOf("legacy_2013_error_400_invalid_board.json"))).toThrow(/unexpected page format/);
  });

  it("reads today's fields: company name, first publication, remote locations", () => {
    const result = greenhouseConnector.transform({
      id: 4012345, internal_job_id: 77, title: "Staff Engineer", company_name: "Acme", first_published: "2025-06-01T10:00:00-04:00",
      updated_at: "2025-06-02T10:00:00-04:00", location: { name: "Remote - US" }, absolute_url: "https://job-boards.greenhouse.io/acme/jobs/4012345",
      content: "&lt;p&gt;Kubernetes &amp;amp; Go&lt;/p&gt;", departments: [], offices: [], metadata: null,
    });
    expect(result).toMatchObject({
      ok: true,
      job: { companyName: "Acme", level: "lead", skills: ["Kubernetes", "Go"], location: { countryCode: "US", remote: true } },
    });
  });
});
