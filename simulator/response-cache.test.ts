import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SimulatorServer } from "./server";
import { adzunaKeys, startTestServer } from "./test-support";

let server: SimulatorServer;
beforeAll(async () => {
  server = await startTestServer({ cacheResponses: true });
});
afterAll(() => server.close());

const pageUrl = () => `${server.url}/adzuna/v1/api/jobs/gb/search/1?${adzunaKeys}&results_per_page=20`;

async function fetchText(url: string) {
  const response = await fetch(url);
  return { status: response.status, type: response.headers.get("content-type"), text: await response.text() };
}

describe("the simulator's response cache", () => {
  it("sends a page's stored bytes again, with its headers, until the catalogue changes", async () => {
    const first = await fetchText(pageUrl());
    const again = await fetchText(pageUrl());
    expect(first.status).toBe(200);
    expect(again).toEqual(first);
    expect(server.simulator.state().cache).toEqual({ hits: 1, stored: 1 });

    // Spread over Adzuna's countries: Britain gets some of them.
    server.simulator.advance({ jobs: 30, sources: ["adzuna"] });
    const afterAdvance = await fetchText(pageUrl());
    expect(JSON.parse(afterAdvance.text).count).toBeGreaterThan(JSON.parse(first.text).count);
    expect(server.simulator.state().cache).toEqual({ hits: 1, stored: 2 });
  });

  it("neither stores nor answers from the cache for failed, faulted or unauthenticated requests", async () => {
    const before = server.simulator.state().cache;
    const faulted = await fetchText(`${pageUrl()}&_fault=html_in_text`);
    expect(faulted.status).toBe(200);
    const failed = await fetchText(`${pageUrl()}&_fault=server_error`);
    expect(failed.status).toBeGreaterThanOrEqual(500);
    const denied = await fetchText(`${server.url}/adzuna/v1/api/jobs/gb/search/1?app_id=sim-app&app_key=wrong&results_per_page=20`);
    expect(denied.status).toBe(401);
    expect(server.simulator.state().cache).toEqual(before);
  });
});
