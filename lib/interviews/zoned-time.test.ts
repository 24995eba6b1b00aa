import { describe, expect, it } from "vitest";
import { instantFromWallTime, isValidTimeZone, nextDayAt, parseLocalDateTime, toLocalDateTimeInput } from "./zoned-time";

describe("wall times in a zone", () => {
  it("reads a wall time with the offset in force that day", () => {
    expect(parseLocalDateTime("2027-01-15T09:00", "Europe/Berlin")?.toISOString()).toBe("2027-01-15T08:00:00.000Z");
    expect(parseLocalDateTime("2027-07-15T09:00", "Europe/Berlin")?.toISOString()).toBe("2027-07-15T07:00:00.000Z");
    expect(parseLocalDateTime("2027-07-15T09:00", "Asia/Kolkata")?.toISOString()).toBe("2027-07-15T03:30:00.000Z");
    expect(parseLocalDateTime("2027-07-15T09:00", "UTC")?.toISOString()).toBe("2027-07-15T09:00:00.000Z");
  });

  it("handles the day the clocks change: a time in the gap moves forward, one in the overlap is the first", () => {
    // Berlin springs forward at 02:00 on 28 March 2027: 02:30 never happens.
    expect(instantFromWallTime({ year: 2027, month: 3, day: 28, hour: 2, minute: 30 }, "Europe/Berlin").toISOString()).toBe("2027-03-28T01:30:00.000Z");
    expect(instantFromWallTime({ year: 2027, month: 3, day: 28, hour: 9, minute: 0 }, "Europe/Berlin").toISOString()).toBe("2027-03-28T07:00:00.000Z");
    // New York falls back at 02:00 on 7 November 2027: 01:30 happens twice, first in EDT.
    expect(instantFromWallTime({ year: 2027, month: 11, day: 7, hour: 1, minute: 30 }, "America/New_York").toISOString()).toBe("2027-11-07T05:30:00.000Z");
  });

  it("refuses what is not a wall time and knows IANA zone names", () => {
    expect(parseLocalDateTime("2027-07-15T09:00Z", "UTC")).toBeNull();
    expect(parseLocalDateTime("2027-13-15T09:00", "UTC")).toBeNull();
    expect(isValidTimeZone("America/Sao_Paulo")).toBe(true);
    expect(isValidTimeZone("Mars/Olympus")).toBe(false);
    expect(isValidTimeZone("")).toBe(false);
  });

  it("shows an instant as a datetime-local value and finds the next morning in the zone", () => {
    expect(toLocalDateTimeInput(new Date("2027-07-01T13:00:00Z"), "America/New_York")).toBe("2027-07-01T09:00");
    // 23:30 in Tokyo is still 14:30 UTC the same day; the next morning there is the 2nd at 09:00 JST.
    expect(nextDayAt(new Date("2027-07-01T14:30:00Z"), "Asia/Tokyo", 9).toISOString()).toBe("2027-07-02T00:00:00.000Z");
  });
});
