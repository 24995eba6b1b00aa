import { createHmac, timingSafeEqual } from "node:crypto";
import { afterEach, describe, expect, it } from "vitest";
import { testHttpOptions } from "../test-http-options";
import { collect, sendJson, startTestServer, type RecordedRequest, type TestServer } from "../test-server";
import { lamodaConnector, lamodaSignature } from "./index";
import { lamodaCandidate, lamodaJob, lamodaPlacement } from "./test-records";

const credentials = { apiKey: "key-1", apiSecret: "s3cret" };
const records = { jobs: lamodaJob, candidates: lamodaCandidate, placements: lamodaPlacement } as const;

let server: TestServer;
afterEach(() => server.close());

/** Verifies a request the way the marketplace does: key, 300 s window, constant-time signature. */
function isAuthentic(request: RecordedRequest, nowSeconds: number): boolean {
  const timestamp = Number(request.headers["x-timestamp"]);
  if (request.headers["x-api-key"] !== credentials.apiKey || Math.abs(nowSeconds - timestamp) > 300) return false;
  const expected = createHmac("sha256", credentials.apiSecret).update(`${request.method}\n${request.path}\n${timestamp}\n${request.body}`).digest();
  const given = Buffer.from(String(request.headers["x-signature"] ?? ""), "hex");
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** `total` records of each resource; `faults` are answered first, one per request. */
async function startLamoda(total: number, faults: Array<{ status: number; code: string; headers?: Record<string, string> }> = []) {
  server = await startTestServer((request, response) => {
    const fault = faults.shift();
    if (fault) return sendJson(response, fault.status, { error: { code: fault.code, message: fault.code.toLowerCase() } }, fault.headers);
    if (!isAuthentic(request, Math.floor(Date.now() / 1000))) {
      return sendJson(response, 401, { error: { code: "INVALID_API_KEY", message: "bad signature" } });
    }
    const resource = request.url.pathname.replace("/v1/", "") as keyof typeof records;
    if (!(resource in records)) return sendJson(response, 404, { error: { code: "RESOURCE_NOT_FOUND", message: "no such resource" } });
    const page = Number(request.url.searchParams.get("page"));
    const perPage = Number(request.url.searchParams.get("per_page"));
    const start = (page - 1) * perPage;
    const data = Array.from({ length: Math.max(0, Math.min(perPage, total - start)) }, (_, i) => records[resource]({ id: `${resource}-${start + i}` }));
    sendJson(response, 200, { data, meta: { page, per_page: perPage, total, total_pages: Math.ceil(total / perPage) } });
  });
}

const fetchAll = (overrides: Record<string, unknown> = {}) =>
  collect(
    lamodaConnector.fetchPages({
      baseUrl: server.baseUrl,
      config: { per_page: 2 },
      credentials,
      mode: "full",
      http: testHttpOptions(),
      ...overrides,
    }),
  );

describe("Lamoda client", () => {
  it("signs every request and pages through the jobs by default", async () => {
    await startLamoda(5);
    const pages = await fetchAll();
    expect(server.requests.map((request) => request.path)).toEqual([
      "/v1/jobs?page=1&per_page=2", "/v1/jobs?page=2&per_page=2", "/v1/jobs?page=3&per_page=2",
    ]);
    expect(pages.flatMap((page) => lamodaConnector.recordsOf(page))).toHaveLength(5);
    expect(pages.every((page) => page.resource === "jobs")).toBe(true);
  });

  it("fetches candidates and placements as resources of their own", async () => {
    await startLamoda(3);
    const pages = await fetchAll({ config: { resources: ["candidates", "placements"], per_page: 100 } });
    expect(pages.map((page) => page.resource)).toEqual(["candidates", "placements"]);
    const [candidate] = lamodaConnector.recordsOf(pages[0]);
    expect(lamodaConnector.transformCandidate?.(candidate)).toMatchObject({ ok: true, candidate: { externalId: "candidates-0" } });
  });

  it("sends updated_since in incremental mode, and signs the query as sent", async () => {
    await startLamoda(1);
    await fetchAll({ mode: "incremental", since: new Date("2025-08-01T00:00:00Z") });
    expect(server.requests[0].url.searchParams.get("updated_since")).toBe("2025-08-01T00:00:00.000Z");
    expect(server.requests[0].path).toContain("updated_since=2025-08-01T00%3A00%3A00.000Z");
  });

  it("is refused with a wrong secret", async () => {
    await startLamoda(1);
    await expect(fetchAll({ credentials: { apiKey: "key-1", apiSecret: "wrong" } })).rejects.toMatchObject({
      status: 401, code: "INVALID_API_KEY", retriable: false,
    });
  });

  it("is refused with a stale clock", async () => {
    await startLamoda(1);
    const stale = new Date(Date.now() - 10 * 60 * 1000);
    await expect(fetchAll({ now: () => stale })).rejects.toMatchObject({ code: "INVALID_API_KEY" });
  });

  it("retries RATE_LIMITED after Retry-After and SYNC_FAILED with backoff, re-signing each attempt", async () => {
    await startLamoda(1, [{ status: 429, code: "RATE_LIMITED", headers: { "retry-after": "2" } }, { status: 502, code: "SYNC_FAILED" }]);
    const sleeps: number[] = [];
    let clock = Date.now();
    const pages = await fetchAll({
      now: () => new Date((clock += 1000)),
      http: testHttpOptions({ sleep: async (ms) => void sleeps.push(ms), random: () => 0 }),
    });
    expect(sleeps).toEqual([2000, 0]);
    expect(lamodaConnector.recordsOf(pages[0])).toHaveLength(1);
    const timestamps = server.requests.map((request) => request.headers["x-timestamp"]);
    expect(new Set(timestamps).size).toBe(3);
  });

  it("signs METHOD, path with query, timestamp and body", () => {
    const expected = createHmac("sha256", "k").update("GET\n/v1/jobs?page=1\n1700000000\n").digest("hex");
    expect(lamodaSignature({ secret: "k", method: "get", pathWithQuery: "/v1/jobs?page=1", timestamp: 1_700_000_000 })).toBe(expected);
  });

  it("needs both key and secret from the environment", () => {
    expect(() => lamodaConnector.credentialsFromEnv({ LAMODA_API_KEY: "k" })).toThrow(/LAMODA_API_SECRET/);
    expect(lamodaConnector.credentialsFromEnv({ LAMODA_API_KEY: "k", LAMODA_API_SECRET: "s" })).toEqual({ apiKey: "k", apiSecret: "s" });
  });
});
