import { afterEach, describe, expect, it } from "vitest";
import { readSample } from "../test-fixtures";
import { testHttpOptions } from "../test-http-options";
import { collect, sendJson, startTestServer, type TestServer } from "../test-server";
import { greenhouseConnector } from "./index";

const board = readSample("greenhouse/legacy_2013_embed_jobs_content_true.json");
const invalidBoard = readSample("greenhouse/legacy_2013_error_400_invalid_board.json");

let server: TestServer;
afterEach(() => server.close());

/** The job board API: one board, served as text/html the way the 2013 endpoints did. */
async function startGreenhouse() {
  server = await startTestServer((request, response) => {
    if (request.url.pathname !== "/v1/boards/generalassembly/jobs") return sendJson(response, 400, invalidBoard);
    response.writeHead(200, { "content-type": "text/html; charset=utf-8" });
    response.end(JSON.stringify(board));
  });
}

const fetchAll = (overrides: Record<string, unknown> = {}) =>
  collect(
    greenhouseConnector.fetchPages({
      baseUrl: server.baseUrl,
      config: { board_token: "generalassembly" },
      credentials: {},
      mode: "full",
      http: testHttpOptions(),
      ...overrides,
    }),
  );

describe("Greenhouse client", () => {
  it("reads the whole board in one call with content=true", async () => {
    await startGreenhouse();
    const pages = await fetchAll();
    expect(server.requests).toHaveLength(1);
    expect(server.requests[0].url.searchParams.get("content")).toBe("true");
    expect(pages).toHaveLength(1);
    expect(pages[0].params).toEqual({ content: "true", board_token: "generalassembly" });
    expect(greenhouseConnector.recordsOf(pages[0])).toHaveLength(2);
  });

  it("fetches everything even in incremental mode: the API has no changed-since filter", async () => {
    await startGreenhouse();
    const pages = await fetchAll({ mode: "incremental", since: new Date("2025-01-01T00:00:00Z") });
    expect(server.requests[0].url.search).toBe("?content=true");
    expect(greenhouseConnector.recordsOf(pages[0])).toHaveLength(2);
  });

  it("honours maxItems within the single page", async () => {
    await startGreenhouse();
    const [page] = await fetchAll({ maxItems: 1 });
    expect(greenhouseConnector.recordsOf(page)).toHaveLength(1);
  });

  it("reports an unknown board with Greenhouse's own message", async () => {
    await startGreenhouse();
    await expect(fetchAll({ config: { board_token: "not-real-inc" } })).rejects.toMatchObject({
      status: 400, retriable: false, message: expect.stringContaining("Could not find a job board with token 'not-real-inc'"),
    });
  });
});
