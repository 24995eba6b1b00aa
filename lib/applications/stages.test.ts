import { describe, expect, it } from "vitest";
import { allowedNextStages, canMove, noteRequired } from "./stages";

describe("application stages", () => {
  it("moves forward, skipping stages, and closes from any open stage", () => {
    expect(allowedNextStages("applied")).toEqual(["screening", "interview_scheduled", "interviewing", "offer", "rejected", "withdrawn"]);
    expect(canMove("applied", "interview_scheduled")).toBe(true);
    expect(canMove("offer", "hired")).toBe(true);
    expect(canMove("interviewing", "hired")).toBe(false);
    expect(canMove("screening", "applied")).toBe(false);
  });

  it("ends at hired and withdrawn; rejected reopens only with a note", () => {
    expect(allowedNextStages("hired")).toEqual([]);
    expect(allowedNextStages("withdrawn")).toEqual([]);
    expect(canMove("rejected", "screening")).toBe(true);
    expect(noteRequired("rejected", "screening")).toBe(true);
    expect(noteRequired("applied", "screening")).toBe(false);
  });
});
