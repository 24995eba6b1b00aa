import { describe, expect, it } from "vitest";
import { createAdmission, OverloadedError } from "./admission";
import { responseForError } from "./respond";

describe("createAdmission", () => {
  it("runs up to the limit at once, queues a few in order, and refuses the rest at once", async () => {
    const admission = createAdmission({ maxConcurrent: 2, queueLimit: 1, queueTimeoutMs: 1000 });
    const first = await admission.admit();
    await admission.admit();
    const order: string[] = [];
    const queued = admission.admit().then((release) => (order.push("queued"), release));
    const started = performance.now();
    await expect(admission.admit()).rejects.toBeInstanceOf(OverloadedError);
    // Refused without waiting out the queue's 1 s deadline (the margin is for a busy CI machine).
    expect(performance.now() - started).toBeLessThan(500);
    expect(admission.stats()).toEqual({ running: 2, queued: 1, shed: 1 });
    first();
    first(); // a second release of the same slot is ignored
    (await queued)();
    expect(order).toEqual(["queued"]);
    expect(admission.stats()).toMatchObject({ running: 1, queued: 0 });
  });

  it("gives up on a queued request after its deadline with a 503, Retry-After and the JSON error body", async () => {
    const admission = createAdmission({ maxConcurrent: 1, queueLimit: 5, queueTimeoutMs: 30 });
    await admission.admit();
    const err = await admission.admit().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(OverloadedError);
    const res = responseForError(err);
    expect(res.status).toBe(503);
    expect(res.headers.get("retry-after")).toBe("1");
    expect(await res.json()).toEqual({ error: { code: "unavailable", message: expect.any(String), details: { retry_after_seconds: expect.any(Number) } } });
    expect(admission.stats().queued).toBe(0);
  });
});
