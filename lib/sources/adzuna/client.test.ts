import { afterEach, describe, expect, it } from "vitest";
import { SourceHttpError } from "../errors";
import { readSample } from "../test-fixtures";
import { testHttpOptions } from "../test-http-options";
import { collect, sendJson, startTestServer, type TestServer } from "../test-server";
import { adzunaConnector } from "./index";

const capture = readSample("adzuna/search_gb_it_50results_2025-08.json") as { results: unknown[] };
const credentials = { appId: "app-1", appKey: "secret-key" };

let server: TestServer;
afterEach(() => server.close());

/** Adzuna's search, serving `total` results out of the capture's 50, cycling through them. */
async function startAdzuna(total: number) {
  server = await startTestServer((request, response) => {
    const match = request.url.pathname.match(/^\/v1\/api\/jobs\/([a-z]{2})\/search\/(\d+)$/);
    if (!match) return sendJson(response, 404, { exception: "NOT_FOUND" });
    if (request.url.searchParams.get("app_key") !== credentials.appKey || request.url.searchParams.get("app_id") !== credentials.appId) {
      return sendJson(response, 401, { display: "Authorisation failed", exception: "AUTH_FAIL", doc: "https://api.adzuna.com/v1/doc" });
    }
    const page = Number(match[2]);
    const perPage = Number(request.url.searchParams.get("results_per_page") ?? 10);
    const start = (page - 1) * perPage;
    const count = Math.max(0, Math.min(perPage, total - start));
    const results = Array.from({ length: count }, (_, i) => capture.results[(start + i) % capture.results.length]);
    sendJson(response, 200, { count: total, mean: 1, results, __CLASS__: "Adzuna::API::Response::JobSearchResults" });
  });
}

const fetchAll = (overrides: Record<string, unknown> = {}) =>
  collect(
    adzunaConnector.fetchPages({
      baseUrl: server.baseUrl,
      config: { country: "GB", what: "developer" },
      credentials,
      mode: "full",
      http: testHttpOptions(),
      ...overrides,
    }),
  );

describe("Adzuna client", () => {
  it("pages through the results with keys in the query and the page in the path", async () => {
    await startAdzuna(120);
    const pages = await fetchAll();
    expect(server.requests.map((request) => request.url.pathname)).toEqual([
      "/v1/api/jobs/gb/search/1", "/v1/api/jobs/gb/search/2", "/v1/api/jobs/gb/search/3",
    ]);
    expect(server.requests[0].url.searchParams.get("results_per_page")).toBe("50");
    expect(server.requests[0].url.searchParams.get("what")).toBe("developer");
    expect(pages.map((page) => adzunaConnector.recordsOf(page).length)).toEqual([50, 50, 20]);
  });

  it("never stores the keys with the page", async () => {
    await startAdzuna(10);
    const [page] = await fetchAll();
    expect(page.url).not.toContain("secret-key");
    expect(page.url).not.toContain("app_id");
    expect(page.params).toEqual({ results_per_page: "50", what: "developer", country: "gb", page: "1" });
    expect(page.headers["content-type"]).toBe("application/json");
    expect(page.body).toMatchObject({ count: 10 });
  });

  it("asks only for recent days in incremental mode", async () => {
    await startAdzuna(5);
    const now = new Date("2025-08-10T12:00:00Z");
    await fetchAll({ mode: "incremental", since: new Date("2025-08-08T00:00:00Z"), now: () => now });
    expect(server.requests[0].url.searchParams.get("max_days_old")).toBe("3");
  });

  it("stops at maxItems, shrinking the page size or limiting the last page", async () => {
    await startAdzuna(500);
    const small = await fetchAll({ maxItems: 20 });
    expect(server.requests[0].url.searchParams.get("results_per_page")).toBe("20");
    expect(small.flatMap((page) => adzunaConnector.recordsOf(page))).toHaveLength(20);

    server.requests.length = 0;
    const pages = await fetchAll({ maxItems: 60 });
    expect(server.requests).toHaveLength(2);
    expect(pages[1].recordLimit).toBe(10);
    expect(pages.flatMap((page) => adzunaConnector.recordsOf(page))).toHaveLength(60);
  });

  it("respects max_pages", async () => {
    await startAdzuna(500);
    await fetchAll({ config: { country: "gb", max_pages: 2 } });
    expect(server.requests).toHaveLength(2);
  });

  it("fails with AUTH_FAIL on bad keys, without retrying", async () => {
    await startAdzuna(10);
    const error = await fetchAll({ credentials: { appId: "app-1", appKey: "wrong" } }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(SourceHttpError);
    expect(error).toMatchObject({ status: 401, code: "AUTH_FAIL", retriable: false });
    expect((error as SourceHttpError).url).not.toContain("wrong");
    expect(server.requests).toHaveLength(1);
  });

  it("rejects a config that is not in Adzuna's terms", async () => {
    await startAdzuna(10);
    await expect(fetchAll({ config: { country: "Britain" } })).rejects.toThrow(/invalid config/);
  });

  it("reads credentials from the environment or names the missing ones", () => {
    expect(adzunaConnector.credentialsFromEnv({ ADZUNA_APP_ID: "a", ADZUNA_APP_KEY: "b" })).toEqual({ appId: "a", appKey: "b" });
    expect(() => adzunaConnector.credentialsFromEnv({})).toThrow(/ADZUNA_APP_ID, ADZUNA_APP_KEY/);
  });
});
