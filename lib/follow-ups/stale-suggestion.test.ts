import { describe, expect, it } from "vitest";
import { openStages } from "@/lib/applications/stages";
import { daysSince, quietFor, staleSuggestion } from "./stale-suggestion";

describe("staleSuggestion", () => {
  it("says 'no reply for 3 weeks' for an applied application and suggests a last check-in or rejecting", () => {
    expect(staleSuggestion("applied", 21)).toEqual({
      headline: "No reply for 3 weeks",
      nextStep: "Send a last check-in, or move it to rejected.",
      suggestedStage: "rejected",
    });
  });

  it("has a suggestion for every open stage and none for closed ones", () => {
    for (const stage of openStages) expect(staleSuggestion(stage, 21)?.nextStep).toBeTruthy();
    expect(staleSuggestion("hired", 30)).toBeNull();
    expect(staleSuggestion("rejected", 30)).toBeNull();
    expect(staleSuggestion("withdrawn", 30)).toBeNull();
  });

  it("suggests a stage the application could move to next", () => {
    expect(staleSuggestion("offer", 21)?.suggestedStage).toBe("hired");
    expect(staleSuggestion("interviewing", 21)?.suggestedStage).toBe("offer");
  });
});

describe("quietFor and daysSince", () => {
  it("speaks in weeks only for whole weeks", () => {
    expect(quietFor(21)).toBe("3 weeks");
    expect(quietFor(7)).toBe("1 week");
    expect(quietFor(10)).toBe("10 days");
    expect(quietFor(1)).toBe("1 day");
  });

  it("counts whole days", () => {
    expect(daysSince(new Date("2026-11-01T12:00:00Z"), new Date("2026-11-22T11:59:00Z"))).toBe(20);
    expect(daysSince(new Date("2026-11-01T12:00:00Z"), new Date("2026-11-22T12:00:00Z"))).toBe(21);
  });
});
