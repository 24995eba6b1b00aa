import { describe, expect, it } from "vitest";
import { timeOrderedUuid } from "./ids";

describe("timeOrderedUuid", () => {
  it("is a version 7 UUID whose first 48 bits are the milliseconds", () => {
    const at = Date.UTC(2026, 11, 3, 22, 30, 0, 123);
    const id = timeOrderedUuid(at);
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(Number.parseInt(id.replace(/-/g, "").slice(0, 12), 16)).toBe(at);
  });

  it("sorts ids of later milliseconds after earlier ones, and never repeats", () => {
    const ids = Array.from({ length: 2000 }, (_, i) => timeOrderedUuid(1_800_000_000_000 + Math.floor(i / 10)));
    expect(new Set(ids).size).toBe(ids.length);
    for (let i = 10; i < ids.length; i += 10) expect(ids[i] > ids[i - 1]).toBe(true);
  });
});
