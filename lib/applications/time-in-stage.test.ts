import { describe, expect, it } from "vitest";
import { daysBetween, daysPerStage } from "./time-in-stage";

const day = (n: number) => new Date(Date.UTC(2026, 0, 1) + n * 86_400_000);

describe("time in stage", () => {
  it("counts days between instants, never negative", () => {
    expect(daysBetween(day(0), day(2.5))).toBe(2.5);
    expect(daysBetween(day(3), day(1))).toBe(0);
  });

  it("adds up a stage visited twice and runs the current stage until now", () => {
    const history = [
      { toStage: "applied" as const, createdAt: day(0) },
      { toStage: "rejected" as const, createdAt: day(2) },
      { toStage: "applied" as const, createdAt: day(5) },
      { toStage: "interviewing" as const, createdAt: day(6) },
    ];
    expect(daysPerStage(history, day(10))).toEqual({ applied: 3, rejected: 3, interviewing: 4 });
  });
});
