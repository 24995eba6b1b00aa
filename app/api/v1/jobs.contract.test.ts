import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { drainRunner } from "@/inngest/runner";
import { callJson, openApiTestEnvironment, type ApiKeys, type ApiTestEnvironment } from "@/tests/api";
import { GET as getJob } from "./jobs/[id]/route";
import { GET as listJobs } from "./jobs/route";
import { POST as requestSync } from "./sync/route";

let env: ApiTestEnvironment;
let keys: ApiKeys;
let syncedTotal: number;
beforeAll(async () => {
  env = await openApiTestEnvironment({ volumes: { adzuna: 400 } });
  keys = env.keys;
  const sync = await callJson<{ run_id: string }>(requestSync, "/api/v1/sync", { key: keys.admin, body: { source: "Adzuna GB", mode: "full" } });
  expect(sync.status).toBe(202);
  await drainRunner({ db: env.handle.db, timeoutMs: 60_000 });
  syncedTotal = (await list("source=Adzuna GB&limit=1")).body.total;
});
afterAll(() => env.close());

type Job = {
  id: string;
  title: string;
  location: string | null;
  remote: boolean;
  employment_type: string | null;
  level: string | null;
  internship: boolean;
  salary: { min: number | null; max: number | null; currency: string } | null;
  status: string;
  posted_at: string | null;
};
type JobPage = { data: Job[]; page: number | null; limit: number; total: number; total_is_estimate: boolean; total_pages: number; next_cursor: string | null };
type JobSourceView = { source: string; source_id: string; type: string; external_id: string; url: string | null; first_seen_at: string; last_seen_at: string };
type JobDetail = Job & { description: string; city: string | null; region: string | null; sources: JobSourceView[] };

const list = (query: string) => callJson<JobPage>(listJobs, `/api/v1/jobs?${query}`, { key: keys.recruiter });
const detail = async (id: string) => (await callJson<{ data: JobDetail }>(getJob, `/api/v1/jobs/${id}`, { key: keys.seeker, params: { id } })).body.data;

/** Lists with the filter; it must match some jobs, fewer than all, and every job returned must satisfy it. */
async function expectNarrowed(query: string, holds: (job: Job) => boolean | Promise<boolean>) {
  const [all, filtered] = await Promise.all([list("limit=100"), list(`${query}&limit=100`)]);
  expect(filtered.status, query).toBe(200);
  expect(filtered.body.total, query).toBeGreaterThan(0);
  expect(filtered.body.total, query).toBeLessThan(all.body.total);
  for (const job of filtered.body.data) expect(await holds(job), `${query}: ${JSON.stringify(job)}`).toBe(true);
  return filtered.body;
}

describe("GET /api/v1/jobs after a sync", () => {
  it("lists open jobs from the seed and the sync, paged", async () => {
    expect(syncedTotal).toBeGreaterThan(20);
    const first = await list("limit=5");
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ page: 1, limit: 5, total_pages: Math.ceil(first.body.total / 5) });
    expect(first.body.total).toBeGreaterThan(syncedTotal);
    const second = await list("limit=5&page=2");
    expect(second.body.data).toHaveLength(5);
    expect(second.body.total).toBe(first.body.total);
    const firstIds = new Set(first.body.data.map((j) => j.id));
    expect(second.body.data.some((j) => firstIds.has(j.id))).toBe(false);
    expect(first.body.data.length).toBeGreaterThan(0);
    expect(first.body.data.every((j) => j.status === "open")).toBe(true);
  });

  it("answers in the one pagination shape and continues by cursor without repeating a job", async () => {
    const first = await list("limit=7");
    expect(first.body).toEqual({ data: expect.any(Array), page: 1, limit: 7, total: expect.any(Number), total_is_estimate: false, total_pages: Math.ceil(first.body.total / 7), next_cursor: expect.any(String) });
    const seen = new Set(first.body.data.map((j) => j.id));
    let cursor = first.body.next_cursor;
    for (let i = 0; i < 3 && cursor; i++) {
      const next = await list(`limit=7&cursor=${encodeURIComponent(cursor)}`);
      expect(next.status).toBe(200);
      expect(next.body.page).toBeNull();
      expect(next.body.data.length).toBeGreaterThan(0);
      for (const job of next.body.data) expect(seen.has(job.id), job.id).toBe(false);
      next.body.data.forEach((j) => seen.add(j.id));
      cursor = next.body.next_cursor;
    }
    expect(seen.size).toBe(28);
    const bad = await list("cursor=not-a-cursor");
    expect(bad).toEqual({ status: 400, body: { error: { code: "invalid_request", message: expect.stringContaining("cursor"), details: [{ path: "cursor", message: expect.any(String) }] } } });
  });

  it("q finds jobs whose title or description has the word", async () => {
    await expectNarrowed("q=engineer", async (job) => /engineer/i.test(`${job.title} ${(await detail(job.id)).description}`));
  });

  it("location matches the place shown, the city or the region", async () => {
    await expectNarrowed("location=london", async (job) => {
      const { location, city, region } = await detail(job.id);
      return [location, city, region].some((place) => place?.toLowerCase().includes("london"));
    });
  });

  it("remote, internship, employment_type and level each keep only matching jobs", async () => {
    await expectNarrowed("remote=true", (job) => job.remote);
    await expectNarrowed("remote=0", (job) => !job.remote);
    await expectNarrowed("internship=true", (job) => job.internship);
    await expectNarrowed("employment_type=full_time", (job) => job.employment_type === "full_time");
    await expectNarrowed("level=senior", (job) => job.level === "senior");
  });

  it("min_salary and max_salary keep jobs whose range reaches into the asked range", async () => {
    await expectNarrowed("min_salary=80000", (job) => job.salary !== null && (job.salary.max ?? job.salary.min)! >= 80_000);
    await expectNarrowed("max_salary=40000", (job) => job.salary !== null && (job.salary.min ?? job.salary.max)! <= 40_000);
  });

  it("source keeps jobs seen on that source; posted_since keeps recent ones", async () => {
    await expectNarrowed("source=Adzuna GB", async (job) => (await detail(job.id)).sources.some((s) => s.source === "Adzuna GB"));
    await expectNarrowed("source=adzuna", async (job) => (await detail(job.id)).sources.some((s) => s.type === "adzuna"));
    const since = new Date(Date.now() - 7 * 86_400_000);
    await expectNarrowed(`posted_since=${since.toISOString().slice(0, 10)}`, (job) => job.posted_at !== null && Date.parse(job.posted_at) >= Date.parse(since.toISOString().slice(0, 10)));
  });

  it("combines filters with AND", async () => {
    const page = await expectNarrowed("source=Adzuna GB&remote=false&min_salary=30000", (job) => !job.remote && job.salary !== null);
    expect(page.total).toBeLessThanOrEqual((await list("source=Adzuna GB&limit=1")).body.total);
  });

  it("answers 400 with a detail per invalid filter value", async () => {
    for (const [query, path] of [
      ["limit=0", "limit"],
      ["limit=101", "limit"],
      ["min_salary=abc", "min_salary"],
      ["level=wizard", "level"],
      ["remote=maybe", "remote"],
      ["posted_since=yesterday-ish", "posted_since"],
    ]) {
      const res = await list(query);
      expect(res, query).toEqual({ status: 400, body: { error: { code: "invalid_request", message: expect.stringContaining(path), details: [{ path, message: expect.any(String) }] } } });
    }
  });
});

describe("GET /api/v1/jobs/{id}", () => {
  it("includes every source the job was seen on with its external id and link", async () => {
    const { body } = await list("source=Adzuna GB&limit=1");
    const job = await detail(body.data[0].id);
    expect(job.sources.length).toBeGreaterThanOrEqual(1);
    expect(job.sources.find((s) => s.source === "Adzuna GB")).toEqual({
      source: "Adzuna GB",
      source_id: expect.any(String),
      type: "adzuna",
      external_id: expect.any(String),
      url: expect.stringMatching(/^https?:\/\//),
      first_seen_at: expect.any(String),
      last_seen_at: expect.any(String),
    });
  });

  it("answers 400 for a non-UUID id and 404 for an unknown job", async () => {
    const bad = await callJson(getJob, "/api/v1/jobs/abc", { key: keys.seeker, params: { id: "abc" } });
    expect(bad).toEqual({ status: 400, body: { error: { code: "invalid_request", message: expect.any(String), details: [{ path: "id", message: "Job id must be a UUID" }] } } });
    const id = "00000000-0000-4000-8000-000000000000";
    expect(await callJson(getJob, `/api/v1/jobs/${id}`, { key: keys.seeker, params: { id } })).toEqual({ status: 404, body: { error: { code: "not_found", message: "Job was not found.", details: null } } });
  });
});
