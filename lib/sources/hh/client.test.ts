import { afterEach, describe, expect, it } from "vitest";
import { readSample } from "../test-fixtures";
import { testHttpOptions } from "../test-http-options";
import { collect, sendJson, startTestServer, type TestServer } from "../test-server";
import { hhConnector } from "./index";

const items = readSample("hh/vacancies_items_2024-07_with_duplicates.json") as unknown[];

let server: TestServer;
afterEach(() => server.close());

/** api.hh.ru's search: `found` results, no deeper than 2,000, agent header required. */
async function startHh(found: number) {
  server = await startTestServer((request, response) => {
    const agent = String(request.headers["hh-user-agent"] ?? "");
    if (!agent || agent.startsWith("python-requests")) {
      return sendJson(response, 400, { errors: [{ type: "bad_user_agent", value: "blacklisted" }], request_id: "x" });
    }
    const page = Number(request.url.searchParams.get("page") ?? 0);
    const perPage = Number(request.url.searchParams.get("per_page") ?? 20);
    if ((page + 1) * perPage > 2000) return sendJson(response, 400, { errors: [{ type: "bad_argument", value: "page" }] });
    const start = page * perPage;
    const count = Math.max(0, Math.min(perPage, found - start));
    const pageItems = Array.from({ length: count }, (_, i) => items[(start + i) % items.length]);
    sendJson(response, 200, { items: pageItems, found, pages: Math.min(Math.ceil(found / perPage), Math.floor(2000 / perPage)), page, per_page: perPage, clusters: null, arguments: null, alternate_url: "https://hh.ru/search/vacancy" });
  });
}

const fetchAll = (overrides: Record<string, unknown> = {}) =>
  collect(
    hhConnector.fetchPages({
      baseUrl: server.baseUrl,
      config: { text: "python", area: 1 },
      credentials: { userAgent: "Hireflow-test/1.0 (qa@hireflow.example)" },
      mode: "full",
      http: testHttpOptions(),
      ...overrides,
    }),
  );

describe("HeadHunter client", () => {
  it("pages from 0 with per_page and the HH-User-Agent header", async () => {
    await startHh(250);
    const pages = await fetchAll();
    expect(server.requests.map((request) => request.url.searchParams.get("page"))).toEqual(["0", "1", "2"]);
    expect(server.requests[0].url.searchParams.get("per_page")).toBe("100");
    expect(server.requests[0].url.searchParams.get("area")).toBe("1");
    expect(server.requests[0].headers["hh-user-agent"]).toBe("Hireflow-test/1.0 (qa@hireflow.example)");
    expect(pages.map((page) => hhConnector.recordsOf(page).length)).toEqual([100, 100, 50]);
  });

  it("stops at the 2,000-result cap and says so", async () => {
    await startHh(1_170_210);
    const pages = await fetchAll({ config: { text: "python", max_pages: 100 } });
    expect(server.requests).toHaveLength(20);
    expect(pages.at(-1)?.warnings?.[0]).toMatch(/2000 of 1170210/);
    expect(pages.slice(0, -1).every((page) => page.warnings === undefined)).toBe(true);
  });

  it("asks for vacancies published since the last run in incremental mode", async () => {
    await startHh(5);
    await fetchAll({ mode: "incremental", since: new Date("2025-08-01T00:00:00Z") });
    expect(server.requests[0].url.searchParams.get("date_from")).toBe("2025-08-01T00:00:00.000Z");
  });

  it("uses a smaller page for a small maxItems", async () => {
    await startHh(500);
    const pages = await fetchAll({ maxItems: 30 });
    expect(server.requests[0].url.searchParams.get("per_page")).toBe("30");
    expect(pages.flatMap((page) => hhConnector.recordsOf(page))).toHaveLength(30);
  });

  it("surfaces bad_user_agent as a typed, non-retriable error", async () => {
    await startHh(5);
    await expect(fetchAll({ credentials: { userAgent: "python-requests/2.31" } })).rejects.toMatchObject({
      status: 400, code: "bad_user_agent", retriable: false,
    });
    expect(server.requests).toHaveLength(1);
  });

  it("refuses empty credentials before calling the API", async () => {
    await startHh(5);
    await expect(fetchAll({ credentials: { userAgent: "" } })).rejects.toThrow(/invalid credentials/);
    expect(server.requests).toHaveLength(0);
  });

  it("uses a default agent when HH_USER_AGENT is unset", () => {
    expect(hhConnector.credentialsFromEnv({})).toEqual({ userAgent: expect.stringContaining("Hireflow") });
    expect(hhConnector.credentialsFromEnv({ HH_USER_AGENT: "Mine/2.0" })).toEqual({ userAgent: "Mine/2.0" });
  });
});
