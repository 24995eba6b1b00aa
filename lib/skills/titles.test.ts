import { describe, expect, it } from "vitest";
import { knownLanguages, normaliseTitle, recognizeLanguageLevels, recognizeLanguages, relatedOccupations } from "./index";

describe("normaliseTitle", () => {
  it("drops seniority, asides and places before the lookup", () => {
    expect(normaliseTitle("Sr. Backend Engineer (Go), remote")).toEqual({ code: "15-1252.00", title: "Software Developers" });
    expect(normaliseTitle("Senior Software Engineer III - Angular")?.code).toBe("15-1252.00");
    expect(normaliseTitle("Front-End Developer, Mid-Level")?.code).toBe("15-1254.00");
    expect(normaliseTitle("DevOps Engineer (m/w/d)")?.code).toBe("15-1244.00");
  });

  it("finds titles well beyond software", () => {
    expect(normaliseTitle("Registered Nurse - Night Shift")?.code).toBe("29-1141.00");
    expect(normaliseTitle("Head Chef")?.code).toBe("35-1011.00");
    expect(normaliseTitle("Accountant II")?.code).toBe("13-2011.00");
    expect(normaliseTitle("Sales Manager, EMEA")?.code).toBe("11-2022.00");
  });

  it("reads Russian titles through their usual words", () => {
    expect(normaliseTitle("Java-разработчик")?.code).toBe("15-1252.00");
    expect(normaliseTitle("Аналитик данных, Ozon банк")?.code).toBe("15-2051.00");
    expect(normaliseTitle("Стажер-тестировщик (Python QA Automation)")?.code).toBe("15-1253.00");
  });

  it("reads a technology in a title as software, and tries each side of a slash", () => {
    expect(normaliseTitle("Senior JavaScript Engineer")?.code).toBe("15-1252.00");
    expect(normaliseTitle("Программист Python")?.code).toBe("15-1251.00");
    expect(normaliseTitle("Системный администратор Linux")?.code).toBe("15-1244.00");
    expect(normaliseTitle("Data analyst/Аналитик данных (стажер)")?.code).toBe("15-2051.00");
    expect(normaliseTitle("C#/GUI Developer Role")?.code).toBe("15-1252.00");
    expect(normaliseTitle("Front-End Web Developer at Ginas Tech Jobs Chicago, IL")?.code).toBe("15-1254.00");
  });

  it("falls back to the closest title by shared rare words", () => {
    expect(normaliseTitle("Principal Kubernetes Platform Software Engineer")?.code).toBe("15-1252.00");
  });

  it("says null when nothing in the title names an occupation", () => {
    expect(normaliseTitle("Rockstar Ninja")).toBeNull();
    expect(normaliseTitle("Senior (remote)")).toBeNull();
    expect(normaliseTitle("")).toBeNull();
  });
});

describe("relatedOccupations", () => {
  it("lists O*NET's related occupations, closest first", () => {
    const related = relatedOccupations("15-1252.00");
    expect(related.length).toBeGreaterThan(3);
    expect(related.length).toBeLessThanOrEqual(10);
    expect(related.map((o) => o.code)).toContain("15-1251.00");
    expect(relatedOccupations("00-0000.00")).toEqual([]);
  });
});

describe("recognizeLanguages", () => {
  it("reads English, native and Russian names of languages", () => {
    expect(recognizeLanguages("English (C1), Deutsch B2, немецкий язык, французского")).toEqual(["English", "German", "French"]);
    expect(recognizeLanguages("Languages: Spanish, Mandarin and Ukrainian")).toEqual(["Spanish", "Chinese", "Ukrainian"]);
  });

  it("reads the level written after each language", () => {
    expect(recognizeLanguageLevels("English – C1, German (B2); Russian: native\nFrench")).toEqual([
      { name: "English", level: "C1" },
      { name: "German", level: "B2" },
      { name: "Russian", level: "native" },
      { name: "French", level: null },
    ]);
    expect(recognizeLanguageLevels("Английский — свободный, немецкий В1")).toEqual([
      { name: "English", level: "fluent" },
      { name: "German", level: "B1" },
    ]);
  });

  it("does not take lower-case words for languages", () => {
    expect(recognizeLanguages("we polish the english muffins")).toEqual([]);
    expect(knownLanguages()).toContain("Japanese");
  });
});
