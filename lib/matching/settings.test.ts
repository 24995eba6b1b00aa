import { afterEach, describe, expect, it } from "vitest";
import { config, resetConfigForTests } from "@/lib/config";
import { environmentMatchSettings, matchSettingsInput } from "./settings";

const names = ["MATCH_SKILL_WEIGHT", "MATCH_EXPERIENCE_WEIGHT", "MATCH_SALARY_WEIGHT", "MATCH_LOCATION_WEIGHT", "MATCH_MIN_SCORE"] as const;

function withEnv(values: Partial<Record<(typeof names)[number], string>>) {
  for (const n of names) delete process.env[n];
  Object.assign(process.env, values);
  resetConfigForTests();
}

afterEach(() => withEnv({}));

describe("MATCH_* configuration", () => {
  it("defaults to 0.40 / 0.30 / 0.20 / 0.10 and 0.70", () => {
    withEnv({});
    const s = environmentMatchSettings();
    expect(s.weights.skills).toBeCloseTo(0.4, 10);
    expect(s.weights.location).toBeCloseTo(0.1, 10);
    expect(s.minScore).toBe(0.7);
    expect(s.version).toBe(0);
  });

  it("normalises weights given on any scale", () => {
    withEnv({ MATCH_SKILL_WEIGHT: "4", MATCH_EXPERIENCE_WEIGHT: "4", MATCH_SALARY_WEIGHT: "2", MATCH_LOCATION_WEIGHT: "0" });
    expect(environmentMatchSettings().weights).toEqual({ skills: 0.4, experience: 0.4, salary: 0.2, location: 0 });
  });

  it("refuses invalid values with a message naming the variable", () => {
    withEnv({ MATCH_SALARY_WEIGHT: "lots" });
    expect(() => config()).toThrow(/MATCH_SALARY_WEIGHT/);
    withEnv({ MATCH_SKILL_WEIGHT: "-1" });
    expect(() => config()).toThrow(/MATCH_SKILL_WEIGHT/);
    withEnv({ MATCH_MIN_SCORE: "1.5" });
    expect(() => config()).toThrow(/MATCH_MIN_SCORE/);
    withEnv({ MATCH_SKILL_WEIGHT: "0", MATCH_EXPERIENCE_WEIGHT: "0", MATCH_SALARY_WEIGHT: "0", MATCH_LOCATION_WEIGHT: "0" });
    expect(() => config()).toThrow(/at least one weight/);
  });
});

describe("Settings form input", () => {
  it("accepts form strings and refuses out-of-range or all-zero weights", () => {
    expect(matchSettingsInput.parse({ skill_weight: "0.5", experience_weight: "0.3", salary_weight: "0.1", location_weight: "0.1", min_score: "0.6" })).toMatchObject({ skill_weight: 0.5, min_score: 0.6 });
    expect(matchSettingsInput.safeParse({ skill_weight: "0", experience_weight: "0", salary_weight: "0", location_weight: "0", min_score: "0.6" }).success).toBe(false);
    expect(matchSettingsInput.safeParse({ skill_weight: "1", experience_weight: "0", salary_weight: "0", location_weight: "0", min_score: "2" }).success).toBe(false);
    expect(matchSettingsInput.safeParse({ skill_weight: "x", experience_weight: "0", salary_weight: "0", location_weight: "0", min_score: "0.5" }).success).toBe(false);
  });
});
