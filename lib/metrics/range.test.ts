import { describe, expect, it } from "vitest";
import { bucketStarts, metricsRangeQuery, rangeSearchString, resolveRange } from "./range";

const now = new Date("2026-06-15T08:00:00Z");
const messages = (query: Record<string, string>) => {
  const result = metricsRangeQuery.safeParse(query);
  return result.success ? [] : result.error.issues.map((issue) => issue.message);
};

describe("metricsRangeQuery", () => {
  it("defaults to the last 30 days ending today (UTC), and reads the presets", () => {
    expect(resolveRange(metricsRangeQuery.parse({}), now)).toMatchObject({ from: "2026-05-17", to: "2026-06-15", days: 30, preset: 30, bucket: "day" });
    expect(resolveRange(metricsRangeQuery.parse({ range: "7" }), now)).toMatchObject({ from: "2026-06-09", to: "2026-06-15", days: 7, preset: 7 });
    const ninety = resolveRange(metricsRangeQuery.parse({ range: "90" }), now);
    expect(ninety).toMatchObject({ from: "2026-03-18", days: 90, bucket: "week" });
    expect(ninety.end.toISOString()).toBe("2026-06-16T00:00:00.000Z");
  });

  it("takes a custom range with both ends included", () => {
    const range = resolveRange(metricsRangeQuery.parse({ from: "2026-02-27", to: "2026-03-02" }), now);
    expect(range).toMatchObject({ days: 4, preset: null, bucket: "day" });
    expect(range.start.toISOString()).toBe("2026-02-27T00:00:00.000Z");
    expect(bucketStarts(range)).toEqual(["2026-02-27", "2026-02-28", "2026-03-01", "2026-03-02"]);
  });

  it("refuses bad ranges with a message saying what is wrong", () => {
    expect(messages({ from: "2026-02-30", to: "2026-03-02" })).toEqual(["Not a date in the calendar."]);
    expect(messages({ from: "yesterday", to: "2026-03-02" })[0]).toBe("Use a date as YYYY-MM-DD.");
    expect(messages({ from: "2026-03-02", to: "2026-03-01" })).toEqual(["`from` must be on or before `to`."]);
    expect(messages({ from: "2026-03-02" })).toEqual(["Give both `from` and `to`, or neither."]);
    expect(messages({ range: "7", from: "2026-03-01", to: "2026-03-02" })).toEqual(["Give either a preset `range` or `from` and `to`, not both."]);
    expect(messages({ range: "14" })).toHaveLength(1);
    expect(messages({ from: "2024-01-01", to: "2026-01-01" })).toEqual(["A range spans at most 366 days."]);
  });

  it("buckets a long range in Monday-first weeks covering it", () => {
    // 2026-06-03 is a Wednesday; the range ends on Sunday 2026-07-12.
    const range = resolveRange(metricsRangeQuery.parse({ from: "2026-06-03", to: "2026-07-12" }), now);
    expect(range.bucket).toBe("week");
    expect(bucketStarts(range)).toEqual(["2026-06-01", "2026-06-08", "2026-06-15", "2026-06-22", "2026-06-29", "2026-07-06"]);
  });
});

describe("rangeSearchString", () => {
  it("keeps only the range parameters, in one order, so one range is one query key", () => {
    expect(rangeSearchString(new URLSearchParams("to=2026-03-02&utm=x&from=2026-03-01"))).toBe("from=2026-03-01&to=2026-03-02");
    expect(rangeSearchString({ range: "7", from: undefined })).toBe("range=7");
    expect(rangeSearchString({})).toBe("");
  });
});
