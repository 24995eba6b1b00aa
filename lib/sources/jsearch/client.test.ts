import { afterEach, describe, expect, it } from "vitest";
import { readSample } from "../test-fixtures";
import { testHttpOptions } from "../test-http-options";
import { collect, sendJson, startTestServer, type TestServer } from "../test-server";
import { datePostedWindow, JSEARCH_RAPIDAPI_HOST } from "./client";
import { jsearchConnector } from "./index";

const capture = readSample("jsearch/search_developer_chicago_2025-08.json") as { data: unknown[]; parameters: object };

let server: TestServer;
afterEach(() => server.close());

/** RapidAPI's gateway in front of JSearch: `totalPages` pages of 10 exist for the query. */
async function startJSearch(totalPages: number) {
  server = await startTestServer((request, response) => {
    if (request.headers["x-rapidapi-key"] !== "rapid-key") {
      return sendJson(response, 403, { message: "You are not subscribed to this API." });
    }
    if (request.headers["x-rapidapi-host"] !== JSEARCH_RAPIDAPI_HOST) return sendJson(response, 400, { message: "Invalid host" });
    const page = Number(request.url.searchParams.get("page"));
    const numPages = Number(request.url.searchParams.get("num_pages"));
    const available = Math.max(0, Math.min(numPages, totalPages - page + 1));
    const data = Array.from({ length: available * 10 }, (_, i) => capture.data[i % 10]);
    sendJson(response, 200, { status: "OK", request_id: "r", parameters: capture.parameters, data }, { "x-ratelimit-requests-remaining": "99" });
  });
}

const fetchAll = (overrides: Record<string, unknown> = {}) =>
  collect(
    jsearchConnector.fetchPages({
      baseUrl: server.baseUrl,
      config: { query: "developer jobs in chicago", country: "US" },
      credentials: { rapidApiKey: "rapid-key" },
      mode: "full",
      http: testHttpOptions(),
      ...overrides,
    }),
  );

describe("JSearch client", () => {
  it("sends the RapidAPI headers and pages until a short page", async () => {
    await startJSearch(3);
    const pages = await fetchAll();
    expect(server.requests.map((request) => request.url.searchParams.get("page"))).toEqual(["1", "2", "3", "4"]);
    expect(server.requests[0].url.searchParams.get("query")).toBe("developer jobs in chicago");
    expect(server.requests[0].url.searchParams.get("country")).toBe("us");
    expect(server.requests[0].url.searchParams.get("date_posted")).toBe("all");
    expect(pages.map((page) => jsearchConnector.recordsOf(page).length)).toEqual([10, 10, 10, 0]);
    expect(pages[0].headers["x-ratelimit-requests-remaining"]).toBe("99");
  });

  it("asks for several pages per request with num_pages and stops at max_pages", async () => {
    await startJSearch(50);
    await fetchAll({ config: { query: "dev", num_pages: 3, max_pages: 7 } });
    expect(server.requests.map((request) => [request.url.searchParams.get("page"), request.url.searchParams.get("num_pages")])).toEqual([
      ["1", "3"], ["4", "3"], ["7", "1"],
    ]);
  });

  it("maps incremental runs onto date_posted windows", async () => {
    await startJSearch(1);
    const now = new Date("2025-08-10T12:00:00Z");
    await fetchAll({ mode: "incremental", since: new Date("2025-08-05T12:00:00Z"), now: () => now });
    expect(server.requests[0].url.searchParams.get("date_posted")).toBe("week");
    expect(datePostedWindow(new Date("2025-08-10T00:00:00Z"), now)).toBe("today");
    expect(datePostedWindow(new Date("2025-08-08T00:00:00Z"), now)).toBe("3days");
    expect(datePostedWindow(new Date("2025-07-20T00:00:00Z"), now)).toBe("month");
    expect(datePostedWindow(new Date("2025-01-01T00:00:00Z"), now)).toBe("all");
  });

  it("limits the records to maxItems", async () => {
    await startJSearch(10);
    const pages = await fetchAll({ maxItems: 15 });
    expect(server.requests).toHaveLength(2);
    expect(pages.flatMap((page) => jsearchConnector.recordsOf(page))).toHaveLength(15);
  });

  it("reports the gateway's message for a key that is not subscribed", async () => {
    await startJSearch(1);
    await expect(fetchAll({ credentials: { rapidApiKey: "nope" } })).rejects.toMatchObject({
      status: 403, retriable: false, message: expect.stringContaining("not subscribed"),
    });
  });

  it("refuses a page whose status is not OK", () => {
    const page = { resource: "jobs" as const, url: "u", params: {}, status: 200, headers: {}, fetchedAt: new Date(), body: { status: "ERROR", error: { message: "x" } } };
    expect(() => jsearchConnector.recordsOf(page)).toThrow(/unexpected page format/);
  });
});
