import { createHmac } from "node:crypto";
import { request as httpRequest } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { lamodaRequestHeaders, signLamodaRequest, signLamodaWebhook } from "./lamoda-signing";
import type { SimulatorServer } from "./server";
import { getJson, hhHeaders, startTestServer } from "./test-support";

const clockMs = Date.parse("2025-08-15T12:00:00Z");
let server: SimulatorServer;
beforeAll(async () => {
  server = await startTestServer({ clock: () => clockMs });
});
afterAll(() => server.close());

/** node:http sends no User-Agent unless told, unlike fetch. */
function getWithoutUserAgent(url: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    httpRequest(url, (res) => {
      let body = "";
      res.on("data", (chunk: Buffer) => (body += chunk.toString()));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
    }).on("error", reject).end();
  });
}

describe("Adzuna keys", () => {
  it("answers 400 HTML without keys and 401 AUTH_FAIL with wrong ones", async () => {
    const missing = await fetch(`${server.url}/adzuna/v1/api/jobs/gb/search/1`);
    expect(missing.status).toBe(400);
    expect(missing.headers.get("content-type")).toContain("text/html");
    const wrong = await getJson(`${server.url}/adzuna/v1/api/jobs/gb/search/1?app_id=sim-app&app_key=nope`);
    expect(wrong.status).toBe(401);
    expect(wrong.body).toMatchObject({ display: "Authorisation failed", exception: "AUTH_FAIL" });
  });
});

describe("JSearch key", () => {
  it("answers 401 with a message when the RapidAPI key is missing or wrong", async () => {
    for (const headers of [{}, { "X-RapidAPI-Key": "stolen" }] as Array<Record<string, string>>) {
      const { status, body } = await getJson<{ message: string }>(`${server.url}/jsearch/search?query=x`, headers);
      expect(status).toBe(401);
      expect(body.message).toMatch(/API key/);
    }
  });
});

describe("HH user agent", () => {
  it("rejects a request without any user agent, and a bare client default one", async () => {
    const missing = await getWithoutUserAgent(`${server.url}/hh/vacancies`);
    expect(missing.status).toBe(400);
    expect(JSON.parse(missing.body).errors[0]).toEqual({ type: "bad_user_agent", value: "missing" });
    const defaultAgent = await getJson<{ errors: unknown[] }>(`${server.url}/hh/vacancies`, { "User-Agent": "node" });
    expect(defaultAgent.body.errors[0]).toMatchObject({ type: "bad_user_agent" });
    expect((await fetch(`${server.url}/hh/vacancies`, { headers: hhHeaders })).status).toBe(200);
  });
});

describe("Lamoda request signatures", () => {
  const credentials = { apiKey: "sim-lamoda-key", secret: "sim-lamoda-secret" };
  const pathWithQuery = "/v1/jobs?page=2&per_page=5";
  const call = (headers: Record<string, string>) => getJson<{ error?: { code: string } }>(`${server.url}/lamoda${pathWithQuery}`, headers);

  it("accepts a correctly signed request, on the API path or the full path as sent", async () => {
    expect((await call(lamodaRequestHeaders(credentials, { method: "GET", pathWithQuery, body: "" }, clockMs))).status).toBe(200);
    const fullPath = lamodaRequestHeaders(credentials, { method: "GET", pathWithQuery: `/lamoda${pathWithQuery}`, body: "" }, clockMs);
    expect((await call(fullPath)).status).toBe(200);
  });

  it("rejects a wrong key, a wrong secret, a changed query and a stale timestamp with INVALID_API_KEY", async () => {
    const cases = [
      lamodaRequestHeaders({ ...credentials, apiKey: "other" }, { method: "GET", pathWithQuery, body: "" }, clockMs),
      lamodaRequestHeaders({ ...credentials, secret: "other" }, { method: "GET", pathWithQuery, body: "" }, clockMs),
      lamodaRequestHeaders(credentials, { method: "GET", pathWithQuery: "/v1/jobs?page=3&per_page=5", body: "" }, clockMs),
      lamodaRequestHeaders(credentials, { method: "GET", pathWithQuery, body: "" }, clockMs - 301_000),
      {},
    ];
    for (const headers of cases) {
      const { status, body } = await call(headers);
      expect(status).toBe(401);
      expect(body.error?.code).toBe("INVALID_API_KEY");
    }
  });

  it("accepts a timestamp just inside the window", async () => {
    expect((await call(lamodaRequestHeaders(credentials, { method: "GET", pathWithQuery, body: "" }, clockMs + 299_000))).status).toBe(200);
  });

  it("signs METHOD, path with query, timestamp and body joined by newlines", () => {
    const expected = createHmac("sha256", "secret").update("POST\n/v1/jobs?x=1\n1700000000\n{\"a\":1}").digest("hex");
    expect(signLamodaRequest("secret", { method: "post", pathWithQuery: "/v1/jobs?x=1", timestamp: "1700000000", body: '{"a":1}' })).toBe(expected);
  });
});

describe("Lamoda webhooks", () => {
  it("builds a signed job event whose signature a receiver can recompute", async () => {
    const { body } = await getJson<{ data: Array<{ id: string }> }>(
      `${server.url}/lamoda/v1/jobs?per_page=1`,
      lamodaRequestHeaders({ apiKey: "sim-lamoda-key", secret: "sim-lamoda-secret" }, { method: "GET", pathWithQuery: "/v1/jobs?per_page=1", body: "" }, clockMs),
    );
    const jobId = body.data[0].id;
    const webhook = server.simulator.lamodaJobWebhook(jobId, "job.closed");
    expect(webhook?.event).toMatchObject({ type: "job.closed", data: { id: jobId, status: "closed" } });
    const timestamp = webhook?.headers["X-Lamoda-Timestamp"] ?? "";
    expect(Number(timestamp)).toBe(Math.floor(clockMs / 1000));
    expect(webhook?.headers["X-Lamoda-Signature"]).toBe(signLamodaWebhook("sim-lamoda-webhook-secret", timestamp, webhook?.rawBody ?? ""));
    expect(server.simulator.lamodaJobWebhook("job_unknown", "job.updated")).toBeUndefined();
  });
});
