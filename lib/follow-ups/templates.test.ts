import { describe, expect, it } from "vitest";
import { letterDate, renderTemplate, standardSequence, stepsSchema, templateSchema, templateValues, unknownPlaceholders } from "./templates";

const values = templateValues({ candidate_first_name: "Ada", job_title: "Data Engineer", company: "Bluefin", recruiter_name: "Sam Reed", applied_date: "3 Nov 2026" });

describe("renderTemplate", () => {
  it("fills every known placeholder, each time it appears", () => {
    expect(renderTemplate("Dear {recruiter_name}, {job_title} at {company} ({job_title}) since {applied_date}. {candidate_first_name}", values)).toBe(
      "Dear Sam Reed, Data Engineer at Bluefin (Data Engineer) since 3 Nov 2026. Ada",
    );
  });

  it("leaves braces that are not placeholders alone", () => {
    expect(renderTemplate("Code {like: this} and {unknown_name} stay; {company}.", values)).toBe("Code {like: this} and {unknown_name} stay; Bluefin.");
  });

  it("reads as a sentence when the application does not know a value", () => {
    const sparse = templateValues({ candidate_first_name: "Ada", job_title: "  ", company: null });
    expect(renderTemplate("Dear {recruiter_name}, about {job_title} at {company}", sparse)).toBe("Dear Hiring Manager, about the role at your company");
  });

  it("renders the built-in sequence without a placeholder left over", () => {
    for (const step of standardSequence.steps) {
      const text = renderTemplate(step.template, values);
      expect(text).not.toMatch(/\{[a-z_]+\}/);
      expect(text).toContain("Data Engineer");
    }
    expect(standardSequence.steps.map((s) => s.days)).toEqual([3, 7, 14]);
  });

  it("writes dates as a letter would, in UTC", () => {
    expect(letterDate(new Date("2026-11-03T23:30:00Z"))).toBe("3 Nov 2026");
  });
});

describe("template validation", () => {
  it("names the unknown placeholders, once each", () => {
    expect(unknownPlaceholders("Hi {first_name} {company} {first_name} {Salary}")).toEqual(["first_name", "Salary"]);
  });

  it("refuses a template with an unknown placeholder with a message naming it and the allowed ones", () => {
    const result = templateSchema.safeParse("Hi {first_name}, about {job_title}");
    expect(result.success).toBe(false);
    const message = result.error!.issues[0].message;
    expect(message).toContain("{first_name}");
    expect(message).toContain("{candidate_first_name}");
  });

  it("accepts known placeholders and refuses an empty message", () => {
    expect(templateSchema.safeParse("Hi {candidate_first_name}").success).toBe(true);
    expect(templateSchema.safeParse("   ").success).toBe(false);
  });

  it("orders steps by day and checks their ranges", () => {
    expect(stepsSchema.parse([{ days: 14, template: "c" }, { days: "3", template: "a" }]).map((s) => s.days)).toEqual([3, 14]);
    expect(stepsSchema.safeParse([]).success).toBe(false);
    expect(stepsSchema.safeParse([{ days: -1, template: "a" }]).success).toBe(false);
    expect(stepsSchema.safeParse([{ days: 1.5, template: "a" }]).success).toBe(false);
  });
});
