import { describe, expect, it } from "vitest";
import { curatedFamilies } from "./curated-groups";
import { curatedSkills } from "./curated-skills";
import { taxonomyData, titlesData } from "./data";
import { canonicalSkill, normaliseSkillList, recognizeSkills, relatedSkills, skillCount, skillId, skillIdsOf, skillName } from "./index";

describe("recognizeSkills", () => {
  it("maps aliases and vendor-prefixed names to canonical names", () => {
    expect(recognizeSkills("JS, ReactJS, Postgres and k8s")).toEqual(["JavaScript", "React", "PostgreSQL", "Kubernetes"]);
    expect(recognizeSkills("Apache Kafka, Microsoft Excel, Google Angular")).toEqual(["Kafka", "Excel", "Angular"]);
    expect(recognizeSkills("Structured query language SQL and Amazon Simple Storage Service S3")).toEqual(["SQL", "Amazon S3"]);
  });

  it("reads dataset products the curated list never had", () => {
    expect(recognizeSkills("Models in Autodesk Revit and ESRI ArcGIS")).toEqual(expect.arrayContaining(["Autodesk Revit", "GIS"]));
  });

  it("counts everyday words as skills only in their spelling and with context", () => {
    const never = [
      "Ready to go? Go to market fast.",
      "You will excel at teamwork. Excel at everything.",
      "Make an impact. Next, we grow. Express yourself.",
      "Spark joy in the Rust belt; Chef de partie wanted.",
      "Word of mouth and Access to our gym. Swift response times.",
      "Grade C students and plan R welcome. E.ON Next, QA is embedded.",
    ];
    for (const text of never) {
      expect(recognizeSkills(text).filter((s) => ["Go", "Excel", "Make", "Next.js", "Express", "Spark", "Rust", "Chef", "Microsoft Word", "Microsoft Access", "Swift", "C", "R"].includes(s)), text).toEqual([]);
    }
  });

  it("counts them in list context, after a preposition or before a role word", () => {
    expect(recognizeSkills("Go developer")).toEqual(["Go"]);
    expect(recognizeSkills("services written in Go")).toEqual(["Go"]);
    expect(recognizeSkills("Go, Python")).toEqual(["Go", "Python"]);
    expect(recognizeSkills("R and Python; statistics in R")).toEqual(["R", "Python", "Statistics"]);
    expect(recognizeSkills("Proficiency in Excel and Word")).toEqual(["Excel", "Microsoft Word"]);
    expect(recognizeSkills("Experience with Apache Spark. Spark jobs on Databricks")).toEqual(["Spark", "Databricks"]);
    expect(recognizeSkills("Ansible/Chef, C/C++, Node and Express")).toEqual(["Ansible", "Chef", "C", "C++", "Node.js", "Express"]);
    expect(recognizeSkills("Required:\n• Swift\n• SwiftUI")).toEqual(["Swift", "SwiftUI"]);
    expect(recognizeSkills("Знание Python, Go или других языков")).toEqual(["Python", "Go"]);
  });

  it("keeps the curated Russian aliases", () => {
    expect(recognizeSkills("Опыт с Кубернетес, знание 1С и английский язык")).toEqual(["Kubernetes", "1C", "English"]);
  });
});

describe("canonicalSkill and normaliseSkillList", () => {
  it("resolves listed names in any case, with versions or a phrase around one skill", () => {
    expect(canonicalSkill("reactjs")).toBe("React");
    expect(canonicalSkill("REACT.JS")).toBe("React");
    expect(canonicalSkill("React 18")).toBe("React");
    expect(canonicalSkill("golang")).toBe("Go");
    expect(canonicalSkill("go")).toBe("Go");
    expect(canonicalSkill("Microsoft Excel")).toBe("Excel");
    expect(canonicalSkill("Experience with PostgreSQL")).toBe("PostgreSQL");
    expect(canonicalSkill("underwater basket weaving")).toBeNull();
  });

  it("keeps unknown skills as typed, once each", () => {
    expect(normaliseSkillList([" reactjs ", "React", "Basket  weaving", "basket weaving", "k8s"])).toEqual(["React", "Basket weaving", "Kubernetes"]);
  });
});

describe("relatedSkills and skillId", () => {
  it("lists curated families first and stays short", () => {
    expect(relatedSkills("React").slice(0, 4)).toEqual(expect.arrayContaining(["Vue.js", "Angular"]));
    expect(relatedSkills("PostgreSQL").slice(0, 3)).toEqual(["MySQL", "Microsoft SQL Server", "Oracle Database"]);
    expect(relatedSkills("AWS").slice(0, 2)).toEqual(["Google Cloud", "Azure"]);
    expect(relatedSkills("Java")).toContain("Kotlin");
    expect(relatedSkills("nothing at all")).toEqual([]);
  });

  it("does not make a hub of everyday tools", () => {
    const counts = new Map<number, number>();
    for (const list of taxonomyData.related) for (const id of list) counts.set(id, (counts.get(id) ?? 0) + 1);
    expect(counts.get(skillId("Python")!) ?? 0).toBeLessThan(20);
    expect(taxonomyData.related.every((list) => list.length <= 6)).toBe(true);
  });

  it("gives each skill a small stable id that round-trips", () => {
    const id = skillId("k8s");
    expect(id).toBeGreaterThan(0);
    expect(id).toBeLessThanOrEqual(skillCount());
    expect(skillName(id!)).toBe("Kubernetes");
    expect(skillId("Kubernetes")).toBe(id);
    expect(skillId("not a skill")).toBeUndefined();
    expect(skillIdsOf(["k8s", "Kubernetes", "nothing", "React"])).toEqual([id!, skillId("React")!].sort((a, b) => a - b));
  });
});

describe("the committed taxonomy", () => {
  it("has the expected shape and size", () => {
    expect(taxonomyData.sources).toMatch(/O\*NET 29\.2.*ESCO 1\.2/);
    expect(taxonomyData.skills.length).toBeGreaterThan(800);
    expect(taxonomyData.skills.length).toBeLessThan(3000);
    expect(taxonomyData.related).toHaveLength(taxonomyData.skills.length);
    const names = taxonomyData.skills.map(([name]) => name);
    expect(new Set(names).size).toBe(names.length);
    const sorted = [...names].sort((a, b) => (a.toLowerCase() < b.toLowerCase() ? -1 : a.toLowerCase() > b.toLowerCase() ? 1 : a < b ? -1 : 1));
    expect(names).toEqual(sorted);
    for (const list of taxonomyData.related) for (const id of list) expect(id >= 1 && id <= names.length).toBe(true);
    expect(titlesData.occupations.length).toBeGreaterThan(1000);
    expect(titlesData.titles).toHaveLength(titlesData.occupations.length);
    expect(taxonomyData.languages.length).toBeGreaterThan(50);
  });

  it("includes every curated skill and family member (rebuild after editing curated-*.ts)", () => {
    const names = new Set(taxonomyData.skills.map(([name]) => name));
    const missing = [...curatedSkills.map(([name]) => name), ...curatedFamilies.flat().filter((n) => n !== "Google Sheets")].filter((n) => !names.has(n));
    expect(missing).toEqual([]);
  });

  it("keeps every everyday form out of the case-insensitive aliases", () => {
    const lowerAliases = new Set(taxonomyData.skills.flatMap(([, lower]) => lower.split("|")));
    expect(taxonomyData.contextForms.length).toBeGreaterThan(20);
    expect(taxonomyData.contextForms.filter((form) => lowerAliases.has(form))).toEqual([]);
  });
});
