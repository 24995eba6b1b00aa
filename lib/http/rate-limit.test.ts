import { describe, expect, it } from "vitest";
import { RateLimitedError } from "@/lib/errors";
import { createRateLimiter } from "./rate-limit";

describe("createRateLimiter", () => {
  it("allows the limit per window, refuses the next with the seconds left, and resets", () => {
    let now = 1_000_000;
    const take = createRateLimiter(2, 60_000, () => now);
    take("a");
    take("a");
    take("b");
    now += 15_000;
    const err = (() => {
      try {
        take("a");
      } catch (e) {
        return e;
      }
    })();
    expect(err).toBeInstanceOf(RateLimitedError);
    expect((err as RateLimitedError).retryAfterSeconds).toBe(45);
    now += 45_000;
    expect(() => take("a")).not.toThrow();
  });
});
