import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { lamodaRequestHeaders } from "./lamoda-signing";
import type { SimulatorServer } from "./server";
import { adzunaKeys, getJson, hhHeaders, rapidApiHeaders, startTestServer, testVolumes } from "./test-support";

type Json = Record<string, unknown>;

let server: SimulatorServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

function expectExactCover(ids: string[], expected: number) {
  expect(ids).toHaveLength(expected);
  expect(new Set(ids).size).toBe(expected);
}

describe("paging through every source returns each configured record exactly once", () => {
  it("Adzuna, over all countries, pages from 1", async () => {
    const ids: string[] = [];
    for (const country of server.simulator.partitions("adzuna")) {
      for (let page = 1; ; page++) {
        const { body } = await getJson<{ count: number; results: Json[] }>(`${server.url}/adzuna/v1/api/jobs/${country}/search/${page}?${adzunaKeys}&results_per_page=50`);
        if (body.results.length === 0) break;
        ids.push(...body.results.map((result) => String(result.id)));
      }
    }
    expectExactCover(ids, testVolumes.adzuna);
  });

  it("JSearch, 10 per page, num_pages batches", async () => {
    const ids: string[] = [];
    for (const country of server.simulator.partitions("jsearch")) {
      for (let page = 1; ; page += 2) {
        const { body } = await getJson<{ data: Json[] }>(`${server.url}/jsearch/search?query=jobs&country=${country}&page=${page}&num_pages=2`, rapidApiHeaders);
        expect(body.data.length).toBeLessThanOrEqual(20);
        if (body.data.length === 0) break;
        ids.push(...body.data.map((job) => String(job.job_id)));
      }
    }
    expectExactCover(ids, testVolumes.jsearch);
  });

  it("HH, pages from 0, with found and pages consistent", async () => {
    const ids: string[] = [];
    let pages = Infinity;
    for (let page = 0; page < pages; page++) {
      const { body } = await getJson<{ items: Json[]; found: number; pages: number; page: number }>(`${server.url}/hh/vacancies?per_page=100&page=${page}`, hhHeaders);
      expect(body.found).toBe(testVolumes.hh);
      expect(body.page).toBe(page);
      pages = body.pages;
      ids.push(...body.items.map((item) => String(item.id)));
    }
    expect(pages).toBe(Math.ceil(testVolumes.hh / 100));
    expectExactCover(ids, testVolumes.hh);
  });

  it("Greenhouse boards together hold the whole volume", async () => {
    const ids: string[] = [];
    for (const board of server.simulator.partitions("greenhouse")) {
      const { body } = await getJson<{ jobs: Json[] }>(`${server.url}/greenhouse/v1/boards/${board}/jobs`);
      ids.push(...body.jobs.map((job) => String(job.id)));
    }
    expectExactCover(ids, testVolumes.greenhouse);
  });

  it("Lever sites with skip/limit", async () => {
    const ids: string[] = [];
    for (const site of server.simulator.partitions("lever")) {
      for (let skip = 0; ; skip += 7) {
        const { body } = await getJson<Json[]>(`${server.url}/lever/v0/postings/${site}?mode=json&skip=${skip}&limit=7`);
        if (body.length === 0) break;
        ids.push(...body.map((posting) => String(posting.id)));
      }
    }
    expectExactCover(ids, testVolumes.lever);
  });

  it("Lamoda pages from 1 with meta totals", async () => {
    const ids: string[] = [];
    for (let page = 1; ; page++) {
      const pathWithQuery = `/v1/jobs?page=${page}&per_page=40`;
      const headers = lamodaRequestHeaders({ apiKey: "sim-lamoda-key", secret: "sim-lamoda-secret" }, { method: "GET", pathWithQuery, body: "" });
      const { body } = await getJson<{ data: Json[]; meta: { total: number; total_pages: number } }>(`${server.url}/lamoda${pathWithQuery}`, headers);
      expect(body.meta.total).toBe(testVolumes.lamoda);
      if (page > body.meta.total_pages) {
        expect(body.data).toEqual([]);
        break;
      }
      ids.push(...body.data.map((job) => String(job.id)));
    }
    expectExactCover(ids, testVolumes.lamoda);
  });
});

describe("HH result cap", () => {
  it("refuses to page past 2,000 results, and a date split reaches the rest", async () => {
    const big = await startTestServer({ volumes: { ...testVolumes, hh: 2600 } });
    try {
      const first = await getJson<{ found: number; pages: number }>(`${big.url}/hh/vacancies?per_page=100`, hhHeaders);
      expect(first.body).toMatchObject({ found: 2600, pages: 20 });
      const beyond = await getJson<{ errors: Json[] }>(`${big.url}/hh/vacancies?per_page=100&page=20`, hhHeaders);
      expect(beyond.status).toBe(400);
      expect(beyond.body.errors[0]).toMatchObject({ type: "bad_argument", value: "page" });

      const ids = new Set<string>();
      const split = "2025-07-15T00:00:00+0300";
      for (const window of [`date_to=${encodeURIComponent(split)}`, `date_from=${encodeURIComponent(split)}`]) {
        for (let page = 0; ; page++) {
          const { body } = await getJson<{ items: Json[]; found: number }>(`${big.url}/hh/vacancies?per_page=100&page=${page}&${window}`, hhHeaders);
          expect(body.found).toBeLessThanOrEqual(2000);
          if (body.items.length === 0) break;
          for (const item of body.items) ids.add(String(item.id));
        }
      }
      expect(ids.size).toBe(2600);
    } finally {
      await big.close();
    }
  });
});

describe("determinism", () => {
  const paths = [
    `/adzuna/v1/api/jobs/us/search/2?${adzunaKeys}&results_per_page=20`,
    "/hh/vacancies?per_page=30&page=1",
    "/greenhouse/v1/boards/lumenpay/jobs?content=true",
    "/lever/v0/postings/skyforge?mode=json",
  ];
  const fetchAll = (url: string) => Promise.all(paths.map((path) => fetch(`${url}${path}`, { headers: { ...hhHeaders, ...rapidApiHeaders } }).then((r) => r.text())));

  it("the same seed gives byte-identical pages, a different seed does not", async () => {
    const twin = await startTestServer();
    const other = await startTestServer({ seed: 7 });
    try {
      const [a, b, c] = await Promise.all([fetchAll(server.url), fetchAll(twin.url), fetchAll(other.url)]);
      expect(b).toEqual(a);
      a.forEach((body, i) => expect(c[i]).not.toEqual(body));
    } finally {
      await Promise.all([twin.close(), other.close()]);
    }
  });

  it("serves any page of a 100,000-record source without building the rest", async () => {
    const huge = await startTestServer({ volumes: { ...testVolumes, adzuna: 100_000 } });
    try {
      const { body } = await getJson<{ count: number; results: Json[] }>(`${huge.url}/adzuna/v1/api/jobs/gb/search/900?${adzunaKeys}&results_per_page=50`);
      expect(body.count).toBe(45_000);
      expect(body.results).toHaveLength(50);
      expect(huge.simulator.groundTruth("adzuna", String(body.results[49].id))).toBeDefined();
    } finally {
      await huge.close();
    }
  });
});
