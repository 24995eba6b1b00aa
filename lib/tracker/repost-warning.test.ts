import { describe, expect, it } from "vitest";
import { repostWarning } from "./repost-warning";

describe("repostWarning", () => {
  const now = new Date("2026-12-02T08:00:00Z");

  it("names the company, the day and the source of the earlier application", () => {
    expect(repostWarning({ stage: "applied", since: new Date("2026-11-03T17:00:00Z"), company: "Bluefin", source: "JSearch" }, now)).toBe("You applied to this job at Bluefin on 3 Nov via JSearch.");
  });

  it("says saved for a saved one, adds the year when it is not this year and leaves out what is unknown", () => {
    expect(repostWarning({ stage: "saved", since: new Date("2025-12-30T10:00:00Z"), company: null, source: null }, now)).toBe("You saved this job on 30 Dec 2025.");
  });
});
