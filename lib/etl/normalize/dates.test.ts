import { describe, expect, it } from "vitest";
import { parseSourceDate } from "./dates";

describe("parseSourceDate", () => {
  it("reads HeadHunter's offset without a colon", () => {
    expect(parseSourceDate("2024-07-01T07:48:25+0300")?.toISOString()).toBe("2024-07-01T04:48:25.000Z");
  });

  it("reads ISO dates with Z or a colon offset", () => {
    expect(parseSourceDate("2025-08-10T11:13:04Z")?.toISOString()).toBe("2025-08-10T11:13:04.000Z");
    expect(parseSourceDate("2025-08-10T11:13:04-05:00")?.toISOString()).toBe("2025-08-10T16:13:04.000Z");
  });

  it("reads epoch seconds (JSearch) and milliseconds (Lever)", () => {
    expect(parseSourceDate(1753905600)?.toISOString()).toBe("2025-07-30T20:00:00.000Z");
    expect(parseSourceDate(1753905600000)?.toISOString()).toBe("2025-07-30T20:00:00.000Z");
  });

  it("returns null for missing or unreadable values", () => {
    expect(parseSourceDate(null)).toBeNull();
    expect(parseSourceDate("")).toBeNull();
    expect(parseSourceDate("13 hours ago")).toBeNull();
  });
});
