import { describe, expect, it } from "vitest";
import { lamodaConnector, parseLamodaPlacement } from "./index";
import { lamodaCandidate, lamodaJob, lamodaPlacement } from "./test-records";

describe("Lamoda job mapping", () => {
  it("maps a job with its declared level, listed skills and monthly salary", () => {
    const result = lamodaConnector.transform(lamodaJob());
    expect(result).toMatchObject({
      ok: true,
      job: {
        externalId: "job-1",
        title: "Middle Frontend Developer",
        description: "Каталог на React и TypeScript.\n\n• Vue — плюс",
        companyName: "Lamoda",
        companyWebsite: "https://www.lamoda.ru",
        location: { city: "Москва", region: "Москва", countryCode: "RU", remote: false },
        employmentType: "full_time",
        level: "mid",
        salary: { minAnnual: 3_000_000, maxAnnual: 4_200_000, currency: "RUB", period: "month", predicted: false },
      },
    });
    expect(result.ok && result.job.skills).toEqual(["React", "TypeScript", "Storybook", "Vue.js"]);
    expect(result.ok && result.job.sourceUpdatedAt?.toISOString()).toBe("2025-08-05T10:30:00.000Z");
  });

  it("maps an internship with no salary and remote work", () => {
    const result = lamodaConnector.transform(
      lamodaJob({ title: "Стажёр-аналитик", employment: "internship", seniority: undefined, salary: undefined, location: { remote: true } }),
    );
    expect(result).toMatchObject({ ok: true, job: { employmentType: "internship", internship: true, level: "intern", salary: null, location: { remote: true, countryCode: null } } });
  });

  it("reports a job without a title with its id", () => {
    expect(lamodaConnector.transform(lamodaJob({ title: "" }))).toMatchObject({ ok: false, externalId: "job-1" });
  });
});

describe("Lamoda candidate mapping", () => {
  it("maps a candidate and normalises skills and email", () => {
    const result = lamodaConnector.transformCandidate?.(lamodaCandidate());
    expect(result).toEqual({
      ok: true,
      candidate: {
        externalId: "cand-1",
        fullName: "Анна Смирнова",
        email: "anna.smirnova@example.com",
        headline: "Senior Python developer, Django & k8s",
        location: "Санкт-Петербург",
        countryCode: "RU",
        skills: ["Python", "PostgreSQL", "Leadership", "Django", "Kubernetes"],
        yearsExperience: 7,
        sourceUpdatedAt: new Date("2025-08-03T08:00:00Z"),
      },
    });
  });

  it("reports a candidate without a name", () => {
    expect(lamodaConnector.transformCandidate?.(lamodaCandidate({ full_name: "" }))).toMatchObject({ ok: false, externalId: "cand-1" });
  });
});

describe("Lamoda placements", () => {
  it("validates a placement as sent", () => {
    expect(parseLamodaPlacement(lamodaPlacement())).toMatchObject({ ok: true, placement: { status: "interviewing" } });
    expect(parseLamodaPlacement(lamodaPlacement({ status: "ghosted" }))).toMatchObject({ ok: false });
  });
});
