import type { CanonicalJob, EmploymentType, SeniorityLevel } from "../etl/canonical";
import { annualiseSalary, isInternship, normaliseCurrency, seniorityFrom, type PayPeriod } from "../etl/normalize";
import { experienceFromHh, extractExperienceYears, skillRequirementsFor } from "../etl/normalize/experience";
import { findSkillMentions, isSpokenLanguage, normaliseSkillList, normaliseTitle, skillNamesOf } from "../skills";

/** The canonical salary, or null when the source gives no usable amount or currency. */
export function salaryFrom(input: {
  min?: number | string | null;
  max?: number | string | null;
  period: PayPeriod | null;
  currency: string | null | undefined;
  predicted?: boolean;
}): CanonicalJob["salary"] {
  const currency = normaliseCurrency(input.currency);
  if (!input.period || !currency) return null;
  const annual = annualiseSalary({ min: input.min, max: input.max, period: input.period });
  if (!annual) return null;
  return { ...annual, currency, period: input.period, predicted: input.predicted ?? false };
}

/**
 * Level, internship flag, skills with their required levels, years of experience and occupation,
 * which every mapper derives the same way from title and text.
 */
export function derivedJobFields(input: {
  title: string;
  description: string;
  employmentType: EmploymentType | null;
  declaredLevel?: SeniorityLevel | null;
  hhExperienceId?: string | null;
  /** Skills the source lists itself; normalised through the taxonomy when it knows them. */
  listedSkills?: readonly string[];
  /** The source's own internship flag (HeadHunter since 2025). */
  internship?: boolean | null;
}): Pick<CanonicalJob, "level" | "internship" | "skills" | "skillRequirements" | "experienceYearsMin" | "occupationCode"> {
  const internship = input.internship === true || isInternship(input.title, input.employmentType);
  const level =
    input.declaredLevel ??
    seniorityFrom({ title: input.title, hhExperienceId: input.hhExperienceId }) ??
    (internship ? "intern" : null);
  const text = `${input.title}\n${input.description}`;
  const mentions = findSkillMentions(text);
  // A spoken language the text asks for ("excellent English") is not a skill; ones the source lists stay.
  const textSkills = skillNamesOf(mentions).filter((name) => !isSpokenLanguage(name));
  const skills = normaliseSkillList([...(input.listedSkills ?? []), ...textSkills]);
  const experience = extractExperienceYears(input.description) ?? experienceFromHh(input.hhExperienceId);
  return {
    level,
    internship,
    skills,
    skillRequirements: skillRequirementsFor(skills, level, text, mentions),
    experienceYearsMin: experience?.min ?? null,
    occupationCode: normaliseTitle(input.title)?.code ?? null,
  };
}
