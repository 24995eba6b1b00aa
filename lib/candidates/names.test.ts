import { describe, expect, it } from "vitest";
import { joinFullName, splitFullName } from "./names";

describe("candidate names", () => {
  it("takes the last word as the last name", () => {
    expect(splitFullName("  Anna Maria   Smirnova ")).toEqual({ firstName: "Anna Maria", lastName: "Smirnova" });
    expect(splitFullName("Cher")).toEqual({ firstName: "Cher", lastName: "" });
  });
  it("joins without stray spaces", () => {
    expect(joinFullName(" Anna ", "")).toBe("Anna");
    expect(joinFullName("Anna", "Smirnova")).toBe("Anna Smirnova");
  });
});
