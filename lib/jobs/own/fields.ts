import type { NewJob } from "@/db/schema";
import type { SeniorityLevel } from "@/lib/etl/canonical";
import { cleanInline, cleanText, defaultSkillLevel, normaliseCurrency, standardiseLocation } from "@/lib/etl/normalize";
import { canonicalSkill } from "@/lib/skills";
import { derivedJobFields } from "@/lib/sources/job-fields";
import type { SkillRequirement } from "@/lib/skills/levels";
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

/** The columns of an own job after the same transform synced jobs go through. */
export function ownJobColumns(draft: OwnJobDraft) {
  const title = cleanInline(draft.title);
  const description = cleanText(draft.description);
  const place = standardiseLocation({ text: draft.location, remote: draft.remote });
  const listed = draft.skills?.map((s) => ({ ...s, name: canonicalSkill(s.name) ?? s.name.trim().replace(/\s+/g, " ") })) ?? null;
  const derived = derivedJobFields({ title, description, employmentType: draft.employment_type ?? null, declaredLevel: draft.level, listedSkills: listed?.map((s) => s.name) });
  const defaultLevel = defaultSkillLevel(derived.level);
  const skillRequirements: SkillRequirement[] = listed
    ? [...new Map(listed.map((s) => [s.name.toLowerCase(), { name: s.name, level: s.level ?? defaultLevel, required: s.required }])).values()]
    : derived.skillRequirements;
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
    experienceYearsMin: draft.experience_years_min ?? derived.experienceYearsMin,
    occupationCode: derived.occupationCode,
  } satisfies Partial<NewJob>;
}
