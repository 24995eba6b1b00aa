import { describe, expect, it } from "vitest";
import { syncRuns } from "@/db/schema";
import { runForApi } from "./runs";
import { emptyCounts, syncCountKeys } from "./run-counts";

describe("the zero counts", () => {
  it("name every counter once, at zero", () => {
    expect(syncCountKeys.length).toBeGreaterThan(0);
    expect(Object.keys(emptyCounts())).toEqual([...syncCountKeys]);
    expect(Object.values(emptyCounts()).every((value) => value === 0)).toBe(true);
  });

  it("are the database default and fill what an old run row lacks in the API view", () => {
    expect(syncRuns.counts.default).toEqual(emptyCounts());
    const run = { counts: { fetched: 3 }, createdAt: new Date(), startedAt: null, finishedAt: null, errors: [], timings: {} } as unknown as Parameters<typeof runForApi>[0];
    expect(runForApi(run, { sourceName: "s", sourceType: "adzuna" }).counts).toEqual({ ...emptyCounts(), fetched: 3 });
  });
});
