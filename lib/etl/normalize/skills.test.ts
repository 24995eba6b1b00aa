import { describe, expect, it } from "vitest";
import { extractSkills } from "./skills";


describe("extractSkills", () => {
  it("maps aliases to canonical names", () => {
    expect(extractSkills("JS, Postgres and k8s")).toEqual(["JavaScript", "PostgreSQL", "Kubernetes"]);
  });

  it("keeps symbols that are part of a skill name", () => {
    expect(extractSkills("C#, C++, .NET Core, ASP.NET and Node.js.")).toEqual(["C#", "C++", ".NET", "ASP.NET", "Node.js"]);
  });

  it("matches on whole words only", () => {
    expect(extractSkills("javascripting, reactive, postgresql-like")).toEqual([]);
    expect(extractSkills("Java and JavaScript")).toEqual(["Java", "JavaScript"]);
  });

  it("prefers the longest phrase", () => {
    expect(extractSkills("React Native apps and Spring Boot")).toEqual(["React Native", "Spring"]);
    expect(extractSkills("Google Cloud Platform")).toEqual(["Google Cloud"]);
  });

  it("splits slash-joined skills but keeps CI/CD whole", () => {
    expect(extractSkills("React/Redux, C/C++, CI/CD")).toEqual(["React", "Redux", "C", "C++", "CI/CD"]);
  });

  it("matches ambiguous words only in their exact spelling", () => {
    expect(extractSkills("Ready to go? We write Go and R")).toEqual(["Go", "R"]);
    expect(extractSkills("You excel at the rest of R&D")).toEqual([]);
  });

  it("reads Russian aliases", () => {
    expect(extractSkills("Опыт с Кубернетес, знание 1С и английский язык")).toEqual(["Kubernetes", "1C", "English"]);
  });

  it("lists each skill once, in order of first mention", () => {
    expect(extractSkills("Python, TypeScript, python3, TS")).toEqual(["Python", "TypeScript"]);
  });
});
