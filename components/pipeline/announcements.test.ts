import type { Active, Over } from "@dnd-kit/core";
import { describe, expect, it } from "vitest";
import { boardAnnouncements } from "./announcements";

const titles: Record<string, string> = { applied: "Applied", interview_scheduled: "Interview scheduled", hired: "Hired" };
const words = boardAnnouncements({
  cardName: () => "Priya Raman",
  columnOf: () => "applied",
  columnTitle: (id) => titles[String(id)],
  canDrop: (_card, column) => column !== "hired",
});
const active = { id: "a1" } as Active;
const over = (id: string) => ({ id }) as Over;

describe("boardAnnouncements", () => {
  it("says what was picked up and where it is", () => {
    expect(words.onDragStart({ active })).toBe("Picked up Priya Raman, in Applied.");
  });

  it("says where the card is over and where it landed", () => {
    expect(words.onDragOver({ active, over: over("interview_scheduled") })).toBe("Priya Raman is over Interview scheduled.");
    expect(words.onDragEnd({ active, over: over("interview_scheduled") })).toBe("Priya Raman moved to Interview scheduled.");
  });

  it("does not claim a move into a stage the card cannot go to, nor a drop in its own stage", () => {
    expect(words.onDragEnd({ active, over: over("hired") })).toBe("Priya Raman was not moved; it stays in Applied.");
    expect(words.onDragEnd({ active, over: over("applied") })).toBe("Priya Raman was not moved; it stays in Applied.");
    expect(words.onDragEnd({ active, over: null })).toBe("Priya Raman was not moved; it stays in Applied.");
  });

  it("says a cancelled move left the card where it was", () => {
    expect(words.onDragCancel({ active, over: null })).toBe("Moving Priya Raman was cancelled; it stays in Applied.");
  });
});
