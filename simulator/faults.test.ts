import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { lamodaRequestHeaders } from "./lamoda-signing";
import type { SimulatorServer } from "./server";
import { adzunaKeys, getJson, hhHeaders, rapidApiHeaders, startTestServer } from "./test-support";

type Json = Record<string, unknown>;

let server: SimulatorServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterEach(() => server.simulator.reset());
afterAll(() => server.close());

const adzunaPage = () => `${server.url}/adzuna/v1/api/jobs/gb/search/1?${adzunaKeys}&results_per_page=20`;
const setFaults = (body: unknown) => fetch(`${server.url}/_control/faults`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });

describe("error faults", () => {
  it("rate-limits the next N requests with Retry-After, then recovers", async () => {
    const control = await setFaults({ source: "adzuna", faults: [{ kind: "rate_limit", times: 2, retryAfterSeconds: 3 }] });
    expect(control.status).toBe(200);
    for (let i = 0; i < 2; i++) {
      const limited = await fetch(adzunaPage());
      expect(limited.status).toBe(429);
      expect(limited.headers.get("retry-after")).toBe("3");
    }
    expect((await fetch(adzunaPage())).status).toBe(200);
    const state = await getJson<{ faults: Json; requests: { adzuna: number } }>(`${server.url}/_control/state`);
    expect(state.body.faults).toEqual({});
    expect(state.body.requests.adzuna).toBe(3);
  });

  it("HH answers a 5xx with a body that is not JSON", async () => {
    server.simulator.setFaults("hh", [{ kind: "server_error", times: 1 }]);
    const failed = await fetch(`${server.url}/hh/vacancies`, { headers: hhHeaders });
    expect(failed.status).toBeGreaterThanOrEqual(500);
    await expect(failed.clone().json()).rejects.toThrow();
    expect((await fetch(`${server.url}/hh/vacancies`, { headers: hhHeaders })).status).toBe(200);
  });

  it("Lamoda upstream failures use its SYNC_FAILED code", async () => {
    server.simulator.setFaults("lamoda", [{ kind: "upstream_error", times: 1 }]);
    const unsigned = await getJson<{ error: { code: string } }>(`${server.url}/lamoda/v1/jobs`);
    // Auth runs first: an unsigned request is refused as such, and still uses up the fault.
    expect(unsigned.body.error.code).toBe("INVALID_API_KEY");
    server.simulator.setFaults("lamoda", [{ kind: "upstream_error", times: 1 }]);
    const signed = lamodaRequestHeaders({ apiKey: "sim-lamoda-key", secret: "sim-lamoda-secret" }, { method: "GET", pathWithQuery: "/v1/jobs", body: "" });
    const failed = await getJson<{ error: { code: string } }>(`${server.url}/lamoda/v1/jobs`, signed);
    expect(failed.status).toBe(502);
    expect(failed.body.error.code).toBe("SYNC_FAILED");
  });

  it("a query flag fails just that request", async () => {
    const flagged = await getJson<{ message: string }>(`${server.url}/jsearch/search?query=x&_fault=server_error`, rapidApiHeaders);
    expect(flagged.status).toBe(500);
    expect(flagged.body.message).toBeTypeOf("string");
    expect((await fetch(`${server.url}/jsearch/search?query=x`, { headers: rapidApiHeaders })).status).toBe(200);
  });

  it("rejects an unknown fault kind on the control endpoint", async () => {
    expect((await setFaults({ source: "adzuna", faults: [{ kind: "meteor" }] })).status).toBe(400);
  });
});

describe("slow responses", () => {
  it("delays long enough for a client timeout to fire", async () => {
    server.simulator.setFaults("greenhouse", [{ kind: "delay", delayMs: 2000, times: 1 }]);
    await expect(fetch(`${server.url}/greenhouse/v1/boards/brightwave/jobs`, { signal: AbortSignal.timeout(150) })).rejects.toThrow();
    const started = Date.now();
    expect((await fetch(`${server.url}/greenhouse/v1/boards/brightwave/jobs`)).status).toBe(200);
    expect(Date.now() - started).toBeLessThan(1500);
  });
});

describe("record faults", () => {
  it("breaks one record in every K: a required field missing or of the wrong type", async () => {
    server.simulator.setFaults("adzuna", [{ kind: "malformed", every: 4 }]);
    const { body } = await getJson<{ results: Json[] }>(adzunaPage());
    const broken = body.results.filter((r) => typeof r.id !== "string" || typeof r.title !== "string" || typeof r.salary_min !== "number" || typeof r.created !== "string");
    expect(broken).toHaveLength(5);
    expect(body.results.filter((_, i) => i % 4 === 3)).toEqual(broken);
  });

  it("puts HTML into text fields", async () => {
    const { body } = await getJson<{ data: Json[] }>(`${server.url}/jsearch/search?query=x&_fault=html_in_text`, rapidApiHeaders);
    expect(body.data.length).toBeGreaterThan(0);
    expect(body.data.every((job) => /<strong>/.test(String(job.job_title)))).toBe(true);
  });

  it("quotes salaries per hour", async () => {
    server.simulator.setFaults("adzuna", [{ kind: "hourly_salary" }]);
    const { body } = await getJson<{ results: Json[] }>(adzunaPage());
    const advertised = body.results.filter((r) => r.salary_is_predicted === "0");
    expect(advertised.length).toBeGreaterThan(0);
    expect(advertised.every((r) => Number(r.salary_max) < 300)).toBe(true);
  });

  it("drops optional fields", async () => {
    server.simulator.setFaults("hh", [{ kind: "missing_fields" }]);
    const { body } = await getJson<{ items: Json[] }>(`${server.url}/hh/vacancies`, hhHeaders);
    expect(body.items.length).toBeGreaterThan(0);
    expect(body.items.every((item) => !("salary" in item) && !("employer" in item) && typeof item.id === "string")).toBe(true);
  });

  it("repeats every item on the page, like the HH capture", async () => {
    server.simulator.setFaults("hh", [{ kind: "duplicate_items", times: 1 }]);
    const { body } = await getJson<{ items: Json[] }>(`${server.url}/hh/vacancies?per_page=10`, hhHeaders);
    expect(body.items).toHaveLength(20);
    expect(new Set(body.items.map((item) => item.id)).size).toBe(10);
  });
});
