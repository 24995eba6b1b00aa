import type { SeniorityLevel } from "../canonical";

// Checked in order: "Senior Lead" is a lead, "Lead Junior Mentor" is still a lead.
const titleRules: Array<[SeniorityLevel, RegExp]> = [
  ["executive", /\b(?:chief|cto|ceo|cfo|coo|cio|vp|vice president|svp|evp|director)\b|директор/i],
  ["lead", /\b(?:lead|principal|staff|head of|architect)\b|руководитель|тимлид|техлид/i],
  ["senior", /\b(?:senior|sr)\b|старший|ведущий|сеньор|синьор/i],
  ["intern", /\b(?:intern|internship|trainee)\b|стаж[её]р|стажировк/i],
  ["junior", /\b(?:junior|jr|graduate|new grad|entry[- ]level)\b|младший|джуниор/i],
  ["mid", /\b(?:middle|mid[- ]level|mid|intermediate)\b|мидл/i],
];

const hhExperienceLevels: Record<string, SeniorityLevel> = {
  noExperience: "junior",
  between1And3: "junior",
  between3And6: "mid",
  moreThan6: "senior",
};

/** Seniority from the title words first, then from HeadHunter's experience id or years. */
export function seniorityFrom(input: {
  title: string;
  hhExperienceId?: string | null;
  yearsExperience?: number | null;
}): SeniorityLevel | null {
  for (const [level, pattern] of titleRules) {
    if (pattern.test(input.title)) return level;
  }
  if (input.hhExperienceId) return hhExperienceLevels[input.hhExperienceId] ?? null;
  const years = input.yearsExperience;
  if (years === null || years === undefined) return null;
  if (years < 2) return "junior";
  if (years < 5) return "mid";
  return years < 10 ? "senior" : "lead";
}

const declaredLevels: Record<string, SeniorityLevel> = {
  intern: "intern", junior: "junior", middle: "mid", mid: "mid", senior: "senior", lead: "lead",
  executive: "executive",
};

/** A level the source states outright (Lamoda's `seniority`). */
export function parseDeclaredLevel(value: string | null | undefined): SeniorityLevel | null {
  return value ? (declaredLevels[value.toLowerCase()] ?? null) : null;
}
