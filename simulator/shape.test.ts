import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { lamodaRequestHeaders } from "./lamoda-signing";
import type { SimulatorServer } from "./server";
import { adzunaKeys, getJson, hhHeaders, learnShape, rapidApiHeaders, readSample, shapeMismatches, startTestServer } from "./test-support";

type Json = Record<string, unknown>;

let server: SimulatorServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

describe("generated records have the captured field names and types", () => {
  it("Adzuna search page matches the 2025 GB capture, envelope and results", async () => {
    const captured = readSample("adzuna/search_gb_it_50results_2025-08.json") as Json & { results: Json[] };
    const { body } = await getJson<Json & { results: Json[] }>(`${server.url}/adzuna/v1/api/jobs/gb/search/1?${adzunaKeys}&results_per_page=50`);
    expect(Object.keys(body).sort()).toEqual(Object.keys(captured).sort());
    const shape = learnShape(captured.results);
    expect(body.results).toHaveLength(50);
    for (const result of body.results) expect(shapeMismatches(result, shape)).toEqual([]);
    const descriptions = body.results.map((result) => String(result.description));
    expect(descriptions.every((text) => text.length <= 500 && (!text.endsWith("…") || text.length === 500))).toBe(true);
    expect(descriptions.filter((text) => text.endsWith("…")).length).toBeGreaterThan(30);
    expect(new Set(body.results.map((result) => result.salary_is_predicted))).toEqual(new Set(["0", "1"]));
  });

  it("JSearch search page matches the 2025 capture", async () => {
    const captured = readSample("jsearch/search_developer_chicago_2025-08.json") as Json & { data: Json[]; parameters: Json };
    const { body } = await getJson<Json & { data: Json[]; parameters: Json }>(`${server.url}/jsearch/search?query=developer&page=1&num_pages=3`, rapidApiHeaders);
    expect(Object.keys(body).sort()).toEqual(Object.keys(captured).sort());
    expect(Object.keys(body.parameters).sort()).toEqual(Object.keys(captured.parameters).sort());
    const shape = learnShape(captured.data);
    // FORMATS.md: job_highlights "may be {}", which the ten captured records happen not to show.
    shape.keys?.get("job_highlights")?.required?.clear();
    // FORMATS.md: job_posted_at_datetime_utc "may be null".
    shape.keys?.get("job_posted_at_datetime_utc")?.types.add("null");
    expect(body.data).toHaveLength(30);
    for (const job of body.data) expect(shapeMismatches(job, shape)).toEqual([]);
    expect(body.data.some((job) => job.job_employment_type === "Full-time")).toBe(true);
    expect(body.data.every((job) => Number.isInteger(job.job_posted_at_timestamp))).toBe(true);
  });

  it("HH search items match the 2024 items and the 2025 envelope", async () => {
    const items = readSample("hh/vacancies_items_2024-07_with_duplicates.json") as Json[];
    const envelope = readSample("hh/vacancies_search_envelope_1item_2025-08.json") as Json & { items: Json[] };
    const { body } = await getJson<Json & { items: Json[] }>(`${server.url}/hh/vacancies?per_page=100`, hhHeaders);
    expect(Object.keys(body).sort()).toEqual(Object.keys(envelope).sort());
    const shape = learnShape([...items, ...envelope.items]);
    // salary_range mirrors salary, which the captures show as null on most vacancies.
    const salaryRange = shape.keys?.get("salary_range");
    salaryRange?.types.add("null");
    for (const bound of ["from", "to"]) salaryRange?.keys?.get(bound)?.types.add("null");
    // FORMATS.md: snippet requirement and responsibility "either may be null".
    for (const part of ["requirement", "responsibility"]) shape.keys?.get("snippet")?.keys?.get(part)?.types.add("null");
    for (const item of body.items) expect(shapeMismatches(item, shape)).toEqual([]);
    expect(body.items.length).toBeGreaterThan(0);
    expect(body.items.every((item) => /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+0300$/.test(String(item.published_at)))).toBe(true);
    const salaries = body.items.map((item) => item.salary as { from: number | null; to: number | null; currency: string } | null).filter((s) => s !== null);
    expect(salaries.length).toBeGreaterThan(0);
    expect(salaries.every((salary) => salary.currency === "RUR")).toBe(true);
    expect(salaries.some((salary) => salary.from !== null && salary.to === null)).toBe(true);
    expect(salaries.some((salary) => salary.from === null && salary.to !== null)).toBe(true);
    expect(body.items.some((item) => String((item.snippet as Json).requirement).includes("<highlighttext>"))).toBe(true);
  });

  it("Greenhouse board jobs carry every field of the legacy capture, with entity-escaped content", async () => {
    const captured = readSample("greenhouse/legacy_2013_embed_jobs_content_true.json") as { jobs: Json[] };
    const { body } = await getJson<{ jobs: Json[]; meta: { total: number } }>(`${server.url}/greenhouse/v1/boards/brightwave/jobs?content=true`);
    const shape = learnShape(captured.jobs);
    expect(body.meta.total).toBe(body.jobs.length);
    for (const job of body.jobs) {
      // The capture predates internal_job_id, metadata and friends (see its README), so extra keys are expected.
      expect(shapeMismatches(job, shape).filter((problem) => !problem.endsWith("not in captures"))).toEqual([]);
      expect(String(job.content)).toMatch(/^&lt;p&gt;/);
      expect(String(job.content)).not.toContain("<");
    }
  });

  it("Lever postings follow the documented posting shape", async () => {
    const posting = z.object({
      id: z.uuid(),
      text: z.string(),
      categories: z.object({ location: z.string(), commitment: z.string(), team: z.string(), department: z.string(), allLocations: z.array(z.string()) }),
      country: z.string().length(2),
      workplaceType: z.enum(["on-site", "remote", "hybrid", "unspecified"]),
      descriptionPlain: z.string(),
      lists: z.array(z.object({ text: z.string(), content: z.string() })),
      hostedUrl: z.url(),
      applyUrl: z.url(),
      salaryRange: z.object({ currency: z.string(), interval: z.string(), min: z.number(), max: z.number() }).optional(),
      createdAt: z.number().int().gt(1e12),
    });
    const { body } = await getJson<unknown[]>(`${server.url}/lever/v0/postings/orbitly?mode=json`);
    expect(body.length).toBeGreaterThan(0);
    for (const record of body) expect(posting.safeParse(record).error).toBeUndefined();
  });

  it("Lamoda jobs, candidates and placements follow docs/sources/lamoda.md", async () => {
    const job = z.strictObject({
      id: z.string(), title: z.string(), description_html: z.string(),
      company: z.strictObject({ id: z.string(), name: z.string(), website: z.string().optional() }),
      location: z.strictObject({ city: z.string().optional(), region: z.string().optional(), country_code: z.string().optional(), remote: z.boolean() }),
      employment: z.enum(["full_time", "part_time", "contract", "internship", "temporary"]),
      seniority: z.enum(["intern", "junior", "middle", "senior", "lead"]).optional(),
      salary: z.strictObject({ min: z.number().optional(), max: z.number().optional(), currency: z.string(), period: z.enum(["hour", "day", "week", "month", "year"]) }).optional(),
      skills: z.array(z.string()).optional(),
      apply_url: z.string(), published_at: z.iso.datetime(), updated_at: z.iso.datetime(), status: z.enum(["open", "closed"]),
    });
    const candidate = z.strictObject({
      id: z.string(), full_name: z.string(), email: z.string().optional(), headline: z.string().optional(),
      location: z.strictObject({ city: z.string().optional(), country_code: z.string().optional() }).optional(),
      skills: z.array(z.string()), experience_years: z.number().optional(), updated_at: z.iso.datetime(),
    });
    const placement = z.strictObject({ id: z.string(), job_id: z.string(), candidate_id: z.string(), status: z.enum(["proposed", "interviewing", "hired", "rejected"]), updated_at: z.iso.datetime() });
    const meta = z.strictObject({ page: z.number(), per_page: z.number(), total: z.number(), total_pages: z.number() });
    for (const [path, schema] of [["/v1/jobs", job], ["/v1/candidates", candidate], ["/v1/placements", placement]] as const) {
      const headers = lamodaRequestHeaders({ apiKey: "sim-lamoda-key", secret: "sim-lamoda-secret" }, { method: "GET", pathWithQuery: `${path}?per_page=50`, body: "" });
      const { status, body } = await getJson<{ data: unknown[]; meta: unknown }>(`${server.url}/lamoda${path}?per_page=50`, headers);
      expect(status).toBe(200);
      expect(meta.safeParse(body.meta).error).toBeUndefined();
      for (const record of body.data) expect(schema.safeParse(record).error).toBeUndefined();
    }
  });
});
