import { afterEach, describe, expect, it } from "vitest";
import { CircuitBreakers } from "./circuit-breaker";
import { CircuitOpenError, SourceHttpError } from "./errors";
import { parseRetryAfter, requestJson, type HttpOptions } from "./http";
import { sendJson, startTestServer, type TestHandler, type TestServer } from "./test-server";

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** Options that never really wait: sleeps are recorded, jitter is fixed at half. */
function fastOptions(overrides: HttpOptions = {}) {
  const sleeps: number[] = [];
  const options: HttpOptions = {
    sleep: async (ms) => {
      sleeps.push(ms);
    },
    random: () => 0.5,
    breakers: new CircuitBreakers(),
    timeoutMs: 2000,
    ...overrides,
  };
  return { options, sleeps };
}

/** Answers with each handler in turn, repeating the last one. */
function sequence(...handlers: TestHandler[]): TestHandler {
  let call = 0;
  return (request, response) => handlers[Math.min(call++, handlers.length - 1)](request, response);
}

const ok: TestHandler = (_request, response) => sendJson(response, 200, { ok: true });

async function failure(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => {
      throw new Error("expected a failure");
    },
    (error: unknown) => error,
  );
}

describe("requestJson", () => {
  it("returns the parsed body, status and headers", async () => {
    server = await startTestServer((_request, response) => sendJson(response, 200, { items: [1] }, { "x-request-id": "r1" }));
    const { options } = fastOptions();
    const response = await requestJson({ sourceKey: "test", url: `${server.baseUrl}/jobs` }, options);
    expect(response).toMatchObject({ status: 200, body: { items: [1] } });
    expect(response.headers.get("x-request-id")).toBe("r1");
  });

  it("waits as long as Retry-After says after a 429, then succeeds", async () => {
    server = await startTestServer(
      sequence((_request, response) => sendJson(response, 429, { error: { code: "RATE_LIMITED", message: "slow down" } }, { "retry-after": "7" }), ok),
    );
    const { options, sleeps } = fastOptions();
    const response = await requestJson({ sourceKey: "test", url: server.baseUrl }, options);
    expect(response.body).toEqual({ ok: true });
    expect(sleeps).toEqual([7000]);
    expect(server.requests).toHaveLength(2);
  });

  it("reads a Retry-After date against the injected clock and caps it", async () => {
    const now = Date.parse("2025-08-10T12:00:00Z");
    server = await startTestServer(
      sequence(
        (_request, response) => sendJson(response, 503, {}, { "retry-after": "Sun, 10 Aug 2025 12:00:30 GMT" }),
        (_request, response) => sendJson(response, 429, {}, { "retry-after": "3600" }),
        ok,
      ),
    );
    const { options, sleeps } = fastOptions({ now: () => now, maxRetryAfterMs: 60_000 });
    await requestJson({ sourceKey: "test", url: server.baseUrl }, options);
    expect(sleeps).toEqual([30_000, 60_000]);
  });

  it("backs off exponentially with full jitter on 500s", async () => {
    const fail: TestHandler = (_request, response) => sendJson(response, 500, { error: { code: "SERVER_ERROR", message: "boom" } });
    server = await startTestServer(sequence(fail, fail, fail, ok));
    const { options, sleeps } = fastOptions({ baseDelayMs: 100, maxDelayMs: 300 });
    await requestJson({ sourceKey: "test", url: server.baseUrl }, options);
    // random() is 0.5: half of 100, 200, then the 300 cap.
    expect(sleeps).toEqual([50, 100, 150]);
  });

  it("gives up after maxRetries with a typed, retriable error carrying the API's code", async () => {
    server = await startTestServer((_request, response) => sendJson(response, 502, { error: { code: "SYNC_FAILED", message: "upstream down" } }));
    const { options } = fastOptions({ maxRetries: 2 });
    const error = await failure(requestJson({ sourceKey: "lamoda", url: server.baseUrl }, options));
    expect(error).toBeInstanceOf(SourceHttpError);
    expect(error).toMatchObject({ status: 502, code: "SYNC_FAILED", retriable: true, attempts: 3 });
    expect((error as SourceHttpError).bodyExcerpt).toContain("upstream down");
    expect(server.requests).toHaveLength(3);
  });

  it("does not retry an auth failure and reports Adzuna's AUTH_FAIL", async () => {
    server = await startTestServer((_request, response) =>
      sendJson(response, 401, { display: "Authorisation failed", exception: "AUTH_FAIL", doc: "https://api.adzuna.com/v1/doc" }),
    );
    const { options } = fastOptions();
    const error = await failure(
      requestJson({ sourceKey: "adzuna", url: `${server.baseUrl}/search/1?app_id=id&app_key=secret&what=dev`, secretParams: ["app_id", "app_key"] }, options),
    );
    expect(error).toMatchObject({ status: 401, code: "AUTH_FAIL", retriable: false, attempts: 1 });
    expect((error as SourceHttpError).message).toContain("Authorisation failed");
    expect((error as SourceHttpError).url).not.toContain("secret");
    expect((error as SourceHttpError).url).toContain("what=dev");
    expect(server.requests).toHaveLength(1);
  });

  it("times out a slow response and retries it", async () => {
    let calls = 0;
    server = await startTestServer((_request, response) => {
      if (calls++ === 0) setTimeout(() => sendJson(response, 200, { late: true }), 1000);
      else sendJson(response, 200, { fast: true });
    });
    const { options, sleeps } = fastOptions({ timeoutMs: 100 });
    const response = await requestJson({ sourceKey: "test", url: server.baseUrl }, options);
    expect(response.body).toEqual({ fast: true });
    expect(sleeps).toHaveLength(1);
  });

  it("reports TIMEOUT when every attempt is too slow", async () => {
    server = await startTestServer((_request, response) => {
      setTimeout(() => sendJson(response, 200, {}), 1000);
    });
    const { options } = fastOptions({ timeoutMs: 50, maxRetries: 1 });
    const error = await failure(requestJson({ sourceKey: "test", url: server.baseUrl }, options));
    expect(error).toMatchObject({ code: "TIMEOUT", status: null, retriable: true, attempts: 2 });
  });

  it("retries a refused connection as a network error", async () => {
    const closed = await startTestServer(ok);
    await closed.close();
    const { options, sleeps } = fastOptions({ maxRetries: 1 });
    const error = await failure(requestJson({ sourceKey: "test", url: closed.baseUrl }, options));
    expect(error).toMatchObject({ code: "NETWORK_ERROR", retriable: true, attempts: 2 });
    expect(sleeps).toHaveLength(1);
  });

  it("refuses a 200 whose body is not JSON, and reads a non-JSON 503 as retriable", async () => {
    server = await startTestServer(
      sequence(
        (_request, response) => {
          response.writeHead(503, { "content-type": "text/html" }).end("<html>Service Unavailable</html>");
        },
        (_request, response) => {
          response.writeHead(200, { "content-type": "text/html" }).end("<html>hello</html>");
        },
      ),
    );
    const { options } = fastOptions();
    const error = await failure(requestJson({ sourceKey: "hh", url: server.baseUrl }, options));
    expect(error).toMatchObject({ status: 200, code: "INVALID_JSON", retriable: false, attempts: 2 });
  });

  it("parses JSON served as text/html, as Greenhouse's old endpoints did", async () => {
    server = await startTestServer((_request, response) => {
      response.writeHead(200, { "content-type": "text/html" }).end('{"jobs":[]}');
    });
    const { options } = fastOptions();
    expect((await requestJson({ sourceKey: "greenhouse", url: server.baseUrl }, options)).body).toEqual({ jobs: [] });
  });

  it("builds headers afresh for every attempt", async () => {
    server = await startTestServer(sequence((_request, response) => sendJson(response, 500, {}), ok));
    let built = 0;
    const { options } = fastOptions();
    await requestJson({ sourceKey: "test", url: server.baseUrl, headers: () => ({ "x-attempt": String(++built) }) }, options);
    expect(server.requests.map((request) => request.headers["x-attempt"])).toEqual(["1", "2"]);
  });
});

describe("circuit breaker", () => {
  it("opens after consecutive failures, refuses calls, then lets one trial through after the cool-down", async () => {
    let healthy = false;
    server = await startTestServer((_request, response) => (healthy ? sendJson(response, 200, { ok: true }) : sendJson(response, 500, {})));
    let clock = 1_000_000;
    const breakers = new CircuitBreakers({ failureThreshold: 3, cooldownMs: 10_000, now: () => clock });
    const { options } = fastOptions({ breakers, maxRetries: 5 });
    const request = { sourceKey: "flaky", url: server.baseUrl };

    const opened = await failure(requestJson(request, options));
    expect(opened).toBeInstanceOf(CircuitOpenError);
    expect(server.requests).toHaveLength(3);

    const refused = await failure(requestJson(request, options));
    expect(refused).toBeInstanceOf(CircuitOpenError);
    expect((refused as CircuitOpenError).retryAt.getTime()).toBe(clock + 10_000);
    expect(server.requests).toHaveLength(3);

    clock += 10_000;
    healthy = true;
    await requestJson(request, options);
    expect(breakers.forKey("flaky").status).toBe("closed");
    expect(server.requests).toHaveLength(4);
  });

  it("re-opens when the half-open trial fails", async () => {
    server = await startTestServer((_request, response) => sendJson(response, 503, {}));
    let clock = 0;
    const breakers = new CircuitBreakers({ failureThreshold: 1, cooldownMs: 1000, now: () => clock });
    const { options } = fastOptions({ breakers, maxRetries: 0 });
    await failure(requestJson({ sourceKey: "down", url: server.baseUrl }, options));
    clock += 1000;
    const trial = await failure(requestJson({ sourceKey: "down", url: server.baseUrl }, options));
    expect(trial).toBeInstanceOf(SourceHttpError);
    expect(breakers.forKey("down").status).toBe("open");
    expect(await failure(requestJson({ sourceKey: "down", url: server.baseUrl }, options))).toBeInstanceOf(CircuitOpenError);
  });

  it("keeps separate counts per source key and is not tripped by client errors", async () => {
    server = await startTestServer((request, response) => sendJson(response, request.path === "/bad" ? 400 : 500, {}));
    const breakers = new CircuitBreakers({ failureThreshold: 2 });
    const { options } = fastOptions({ breakers, maxRetries: 0 });
    for (let i = 0; i < 3; i++) await failure(requestJson({ sourceKey: "a", url: `${server.baseUrl}/bad` }, options));
    await failure(requestJson({ sourceKey: "b", url: `${server.baseUrl}/down` }, options));
    expect(breakers.forKey("a").status).toBe("closed");
    expect(breakers.forKey("b").status).toBe("closed");
  });
});

describe("parseRetryAfter", () => {
  it("reads seconds and dates, and ignores junk", () => {
    expect(parseRetryAfter("120", 0)).toBe(120_000);
    expect(parseRetryAfter("Thu, 01 Jan 1970 00:00:10 GMT", 4000)).toBe(6000);
    expect(parseRetryAfter("Thu, 01 Jan 1970 00:00:10 GMT", 20_000)).toBe(0);
    expect(parseRetryAfter("soon", 0)).toBeNull();
    expect(parseRetryAfter(null, 0)).toBeNull();
  });
});
