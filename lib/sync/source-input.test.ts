import { describe, expect, it } from "vitest";
import { createSourceFormSchema, createSourceSchema } from "./sources";

describe("the create-source schema", () => {
  it("reads a form the same way as the API's JSON", () => {
    const fromForm = createSourceFormSchema.parse({ type: "adzuna", name: " Adzuna GB ", config: '{"country":"gb"}', schedule: "  " });
    const fromApi = createSourceSchema.parse({ type: "adzuna", name: "Adzuna GB", config: { country: "gb" }, schedule: null });
    expect(fromForm).toEqual(fromApi);
    expect(fromForm).toEqual({ type: "adzuna", name: "Adzuna GB", config: { country: "gb" }, schedule: null, enabled: true });
  });

  it("refuses in a form what the API refuses, plus config that is not a JSON object", () => {
    for (const bad of [
      { type: "monster", name: "x", config: "{}", schedule: "" },
      { type: "adzuna", name: "  ", config: "{}", schedule: "" },
      { type: "adzuna", name: "x", config: "[1]", schedule: "" },
      { type: "adzuna", name: "x", config: "{oops", schedule: "" },
      { type: "adzuna", name: "x", config: "{}", schedule: "x".repeat(101) },
    ]) {
      expect(createSourceFormSchema.safeParse(bad).success, JSON.stringify(bad)).toBe(false);
    }
  });
});
