import { describe, expect, it } from "vitest";
import { tokenize } from "./tokenize";

describe("tokenize", () => {
  it("keeps the symbols inside skill names and drops punctuation around them", () => {
    expect(tokenize("C++, C#, .NET; Node.js (CI/CD) R&D — naïve 1С.")).toEqual(["C++", "C#", ".NET", "Node.js", "CI/CD", "R&D", "naïve", "1С"]);
  });

  it("does not join across spaces, trailing dots or lone symbols", () => {
    expect(tokenize("e.g. end. - x / y +z")).toEqual(["e.g", "end", "x", "y", "z"]);
  });

  it("reads scripts beyond Latin and Cyrillic", () => {
    expect(tokenize("日本語 𝒜bc")).toEqual(["日本語", "𝒜bc"]);
  });
});
