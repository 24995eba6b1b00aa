import { describe, expect, it } from "vitest";
import { readSample } from "../test-fixtures";
import { hhConnector } from "./index";
import type { CanonicalJob } from "../../etl/canonical";
import type { RawPage } from "../types";

// The 2024 capture is a bare items[] array (every item twice), not an API page.
const items = readSample("hh/vacancies_items_2024-07_with_duplicates.json") as Array<Record<string, unknown>>;
const envelope = readSample("hh/vacancies_search_envelope_1item_2025-08.json");

const transformed = (record: unknown): CanonicalJob => {
  const result = hhConnector.transform(record);
  if (!result.ok) throw new Error(result.error);
  return result.job;
};
const jobs = items.map(transformed);
const job = (id: string) => {
  const found = jobs.find((entry) => entry.externalId === id);
  if (!found) throw new Error(`no job ${id}`);
  return found;
};

describe("HeadHunter items (July 2024, each item twice)", () => {
  it("transforms all 200 items", () => {
    expect(items.map((item) => hhConnector.transform(item).ok).length).toBeGreaterThan(0);
    expect(items.map((item) => hhConnector.transform(item).ok).every(Boolean)).toBe(true);
    expect(jobs).toHaveLength(200);
  });

  it("gives the two copies of an item the same external id and the same canonical job", () => {
    const ids = jobs.map((entry) => entry.externalId);
    expect(new Set(ids).size).toBe(100);
    const copies = jobs.filter((entry) => entry.externalId === "103012306");
    expect(copies).toHaveLength(2);
    expect(copies[0]).toEqual(copies[1]);
  });

  it("annualises a from-only monthly salary and turns RUR into RUB", () => {
    expect(job("104452529").salary).toEqual({ minAnnual: 1_800_000, maxAnnual: null, currency: "RUB", period: "month", predicted: false });
  });

  it("annualises a to-only salary", () => {
    expect(job("103654361").salary).toEqual({ minAnnual: null, maxAnnual: 1_800_000, currency: "RUB", period: "month", predicted: false });
  });

  it("counts 56 salaries and 144 without", () => {
    expect(jobs.filter((entry) => entry.salary !== null)).toHaveLength(56);
  });

  it("strips highlight tags from the snippet and finds skills in it", () => {
    const entry = job("103012306");
    expect(entry.description).not.toContain("highlighttext");
    expect(entry.description).toContain("Python, Java");
    expect(entry.skills).toEqual(expect.arrayContaining(["Go", "JavaScript", "Node.js", "Python", "Java"]));
  });

  it("places Minsk in Belarus and Moscow in Russia, and reads the +0300 date", () => {
    const minsk = job("103012306");
    expect(minsk.location).toMatchObject({ city: "Минск", countryCode: "BY" });
    expect(minsk.postedAt?.toISOString()).toBe("2024-07-01T04:48:25.000Z");
    const moscow = jobs.find((entry) => entry.location.city === "Москва");
    expect(moscow?.location.countryCode).toBe("RU");
  });

  it("gives every item a country and flags remote schedules", () => {
    expect(jobs.length).toBeGreaterThan(0);
    expect(jobs.every((entry) => entry.location.countryCode !== null)).toBe(true);
    const remoteIds = new Set(items.filter((item) => (item.schedule as { id: string }).id === "remote").map((item) => item.id));
    expect(remoteIds.size).toBe(21);
    expect(jobs.filter((entry) => entry.location.remote).length).toBeGreaterThan(0);
    expect(jobs.filter((entry) => entry.location.remote).every((entry) => remoteIds.has(entry.externalId))).toBe(true);
    expect(jobs.filter((entry) => entry.location.remote)).toHaveLength(42);
  });

  it("reads the level from the experience id and probation as an internship", () => {
    expect(job("103012306").level).toBe("mid");
    const probation = items.find((item) => (item.employment as { id: string }).id === "probation");
    expect(transformed(probation)).toMatchObject({ employmentType: "internship", internship: true });
  });
});

describe("HeadHunter 2025 search envelope", () => {
  const page: RawPage = { resource: "jobs", url: "https://api.hh.ru/vacancies", params: {}, status: 200, headers: {}, body: envelope, fetchedAt: new Date() };

  it("reads the envelope and the salary_range with its monthly mode", () => {
    const [record] = hhConnector.recordsOf(page);
    const entry = transformed(record);
    expect(entry).toMatchObject({
      externalId: "123880305", title: "Мерчандайзер", employmentType: "full_time", internship: false, level: "junior",
      location: { city: "Владимир", countryCode: "RU", remote: false },
    });
    expect(entry.salary).toEqual({ minAnnual: 702_000, maxAnnual: 1_500_000, currency: "RUB", period: "month", predicted: false });
  });

  it("annualises an hourly salary_range and refuses a per-rotation one", () => {
    const [record] = hhConnector.recordsOf(page) as Array<Record<string, unknown>>;
    const hourly = { ...record, salary_range: { from: 500, to: null, currency: "RUR", gross: true, mode: { id: "HOUR", name: "За час" } } };
    expect(transformed(hourly).salary).toMatchObject({ minAnnual: 1_040_000, maxAnnual: null, period: "hour" });
    const rotation = { ...record, salary_range: { from: 90000, to: null, currency: "RUR", mode: { id: "FLY_IN_FLY_OUT" } } };
    expect(transformed(rotation).salary).toBeNull();
  });

  it("uses the full description and key skills of GET /vacancies/{id}", () => {
    const [record] = hhConnector.recordsOf(page) as Array<Record<string, unknown>>;
    const full = { ...record, description: "<p>Опыт с <strong>1С</strong></p>", key_skills: [{ name: "Postgres" }, { name: "Работа в команде" }] };
    expect(transformed(full)).toMatchObject({ description: "Опыт с 1С", skills: ["PostgreSQL", "Teamwork", "1C"] });
  });

  it("refuses a page without the envelope", () => {
    expect(() => hhConnector.recordsOf({ ...page, body: items })).toThrow(/unexpected page format/);
  });
});
