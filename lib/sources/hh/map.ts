import type { CanonicalJob } from "../../etl/canonical";
import { cleanInline, cleanText, normaliseEmploymentType, parsePayPeriod, parseSourceDate, standardiseLocation } from "../../etl/normalize";
import { derivedJobFields, salaryFrom } from "../job-fields";
import type { HhVacancy } from "./schema";

function description(vacancy: HhVacancy): string {
  if (vacancy.description) return cleanText(vacancy.description);
  const { requirement, responsibility } = vacancy.snippet ?? {};
  return [responsibility, requirement].map((part) => cleanText(part)).filter(Boolean).join("\n\n");
}

function salary(vacancy: HhVacancy): CanonicalJob["salary"] {
  const range = vacancy.salary_range ?? vacancy.salary;
  if (!range) return null;
  // The legacy `salary` is always monthly; an unknown 2025 mode (per rotation...) cannot be annualised.
  const modeId = vacancy.salary_range?.mode?.id;
  const period = modeId ? parsePayPeriod(modeId) : "month";
  return salaryFrom({ min: range.from, max: range.to, period, currency: range.currency });
}

function isRemote(vacancy: HhVacancy): boolean {
  return vacancy.schedule?.id === "remote" || (vacancy.work_format ?? []).some((format) => format.id === "REMOTE");
}

export function mapHhVacancy(vacancy: HhVacancy): CanonicalJob {
  const title = cleanInline(vacancy.name);
  const text = description(vacancy);
  const employmentType =
    normaliseEmploymentType(vacancy.employment_form?.id) ?? normaliseEmploymentType(vacancy.employment?.id);
  return {
    externalId: vacancy.id,
    title,
    description: text,
    companyName: cleanInline(vacancy.employer?.name) || null,
    companyWebsite: null,
    applyUrl: vacancy.alternate_url ?? vacancy.apply_alternate_url ?? null,
    location: standardiseLocation({
      text: vacancy.area?.name ?? vacancy.address?.city,
      remote: isRemote(vacancy),
      // hh.ru areas outside Russia are the CIS capitals and countries the city table knows.
      defaultCountryCode: "RU",
    }),
    salary: salary(vacancy),
    employmentType,
    ...derivedJobFields({
      title,
      description: text,
      employmentType,
      hhExperienceId: vacancy.experience?.id,
      listedSkills: (vacancy.key_skills ?? []).map((skill) => skill.name),
      internship: vacancy.internship,
    }),
    postedAt: parseSourceDate(vacancy.published_at),
    sourceUpdatedAt: null,
    sourceGroupId: null,
  };
}
