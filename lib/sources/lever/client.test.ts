import { afterEach, describe, expect, it } from "vitest";
import { testHttpOptions } from "../test-http-options";
import { collect, sendJson, startTestServer, type TestServer } from "../test-server";
import { leverConnector } from "./index";
import { leverPosting } from "./test-postings";

let server: TestServer;
afterEach(() => server.close());

/** Lever's postings API for one site holding `total` postings. */
async function startLever(total: number) {
  server = await startTestServer((request, response) => {
    if (request.url.pathname !== "/v0/postings/acme") return sendJson(response, 404, { ok: false, error: "Document not found" });
    if (request.url.searchParams.get("mode") !== "json") return sendJson(response, 400, { ok: false, error: "mode" });
    const skip = Number(request.url.searchParams.get("skip") ?? 0);
    const limit = Number(request.url.searchParams.get("limit") ?? 100);
    const count = Math.max(0, Math.min(limit, total - skip));
    sendJson(response, 200, Array.from({ length: count }, (_, i) => leverPosting({ id: `posting-${skip + i}` })));
  });
}

const fetchAll = (overrides: Record<string, unknown> = {}) =>
  collect(
    leverConnector.fetchPages({
      baseUrl: server.baseUrl,
      config: { site: "acme", limit: 2 },
      credentials: {},
      mode: "full",
      http: testHttpOptions(),
      ...overrides,
    }),
  );

describe("Lever client", () => {
  it("pages with skip and limit until a short page", async () => {
    await startLever(5);
    const pages = await fetchAll();
    expect(server.requests.map((request) => request.url.search)).toEqual([
      "?mode=json&skip=0&limit=2", "?mode=json&skip=2&limit=2", "?mode=json&skip=4&limit=2",
    ]);
    const ids = pages.flatMap((page) => leverConnector.recordsOf(page)).map((record) => (record as { id: string }).id);
    expect(ids).toEqual(["posting-0", "posting-1", "posting-2", "posting-3", "posting-4"]);
  });

  it("asks for exactly what maxItems leaves", async () => {
    await startLever(10);
    const pages = await fetchAll({ maxItems: 3 });
    expect(server.requests.map((request) => request.url.searchParams.get("limit"))).toEqual(["2", "1"]);
    expect(pages.flatMap((page) => leverConnector.recordsOf(page))).toHaveLength(3);
  });

  it("reports an unknown site as a non-retriable 404", async () => {
    await startLever(1);
    await expect(fetchAll({ config: { site: "nobody" } })).rejects.toMatchObject({ status: 404, retriable: false });
  });
});
