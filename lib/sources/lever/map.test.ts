import { describe, expect, it } from "vitest";
import { leverConnector } from "./index";
import { leverPosting } from "./test-postings";

const transformed = (record: unknown) => {
  const result = leverConnector.transform(record);
  if (!result.ok) throw new Error(result.error);
  return result.job;
};

describe("Lever mapping", () => {
  it("maps a full posting", () => {
    const job = transformed(leverPosting());
    expect(job).toMatchObject({
      externalId: "5b1b2c3d-1111-2222-3333-444455556666",
      title: "Senior Backend Engineer",
      applyUrl: "https://jobs.lever.co/acme/5b1b2c3d-1111-2222-3333-444455556666/apply",
      employmentType: "full_time",
      level: "senior",
      location: { city: "San Francisco", region: "California", countryCode: "US", remote: false },
      salary: { minAnnual: 180000, maxAnnual: 220000, currency: "USD", period: "year", predicted: false },
    });
    expect(job.description).toBe("We build payments infrastructure.\n\nRequirements\n• Go or Java\n• PostgreSQL & Kafka\n\nEqual opportunity employer.");
    expect(job.skills).toEqual(expect.arrayContaining(["Go", "Java", "PostgreSQL", "Kafka", "Payments"]));
    expect(job.postedAt?.toISOString()).toBe("2025-07-31T22:13:20.000Z");
  });

  it("reads remote workplaces, hourly pay and intern commitments", () => {
    const job = transformed(
      leverPosting({
        text: "Data Intern",
        workplaceType: "remote",
        categories: { location: "Remote - Canada", commitment: "Intern" },
        country: null,
        salaryRange: { currency: "CAD", interval: "per-hour-wage", min: 25, max: 30 },
      }),
    );
    expect(job).toMatchObject({
      employmentType: "internship", internship: true, level: "intern",
      location: { remote: true, countryCode: "CA" },
      salary: { minAnnual: 52000, maxAnnual: 62400, currency: "CAD", period: "hour" },
    });
  });

  it("drops a one-time payment it cannot annualise and survives missing fields", () => {
    const job = transformed({ id: "x1", text: "Engineer", salaryRange: { currency: "USD", interval: "one-time", min: 1000, max: 1000 } });
    expect(job).toMatchObject({ salary: null, description: "", applyUrl: null, location: { countryCode: null } });
  });

  it("reports a posting without a title", () => {
    expect(leverConnector.transform({ id: "x2", text: "" })).toMatchObject({ ok: false, externalId: "x2" });
  });
});
