import type { ClientRect } from "@dnd-kit/core";
import { describe, expect, it } from "vitest";
import { neighbourColumn } from "./board-geometry";

const rect = (left: number, width = 256): ClientRect => ({ left, width, top: 0, height: 400, right: left + width, bottom: 400 });
// Applied, Screening, Interview scheduled as 256px columns with 12px gaps.
const columns = [
  { id: "applied", rect: rect(0) },
  { id: "screening", rect: rect(268) },
  { id: "interview_scheduled", rect: rect(536) },
];

describe("neighbourColumn", () => {
  it("goes to the next column right or left of the card's centre", () => {
    expect(neighbourColumn(columns, 128, 1)?.id).toBe("screening");
    expect(neighbourColumn(columns, 396, 1)?.id).toBe("interview_scheduled");
    expect(neighbourColumn(columns, 396, -1)?.id).toBe("applied");
  });

  it("skips a column left out as disabled", () => {
    const withoutScreening = columns.filter((c) => c.id !== "screening");
    expect(neighbourColumn(withoutScreening, 128, 1)?.id).toBe("interview_scheduled");
  });

  it("has nowhere to go past the last column", () => {
    expect(neighbourColumn(columns, 664, 1)).toBeUndefined();
    expect(neighbourColumn(columns, 128, -1)).toBeUndefined();
  });

  it("finds the nearest column whatever order the rects come in", () => {
    expect(neighbourColumn([...columns].reverse(), 128, 1)?.id).toBe("screening");
  });
});
