import type { CanonicalCandidate, CanonicalJob } from "../../etl/canonical";
import {
  cleanInline,
  cleanText,
  countryCodeOf,
  normaliseEmploymentType,
  parseDeclaredLevel,
  parsePayPeriod,
  parseSourceDate,
  standardiseLocation,
} from "../../etl/normalize";
import { normaliseSkillList, recognizeSkills } from "../../skills";
import { derivedJobFields, salaryFrom } from "../job-fields";
import type { LamodaCandidate, LamodaJob } from "./schema";

export function mapLamodaJob(job: LamodaJob): CanonicalJob {
  const title = cleanInline(job.title);
  const description = cleanText(job.description_html);
  const employmentType = normaliseEmploymentType(job.employment);
  const place = job.location;
  return {
    externalId: job.id,
    title,
    description,
    companyName: cleanInline(job.company?.name) || null,
    companyWebsite: job.company?.website ?? null,
    applyUrl: job.apply_url ?? null,
    location: standardiseLocation({
      city: place?.city,
      region: place?.region,
      country: place?.country_code,
      remote: place?.remote,
    }),
    salary: job.salary
      ? salaryFrom({ min: job.salary.min, max: job.salary.max, period: parsePayPeriod(job.salary.period), currency: job.salary.currency })
      : null,
    employmentType,
    ...derivedJobFields({
      title,
      description,
      employmentType,
      declaredLevel: parseDeclaredLevel(job.seniority),
      listedSkills: job.skills ?? [],
    }),
    postedAt: parseSourceDate(job.published_at),
    sourceUpdatedAt: parseSourceDate(job.updated_at),
    sourceGroupId: null,
  };
}

export function mapLamodaCandidate(candidate: LamodaCandidate): CanonicalCandidate {
  const headline = cleanInline(candidate.headline) || null;
  return {
    externalId: candidate.id,
    fullName: cleanInline(candidate.full_name),
    email: candidate.email?.trim().toLowerCase() || null,
    headline,
    location: cleanInline(candidate.location?.city) || null,
    countryCode: countryCodeOf(candidate.location?.country_code),
    skills: normaliseSkillList([...(candidate.skills ?? []), ...recognizeSkills(headline ?? "")]),
    yearsExperience: candidate.experience_years ?? null,
    sourceUpdatedAt: parseSourceDate(candidate.updated_at),
  };
}
