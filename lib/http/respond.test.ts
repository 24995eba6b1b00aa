import { describe, expect, it, vi } from "vitest";
import { z } from "zod";
import {
  ApplicationExistsError,
  ConflictError,
  ForbiddenError,
  InvalidTransitionError,
  NotFoundError,
  PayloadTooLargeError,
  RateLimitedError,
  StageMoveError,
  StageNotAllowedError,
  UnauthenticatedError,
  UnavailableError,
  UnprocessableError,
  ValidationError,
} from "@/lib/errors";
import { actionErrorFor, responseForError } from "./respond";

const cases = [
  [new ValidationError("bad", [{ path: "q" }]), 400, "invalid_request"],
  [new UnauthenticatedError(), 401, "unauthenticated"],
  [new ForbiddenError(), 403, "forbidden"],
  [new NotFoundError("Job"), 404, "not_found"],
  [new ConflictError("busy", { run_id: "r1" }), 409, "conflict"],
  [new InvalidTransitionError("Sync run", "running", "reprocessing"), 409, "invalid_transition"],
  [new UnprocessableError("disabled"), 422, "unprocessable"],
  [new StageMoveError("invalid_transition", "no", { from: "applied", to: "hired", allowed: ["screening"] }), 422, "invalid_transition"],
  [new StageMoveError("note_required", "why?", { from: "rejected", to: "applied", allowed: ["applied"] }), 422, "note_required"],
  [new StageNotAllowedError("recruiters only", { from: "applied", to: "screening", allowed: ["withdrawn"] }), 403, "stage_not_allowed"],
  [new ApplicationExistsError("application_exists", "dup", { existing_application_id: "a1" }), 409, "application_exists"],
  [new RateLimitedError(7), 429, "rate_limited"],
  [new PayloadTooLargeError(1_048_576), 413, "payload_too_large"],
  [new UnavailableError("Busy; retry shortly.", 2), 503, "unavailable"],
] as const;

describe("domain errors", () => {
  it("carry a code and details but nothing of HTTP", () => {
    for (const [err] of cases) {
      expect(err).not.toHaveProperty("status");
      expect(typeof err.code).toBe("string");
    }
  });
});

describe("the error adapter", () => {
  it.each(cases)("answers %o with its status and the JSON error body", async (err, status, code) => {
    const res = responseForError(err);
    expect(res.status).toBe(status);
    expect(await res.json()).toEqual({ error: { code, message: err.message, details: err.details } });
  });

  it("adds Retry-After to a rate-limited or shed answer", () => {
    expect(responseForError(new RateLimitedError(7)).headers.get("retry-after")).toBe("7");
    expect(responseForError(new UnavailableError("Busy", 2)).headers.get("retry-after")).toBe("2");
  });

  it("answers a zod failure as 400 with the failing paths", async () => {
    const parsed = z.object({ n: z.number() }).safeParse({ n: "x" });
    const res = responseForError(parsed.error);
    expect(res.status).toBe(400);
    expect((await res.json()).error.details[0].path).toBe("n");
  });

  it("answers an unknown error as 500 without its message, for routes and actions alike", async () => {
    const spy = vi.spyOn(console, "error").mockImplementation(() => {});
    const secret = new Error("relation users does not exist at /srv/app.js:10");
    const res = responseForError(secret);
    expect(res.status).toBe(500);
    expect(JSON.stringify(await res.json())).not.toContain("relation");
    expect(actionErrorFor(secret)).toEqual({ ok: false, error: expect.objectContaining({ code: "internal_error" }) });
    expect(JSON.stringify(actionErrorFor(secret))).not.toContain("relation");
    spy.mockRestore();
  });

  it("gives server actions the same error shape as the API", () => {
    const err = new ConflictError("busy", { run_id: "r1" });
    expect(actionErrorFor(err)).toEqual({ ok: false, error: { code: "conflict", message: "busy", details: { run_id: "r1" } } });
  });
});
