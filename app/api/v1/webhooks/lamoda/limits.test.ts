import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { resetConfigForTests } from "@/lib/config";
import { callJson, openApiTestEnvironment, type ApiTestEnvironment } from "@/tests/api";
import { POST as receiveWebhook } from "./route";

let env: ApiTestEnvironment;
beforeAll(async () => {
  env = await openApiTestEnvironment({ volumes: { lamoda: 1 } });
  process.env.ANONYMOUS_RATE_LIMIT_PER_MINUTE = "5";
  resetConfigForTests();
});
afterAll(() => env.close());

const deliver = (rawBody: string, address: string, headers: Record<string, string> = {}) =>
  callJson<{ error: { code: string } }>(receiveWebhook, "/api/v1/webhooks/lamoda", { method: "POST", rawBody, headers: { "x-forwarded-for": address, ...headers } });

describe("the anonymous Lamoda webhook", () => {
  it("answers 413 to a 2 MB body before checking its signature", async () => {
    const res = await deliver(JSON.stringify({ id: "e1", type: "job.created", data: { pad: "x".repeat(2 * 1024 * 1024) } }), "192.0.2.10");
    expect(res.status).toBe(413);
    expect(res.body.error.code).toBe("payload_too_large");
  });

  it("rate-limits each client address", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++) statuses.push((await deliver("{}", "192.0.2.20")).status);
    expect(statuses.slice(0, 5).every((s) => s === 401)).toBe(true);
    expect(statuses.slice(5)).toEqual([429, 429]);
    expect((await deliver("{}", "192.0.2.21")).status).toBe(401);
  });
});
