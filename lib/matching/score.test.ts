import { describe, expect, it } from "vitest";
import { normaliseWeights, type ScoreCandidate, type ScoreJob, scoreMatch } from "./score";

const job = (over: Partial<ScoreJob> = {}): ScoreJob => ({
  skills: [],
  skillRequirements: [
    { name: "TypeScript", level: "advanced", required: true },
    { name: "React", level: "intermediate", required: true },
    { name: "PostgreSQL", level: "intermediate", required: true },
    { name: "Docker", level: "beginner", required: false },
  ],
  experienceYearsMin: 5,
  level: "senior",
  salaryMin: 80_000,
  salaryMax: 100_000,
  salaryCurrency: "EUR",
  remote: false,
  city: "Berlin",
  region: "Berlin",
  countryCode: "DE",
  ...over,
});

const candidate = (over: Partial<ScoreCandidate> = {}): ScoreCandidate => ({
  skills: ["TypeScript", "React", "PostgreSQL", "Docker"],
  skillLevels: { TypeScript: "expert", React: "advanced", PostgreSQL: "intermediate", Docker: "beginner" },
  yearsExperience: 7,
  salaryExpectation: 90_000,
  salaryCurrency: "EUR",
  city: "Berlin",
  region: "Berlin",
  countryCode: "DE",
  ...over,
});

describe("scoreMatch", () => {
  it("gives a perfect fit 1 with every part at 1 and says why", () => {
    const m = scoreMatch(job(), candidate());
    expect(m.score).toBe(1);
    expect(m.parts).toEqual({ skills: 1, experience: 1, salary: 1, location: 1 });
    expect(m.skills.matching).toEqual(["TypeScript", "React", "PostgreSQL", "Docker"]);
    expect(m.reasons).toContain("3 of 3 required skills");
    expect(m.reasons).toContain("1 of 1 nice-to-have skills");
    expect(m.reasons).toContain("salary expectation within range");
    expect(m.reasons).toContain("same city");
  });

  it("weighs the parts 0.40 / 0.30 / 0.20 / 0.10 by default", () => {
    // Skills perfect, experience 0 (0 of 5 years), salary neutral, location another country.
    const m = scoreMatch(job(), candidate({ yearsExperience: 0, salaryExpectation: null, countryCode: "FR", city: "Paris", region: null }));
    expect(m.parts).toEqual({ skills: 1, experience: 0, salary: 0.5, location: 0 });
    expect(m.score).toBeCloseTo(0.4 + 0.2 * 0.5, 4);
  });

  it("normalises weights and uses the ones given", () => {
    expect(normaliseWeights({ skills: 2, experience: 1, salary: 1, location: 0 })).toEqual({ skills: 0.5, experience: 0.25, salary: 0.25, location: 0 });
    const m = scoreMatch(job(), candidate({ yearsExperience: 0 }), { weights: { skills: 1, experience: 1, salary: 0, location: 0 } });
    expect(m.score).toBe(0.5);
    expect(() => normaliseWeights({ skills: 0, experience: 0, salary: 0, location: 0 })).toThrow();
  });

  it("gives partial credit by level gap and names the levels", () => {
    const oneShort = scoreMatch(job(), candidate({ skillLevels: { TypeScript: "intermediate", React: "advanced", PostgreSQL: "advanced", Docker: "beginner" } }));
    const twoShort = scoreMatch(job(), candidate({ skillLevels: { TypeScript: "beginner", React: "advanced", PostgreSQL: "advanced", Docker: "beginner" } }));
    expect(oneShort.skills.partial).toEqual([{ name: "TypeScript", has: "intermediate", wants: "advanced" }]);
    expect(oneShort.parts.skills).toBeCloseTo((0.7 + 1 + 1 + 0.5) / 3.5, 4);
    expect(twoShort.parts.skills).toBeLessThan(oneShort.parts.skills);
    expect(oneShort.reasons).toContain("TypeScript at intermediate level, advanced wanted");
    expect(oneShort.reasons).toContain("3 of 3 required skills");
  });

  it("gives transferable credit naming the related skill", () => {
    const m = scoreMatch(job(), candidate({ skills: ["TypeScript", "Vue.js", "PostgreSQL", "Docker"], skillLevels: {} }));
    expect(m.skills.transferable).toEqual([{ name: "React", via: "Vue.js" }]);
    expect(m.parts.skills).toBeCloseTo((1 + 0.5 + 1 + 0.5) / 3.5, 4);
    expect(m.reasons).toContain("Vue.js counts toward React");
    expect(m.reasons).toContain("2 of 3 required skills");
  });

  it("uses the related skills it is given", () => {
    const m = scoreMatch(job(), candidate({ skills: ["TypeScript", "Preact", "PostgreSQL"] }), { related: (n) => (n === "React" ? ["Preact"] : []) });
    expect(m.skills.transferable).toEqual([{ name: "React", via: "Preact" }]);
  });

  it("lists missing skills and weighs a nice-to-have one less than a required one", () => {
    const noDocker = scoreMatch(job(), candidate({ skills: ["TypeScript", "React", "PostgreSQL"] }));
    const noPostgres = scoreMatch(job(), candidate({ skills: ["TypeScript", "React", "Docker"] }));
    expect(noDocker.skills.missing).toEqual(["Docker"]);
    expect(noPostgres.skills.missing).toEqual(["PostgreSQL"]);
    expect(noDocker.parts.skills).toBeGreaterThan(noPostgres.parts.skills);
    expect(noPostgres.reasons).toContain("missing PostgreSQL");
    expect(noPostgres.reasons).toContain("2 of 3 required skills");
  });

  it("matches skill names whatever their case, and an unstated level gets the benefit of the doubt", () => {
    const m = scoreMatch(job(), candidate({ skills: ["typescript", "react", "postgresql", "docker"], skillLevels: {} }));
    expect(m.parts.skills).toBe(1);
    expect(m.reasons).toContain("level not stated for 4 matching skills");
  });

  it("requires plain listed skills at the job's seniority when no requirements are given", () => {
    const m = scoreMatch(job({ skillRequirements: [], skills: ["TypeScript", "React"] }), candidate({ skillLevels: { TypeScript: "intermediate", React: "expert" } }));
    expect(m.skills.partial).toEqual([{ name: "TypeScript", has: "intermediate", wants: "advanced" }]);
  });

  it("counts skills only recognised in the text as nice-to-have when the job states its requirements", () => {
    const m = scoreMatch(job({ skills: ["Payments"] }), candidate());
    expect(m.reasons).toContain("3 of 3 required skills");
    expect(m.skills.missing).toEqual(["Payments"]);
    expect(m.score).toBeGreaterThan(0.9);
  });

  it("says so when a job lists no skills or a candidate none, and scores skills 0 (nothing to match on)", () => {
    expect(scoreMatch(job({ skillRequirements: [] }), candidate()).reasons).toContain("job lists no skills to match on");
    const none = scoreMatch(job(), candidate({ skills: [] }));
    expect(none.parts.skills).toBe(0);
    expect(none.reasons).toContain("candidate lists no skills");
    expect(none.skills.missing).toHaveLength(4);
  });

  it("scores experience by the gap to the minimum, and from seniority when no minimum is stated", () => {
    expect(scoreMatch(job(), candidate({ yearsExperience: 3 })).parts.experience).toBeCloseTo(0.6, 4);
    expect(scoreMatch(job(), candidate({ yearsExperience: 3 })).reasons).toContain("3 years of experience, 5 years required");
    const bySeniority = scoreMatch(job({ experienceYearsMin: null, level: "senior" }), candidate({ yearsExperience: 6 }));
    expect(bySeniority.parts.experience).toBe(1);
    expect(bySeniority.reasons).toContain("6 years of experience, senior role expects about 5 years");
  });

  it("makes missing experience, salary and location neutral and says so", () => {
    const m = scoreMatch(
      job({ experienceYearsMin: null, level: null, salaryMin: null, salaryMax: null, city: null, region: null, countryCode: null }),
      candidate(),
    );
    expect(m.parts).toMatchObject({ experience: 0.5, salary: 0.5, location: 0.5 });
    expect(m.reasons).toEqual(expect.arrayContaining(["no experience requirement stated", "no salary stated for the job", "no job location stated"]));
    const c = scoreMatch(job(), candidate({ yearsExperience: null, salaryExpectation: null, city: null, region: null, countryCode: null }));
    expect(c.parts).toMatchObject({ experience: 0.5, salary: 0.5, location: 0.5 });
    expect(c.reasons).toEqual(
      expect.arrayContaining(["candidate's experience not stated (5 years required)", "no salary expectation stated", "candidate's location not stated"]),
    );
  });

  it("scores salary above the range down, and converts other currencies at fixed rates", () => {
    const over = scoreMatch(job(), candidate({ salaryExpectation: 120_000 }));
    expect(over.parts.salary).toBeCloseTo(0.5, 4);
    expect(over.reasons).toContain("salary expectation 20% above range");
    const usd = scoreMatch(job(), candidate({ salaryExpectation: 95_000, salaryCurrency: "USD" }));
    expect(usd.parts.salary).toBe(1);
    expect(usd.reasons).toContain("salary expectation within range (converted at fixed rates)");
    const unknown = scoreMatch(job(), candidate({ salaryCurrency: "XYZ" }));
    expect(unknown.parts.salary).toBe(0.5);
    expect(unknown.reasons).toContain("salary in different currencies (XYZ expected, EUR offered)");
    expect(scoreMatch(job({ salaryMax: null }), candidate({ salaryExpectation: 70_000 })).reasons).toContain("salary expectation below range");
  });

  it("scores location: same city, region, country, another country, remote", () => {
    const loc = (c: Partial<ScoreCandidate>, j: Partial<ScoreJob> = {}) => scoreMatch(job(j), candidate(c));
    expect(loc({ city: "Potsdam", region: "Brandenburg" }).parts.location).toBe(0.4);
    expect(loc({ city: "Spandau" }).parts.location).toBe(0.7);
    expect(loc({ city: "Paris", region: "Île-de-France", countryCode: "FR" }).reasons).toContain("job in another country");
    const remoteAbroad = loc({ city: "Paris", region: null, countryCode: "FR" }, { remote: true });
    expect(remoteAbroad.parts.location).toBe(0.6);
    expect(remoteAbroad.reasons).toContain("remote job, candidate in another country");
    expect(loc({ city: "Munich", region: "Bavaria" }, { remote: true }).reasons).toContain("remote job in the candidate's country");
  });

  it("is deterministic: the same inputs give the same result, whatever object they arrive in", () => {
    const a = scoreMatch(job(), candidate({ yearsExperience: 3.3, salaryExpectation: 111_111 }));
    const b = scoreMatch(structuredClone(job()), structuredClone(candidate({ yearsExperience: 3.3, salaryExpectation: 111_111 })));
    expect(b).toEqual(a);
    for (let i = 0; i < 5; i++) expect(scoreMatch(job(), candidate({ yearsExperience: 3.3, salaryExpectation: 111_111 }))).toEqual(a);
  });

  it("keeps the score within [0, 1]", () => {
    const worst = scoreMatch(job(), candidate({ skills: ["COBOL"], yearsExperience: 0, salaryExpectation: 10_000_000, countryCode: "JP", city: "Tokyo" }));
    expect(worst.score).toBe(0);
    expect(worst.skills.missing).toHaveLength(4);
  });
});
