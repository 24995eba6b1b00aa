import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { lamodaRequestHeaders } from "./lamoda-signing";
import type { SimulatorServer } from "./server";
import { adzunaKeys, getJson, hhHeaders, rapidApiHeaders, startTestServer, testVolumes } from "./test-support";

type Json = Record<string, unknown>;
const DAY_MS = 86_400_000;

let server: SimulatorServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

async function lamodaJobs(query: string): Promise<{ data: Json[]; meta: { total: number } }> {
  const pathWithQuery = `/v1/jobs?${query}`;
  const headers = lamodaRequestHeaders({ apiKey: "sim-lamoda-key", secret: "sim-lamoda-secret" }, { method: "GET", pathWithQuery, body: "" });
  return (await getJson<{ data: Json[]; meta: { total: number } }>(`${server.url}/lamoda${pathWithQuery}`, headers)).body;
}

describe("date filters", () => {
  it("Adzuna max_days_old keeps only recent records, spread over the 60-day history", async () => {
    const now = Date.parse(server.simulator.state().now);
    const all = await getJson<{ count: number }>(`${server.url}/adzuna/v1/api/jobs/gb/search/1?${adzunaKeys}`);
    const week = await getJson<{ count: number; results: Json[] }>(`${server.url}/adzuna/v1/api/jobs/gb/search/1?${adzunaKeys}&max_days_old=7&results_per_page=50`);
    expect(week.body.count).toBeGreaterThan(all.body.count * 0.06);
    expect(week.body.count).toBeLessThan(all.body.count * 0.18);
    for (const result of week.body.results) expect(Date.parse(String(result.created))).toBeGreaterThanOrEqual(now - 7 * DAY_MS - 1000);
  });

  it("JSearch date_posted narrows as the window shrinks", async () => {
    const counts: number[] = [];
    for (const datePosted of ["all", "month", "week", "3days", "today"]) {
      const { body } = await getJson<{ data: Json[] }>(`${server.url}/jsearch/search?query=x&num_pages=20&date_posted=${datePosted}`, rapidApiHeaders);
      counts.push(body.data.length);
    }
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    expect(counts[0]).toBeGreaterThan(counts[2]);
    expect((await fetch(`${server.url}/jsearch/search?query=x&date_posted=yesterday`, { headers: rapidApiHeaders })).status).toBe(400);
  });

  it("HH date_from takes its own +0300 format", async () => {
    const { body } = await getJson<{ found: number; items: Json[] }>(`${server.url}/hh/vacancies?per_page=100&date_from=2025-08-10T00:00:00%2B0300`, hhHeaders);
    expect(body.found).toBeGreaterThan(0);
    expect(body.found).toBeLessThan(testVolumes.hh);
    for (const item of body.items) expect(String(item.published_at) >= "2025-08-10T00:00:00+0300").toBe(true);
  });
});

describe("advance between two syncs", () => {
  it("shows an incremental run only the new and changed records", async () => {
    const cursor = server.simulator.state().now;
    const before = await lamodaJobs(`updated_since=${encodeURIComponent(cursor)}&per_page=500`);
    expect(before.meta.total).toBe(0);

    const state = server.simulator.advance({ jobs: 12, changes: 3 });
    expect(state.generation).toBe(1);
    expect(state.sources.lamoda.total).toBe(testVolumes.lamoda + 12);

    const after = await lamodaJobs(`updated_since=${encodeURIComponent(cursor)}&per_page=500`);
    expect(after.meta.total).toBe(12 + 3);
    const ids = after.data.map((job) => String(job.id));
    expect(new Set(ids).size).toBe(15);
    for (const job of after.data) expect(Date.parse(String(job.updated_at))).toBeGreaterThanOrEqual(Date.parse(cursor));
    const changed = after.data.filter((job) => Date.parse(String(job.published_at)) < Date.parse(cursor));
    expect(changed).toHaveLength(3);

    const full = await lamodaJobs("per_page=500");
    expect(full.meta.total).toBe(testVolumes.lamoda + 12);

    const hhNew = await getJson<{ found: number }>(`${server.url}/hh/vacancies?date_from=${encodeURIComponent(cursor)}`, hhHeaders);
    expect(hhNew.body.found).toBe(12);
    server.simulator.reset();
    expect(server.simulator.state().generation).toBe(0);
  });
});
