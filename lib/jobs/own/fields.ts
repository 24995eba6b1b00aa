import type { NewJob } from "@/db/schema";
import type { SeniorityLevel } from "@/lib/etl/canonical";
import { cleanInline, cleanText, extractSkills, normaliseCurrency, standardiseLocation } from "@/lib/etl/normalize";
import { derivedJobFields } from "@/lib/sources/job-fields";
import type { SkillLevel, SkillRequirement } from "@/lib/skills/levels";
import type { JobSkillInput } from "./input";

/** A whole own job as the recruiter describes it (create, or the current job with a PATCH applied). */
export type OwnJobDraft = {
  title: string;
  description: string;
  location: string | null;
  remote: boolean;
  employment_type: NewJob["employmentType"] | null;
  level: SeniorityLevel | null;
  salary_min: number | null;
  salary_max: number | null;
  salary_currency: string | null;
  /** Null: not listed, so they are recognised from the text. */
  skills: JobSkillInput[] | null;
  experience_years_min: number | null;
};

// What a job's seniority asks of each skill when the posting does not say.
const levelForSeniority: Record<SeniorityLevel, SkillLevel> = {
  intern: "beginner",
  junior: "beginner",
  mid: "intermediate",
  senior: "advanced",
  lead: "advanced",
  executive: "advanced",
};

/**
 * Requirements for skills recognised in the text: required, at the level the seniority implies.
 * Seam: the taxonomy's `skillRequirementsFor` (lib/etl/normalize/experience.ts) takes over here.
 */
export function derivedRequirements(skills: string[], level: SeniorityLevel | null): SkillRequirement[] {
  return skills.map((name) => ({ name, level: levelForSeniority[level ?? "mid"], required: true }));
}

const yearsPattern = /\b(?:at least |minimum (?:of )?|min\.? )?(\d{1,2})\s*(?:\+|plus)?\s*(?:-\s*\d{1,2}\s*)?(?:years?|yrs?)\b(?:[^.\n]{0,40}?\bexperience)?/i;

/**
 * Minimum years asked in the text ("5+ years", "at least 3 years", "3-5 years of experience").
 * Seam: the taxonomy's `extractExperienceYears` replaces this once it is on main.
 */
export function experienceYearsFrom(text: string): number | null {
  const match = yearsPattern.exec(text);
  if (!match || !/experience|опыт/i.test(text)) return null;
  const years = Number(match[1]);
  return years <= 30 ? years : null;
}

/** The columns of an own job after the same transform synced jobs go through. */
export function ownJobColumns(draft: OwnJobDraft) {
  const title = cleanInline(draft.title);
  const description = cleanText(draft.description);
  const place = standardiseLocation({ text: draft.location, remote: draft.remote });
  const listed = draft.skills?.map((s) => ({ ...s, name: extractSkills(s.name).length === 1 ? extractSkills(s.name)[0] : s.name.trim() })) ?? null;
  const derived = derivedJobFields({ title, description, employmentType: draft.employment_type ?? null, declaredLevel: draft.level, listedSkills: listed?.map((s) => s.name) });
  const defaultLevel = derivedRequirements(["x"], derived.level)[0].level;
  const skillRequirements: SkillRequirement[] = listed
    ? [...new Map(listed.map((s) => [s.name.toLowerCase(), { name: s.name, level: s.level ?? defaultLevel, required: s.required }])).values()]
    : derivedRequirements(derived.skills, derived.level);
  return {
    title,
    description,
    locationDisplay: place.display,
    city: place.city,
    region: place.region,
    countryCode: place.countryCode,
    remote: place.remote,
    employmentType: draft.employment_type ?? (derived.internship ? "internship" : null),
    level: derived.level,
    internship: derived.internship,
    salaryMin: draft.salary_min,
    salaryMax: draft.salary_max,
    salaryCurrency: draft.salary_min !== null || draft.salary_max !== null ? normaliseCurrency(draft.salary_currency) : null,
    salaryPredicted: false,
    skills: derived.skills,
    skillRequirements,
    experienceYearsMin: draft.experience_years_min ?? experienceYearsFrom(description),
  } satisfies Partial<NewJob>;
}
