import { describe, expect, it } from "vitest";
import { parseDeclaredLevel, seniorityFrom } from "./seniority";

describe("seniorityFrom", () => {
  it.each([
    ["Senior Software Engineer (.NET)", "senior"],
    ["Sr. Power BI Developer (MS Fabric)", "senior"],
    ["Jr Frontend Developer", "junior"],
    ["Graduate Frontend Engineer", "junior"],
    ["Lead Backend Software Engineer (.net)", "lead"],
    ["Senior Lead Designer", "lead"],
    ["Front End Developer, Mid-Level", "mid"],
    ["Software Engineer, Internship - Infrastructure", "intern"],
    ["VP of Engineering", "executive"],
    ["Ведущий программист", "senior"],
    ["Младший аналитик", "junior"],
  ] as const)("%s -> %s", (title, level) => {
    expect(seniorityFrom({ title })).toBe(level);
  });

  it("falls back to HeadHunter's experience id when the title says nothing", () => {
    expect(seniorityFrom({ title: "Программист", hhExperienceId: "noExperience" })).toBe("junior");
    expect(seniorityFrom({ title: "Программист", hhExperienceId: "between3And6" })).toBe("mid");
    expect(seniorityFrom({ title: "Программист", hhExperienceId: "moreThan6" })).toBe("senior");
  });

  it("lets the title win over the experience id", () => {
    expect(seniorityFrom({ title: "Senior Python Developer", hhExperienceId: "between1And3" })).toBe("senior");
  });

  it("uses years of experience last, and null when nothing is known", () => {
    expect(seniorityFrom({ title: "Engineer", yearsExperience: 6 })).toBe("senior");
    expect(seniorityFrom({ title: "Engineer" })).toBeNull();
  });

  it("does not read 'lead' inside other words", () => {
    expect(seniorityFrom({ title: "Misleading Title Writer" })).toBeNull();
  });
});

describe("parseDeclaredLevel", () => {
  it("maps Lamoda's middle to mid", () => {
    expect(parseDeclaredLevel("middle")).toBe("mid");
    expect(parseDeclaredLevel("nonsense")).toBeNull();
  });
});
