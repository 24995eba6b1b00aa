import type { CanonicalJob } from "../../etl/canonical";
import {
  cleanInline,
  cleanText,
  countryCodeOf,
  currencyForCountry,
  normaliseEmploymentType,
  parsePayPeriod,
  parseSourceDate,
  standardiseLocation,
} from "../../etl/normalize";
import { derivedJobFields, salaryFrom } from "../job-fields";
import type { JSearchJob } from "./schema";

export function mapJSearchJob(job: JSearchJob): CanonicalJob {
  const title = cleanInline(job.job_title);
  const description = cleanText(job.job_description);
  const countryCode = countryCodeOf(job.job_country);
  const employmentType =
    normaliseEmploymentType(job.job_employment_type) ?? normaliseEmploymentType(job.job_employment_types?.[0]);
  return {
    externalId: job.job_id,
    title,
    description,
    companyName: cleanInline(job.employer_name) || null,
    companyWebsite: job.employer_website ?? null,
    applyUrl: job.job_apply_link ?? null,
    location: standardiseLocation({
      text: job.job_location,
      city: job.job_city,
      region: job.job_state,
      country: job.job_country,
      remote: job.job_is_remote,
    }),
    salary: salaryFrom({
      min: job.job_min_salary,
      max: job.job_max_salary,
      period: parsePayPeriod(job.job_salary_period),
      // Only older responses name the currency; the search country's currency is the rule otherwise.
      currency: job.job_salary_currency ?? currencyForCountry(countryCode),
    }),
    employmentType,
    ...derivedJobFields({ title, description, employmentType, listedSkills: job.job_required_skills ?? [] }),
    postedAt: parseSourceDate(job.job_posted_at_datetime_utc) ?? parseSourceDate(job.job_posted_at_timestamp),
    sourceUpdatedAt: null,
    sourceGroupId: null,
  };
}
