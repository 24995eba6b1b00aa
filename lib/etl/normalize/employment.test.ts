import { describe, expect, it } from "vitest";
import { isInternship, normaliseEmploymentType } from "./employment";

describe("normaliseEmploymentType", () => {
  it.each([
    ["Full-time", "full_time"],
    ["FULLTIME", "full_time"],
    ["full_time", "full_time"],
    ["Part-time", "part_time"],
    ["PARTTIME", "part_time"],
    ["Contractor", "contract"],
    ["CONTRACTOR", "contract"],
    ["project", "contract"],
    ["INTERN", "internship"],
    ["probation", "internship"],
    ["Temporary", "temporary"],
    ["PER_DIEM", "other"],
  ] as const)("%s -> %s", (value, expected) => {
    expect(normaliseEmploymentType(value)).toBe(expected);
  });

  it("returns null for what it does not know", () => {
    expect(normaliseEmploymentType("permanent-ish")).toBeNull();
    expect(normaliseEmploymentType(null)).toBeNull();
  });
});

describe("isInternship", () => {
  it("reads the title in English and Russian", () => {
    expect(isInternship("Software Engineer, Internship - Infrastructure", null)).toBe(true);
    expect(isInternship("Стажёр-разработчик", "full_time")).toBe(true);
    expect(isInternship("Internal Tools Engineer", "full_time")).toBe(false);
  });

  it("trusts an internship employment type", () => {
    expect(isInternship("Developer", "internship")).toBe(true);
  });
});
