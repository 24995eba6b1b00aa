import type { CanonicalJob } from "../../etl/canonical";
import { cleanInline, cleanText, parseSourceDate, standardiseLocation } from "../../etl/normalize";
import { derivedJobFields } from "../job-fields";
import type { GreenhouseJob } from "./schema";

export function mapGreenhouseJob(job: GreenhouseJob): CanonicalJob {
  const title = cleanInline(job.title);
  const description = cleanText(job.content);
  const officeLocation = job.offices?.find((office) => office.location)?.location;
  return {
    externalId: job.id,
    title,
    description,
    companyName: cleanInline(job.company_name) || null,
    companyWebsite: null,
    applyUrl: job.absolute_url ?? null,
    location: standardiseLocation({ text: job.location?.name ?? officeLocation }),
    // The board API has no salary or employment type unless asked per job with pay_transparency.
    salary: null,
    employmentType: null,
    ...derivedJobFields({ title, description, employmentType: null }),
    postedAt: parseSourceDate(job.first_published),
    sourceUpdatedAt: parseSourceDate(job.updated_at),
    // One opening advertised for several offices shares its internal job id.
    sourceGroupId: job.internal_job_id == null ? null : String(job.internal_job_id),
  };
}
