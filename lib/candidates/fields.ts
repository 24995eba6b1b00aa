import type { CandidateEducation, CandidateLanguage, NewCandidate } from "@/db/schema";
import { standardiseLocation } from "@/lib/etl/normalize";
import { canonicalSkill as canonicalSkillOf } from "@/lib/skills";
import { skillLevelRank, type SkillLevel } from "@/lib/skills/levels";
import { joinFullName } from "./names";
import type { CreateCandidateInput, UpdateCandidateInput } from "./input";

// From the API's input to the columns a candidate row keeps: canonical skills, a standard
// location, a phone key duplicates are found on.

/** The taxonomy's name for a skill ("ReactJS" -> "React"); the input trimmed when it is unknown. */
export function canonicalSkill(name: string): string {
  return canonicalSkillOf(name) ?? name.trim().replace(/\s+/g, " ");
}

/** Canonical, de-duplicated skills with the highest level given for each. */
export function normaliseSkills(skills: ReadonlyArray<{ name: string; level: SkillLevel | null }>) {
  const levels = new Map<string, SkillLevel | null>();
  const byLower = new Map<string, string>();
  for (const skill of skills) {
    const canonical = canonicalSkill(skill.name);
    const name = byLower.get(canonical.toLowerCase()) ?? canonical;
    byLower.set(name.toLowerCase(), name);
    const before = levels.get(name) ?? null;
    levels.set(name, !before || (skill.level && skillLevelRank(skill.level) > skillLevelRank(before)) ? skill.level : before);
  }
  const skillLevels: Record<string, SkillLevel> = {};
  for (const [name, level] of levels) if (level) skillLevels[name] = level;
  return { skills: [...levels.keys()], skillLevels };
}

// Calling codes of the countries our sources cover, for numbers written without one.
const callingCodes: Record<string, string> = {
  US: "1", CA: "1", GB: "44", IE: "353", RU: "7", KZ: "7", BY: "375", UA: "380", DE: "49", FR: "33", ES: "34", IT: "39", NL: "31", BE: "32",
  CH: "41", AT: "43", PL: "48", SE: "46", NO: "47", DK: "45", FI: "358", PT: "351", IN: "91", AU: "61", NZ: "64", SG: "65", BR: "55", MX: "52",
  ZA: "27", AE: "971", IL: "972", TR: "90", JP: "81", CN: "86",
};

/**
 * Digits of a phone number with its country code: "+44 20 7946 0958", "0044 20 7946 0958" and
 * "020 7946 0958" (a GB candidate) share one key; "8 (916) 123-45-67" in Russia is "79161234567".
 */
export function phoneKey(phone: string | null | undefined, countryCode: string | null | undefined): string | null {
  if (!phone) return null;
  const digits = phone.replace(/\D/g, "");
  if (digits.length < 6) return null;
  if (phone.trim().startsWith("+")) return digits;
  if (digits.startsWith("00")) return digits.slice(2);
  const code = countryCode ? callingCodes[countryCode.toUpperCase()] : undefined;
  if ((countryCode === "RU" || countryCode === "KZ") && digits.length === 11 && digits.startsWith("8")) return `7${digits.slice(1)}`;
  if (code === "1" && digits.length === 10) return `1${digits}`;
  if (code === "1" && digits.length === 11 && digits.startsWith("1")) return digits;
  if (code && digits.startsWith("0")) return `${code}${digits.slice(1)}`;
  if (code && !digits.startsWith(code)) return `${code}${digits}`;
  return digits;
}

function locationColumns(location: string | null) {
  if (!location) return { location: null, city: null, region: null, countryCode: null };
  const standard = standardiseLocation({ text: location });
  return { location: standard.display, city: standard.city, region: standard.region, countryCode: standard.countryCode };
}

function dedupeLanguages(languages: CandidateLanguage[]): CandidateLanguage[] {
  const byName = new Map<string, CandidateLanguage>();
  for (const language of languages) {
    const key = language.name.toLowerCase();
    if (!byName.has(key) || (!byName.get(key)!.level && language.level)) byName.set(key, language);
  }
  return [...byName.values()];
}

type Columns = Omit<NewCandidate, "id" | "userId" | "createdBy" | "createdAt">;

/** The columns an input sets; on PATCH only the fields present (the phone key follows phone or location). */
export function candidateColumns(input: CreateCandidateInput | UpdateCandidateInput, current?: { firstName: string; lastName: string; phone: string | null; countryCode: string | null }): Partial<Columns> {
  const columns: Partial<Columns> = {};
  const has = (key: keyof UpdateCandidateInput) => input[key] !== undefined;
  if (has("first_name") || has("last_name")) {
    columns.firstName = input.first_name ?? current?.firstName ?? "";
    columns.lastName = input.last_name ?? current?.lastName ?? "";
    columns.fullName = joinFullName(columns.firstName, columns.lastName);
  }
  if (has("email")) columns.email = input.email ?? null;
  if (has("location")) Object.assign(columns, locationColumns(input.location ?? null));
  if (has("phone")) columns.phone = input.phone ?? null;
  if (has("phone") || has("location")) {
    columns.phoneKey = phoneKey(has("phone") ? input.phone : current?.phone, columns.countryCode !== undefined ? columns.countryCode : current?.countryCode);
  }
  if (has("title")) columns.headline = input.title ?? null;
  if (has("summary")) columns.summary = input.summary ?? null;
  if (has("skills")) Object.assign(columns, normaliseSkills(input.skills ?? []));
  if (has("experience_years")) columns.yearsExperience = input.experience_years ?? null;
  if (has("education")) columns.education = (input.education ?? []) as CandidateEducation[];
  if (has("languages")) columns.languages = dedupeLanguages(input.languages ?? []);
  if (has("salary_expectation")) columns.salaryExpectation = input.salary_expectation ?? null;
  if (has("salary_currency")) columns.salaryCurrency = input.salary_currency ?? null;
  if (has("available_from")) columns.availableFrom = input.available_from ?? null;
  if (has("links")) columns.links = [...new Set(input.links ?? [])];
  return columns;
}
