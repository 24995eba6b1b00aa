import type { CanonicalJob } from "../../etl/canonical";
import { cleanInline, cleanText, countryCodeOf, currencyForCountry, mentionsRemote, parseSourceDate, standardiseLocation } from "../../etl/normalize";
import { derivedJobFields, salaryFrom } from "../job-fields";
import type { AdzunaJob } from "./schema";

const countryBySiteDomain: Record<string, string> = {
  "co.uk": "GB", com: "US", de: "DE", fr: "FR", "com.au": "AU", ca: "CA", in: "IN", nl: "NL",
  pl: "PL", "com.br": "BR", it: "IT", es: "ES", at: "AT", ch: "CH", sg: "SG", "co.nz": "NZ",
  "co.za": "ZA", "com.mx": "MX", be: "BE",
};

/** The Adzuna site's country: the first area level, or the domain of the redirect URL. */
function adzunaCountry(job: AdzunaJob): string | null {
  const fromArea = countryCodeOf(job.location?.area?.[0]);
  if (fromArea) return fromArea;
  const host = job.redirect_url && URL.canParse(job.redirect_url) ? new URL(job.redirect_url).hostname : "";
  const domain = host.match(/adzuna\.(.+)$/)?.[1];
  return domain ? (countryBySiteDomain[domain] ?? null) : null;
}

function employmentType(job: AdzunaJob): CanonicalJob["employmentType"] {
  if (job.contract_type === "contract") return "contract";
  if (job.contract_time === "full_time") return "full_time";
  if (job.contract_time === "part_time") return "part_time";
  return null;
}

export function mapAdzunaJob(job: AdzunaJob): CanonicalJob {
  const title = cleanInline(job.title);
  const description = cleanText(job.description);
  const countryCode = adzunaCountry(job);
  const type = employmentType(job);
  return {
    externalId: job.id,
    title,
    description,
    companyName: cleanInline(job.company?.display_name) || null,
    companyWebsite: null,
    applyUrl: job.redirect_url ?? null,
    location: standardiseLocation({
      text: job.location?.display_name,
      levels: job.location?.area,
      // Adzuna has no remote field; employers say it in the title ("Fully Remote").
      remote: mentionsRemote(title),
      defaultCountryCode: countryCode,
    }),
    // Adzuna quotes annual salaries; a predicted one is its own estimate, not the employer's.
    salary: salaryFrom({
      min: job.salary_min,
      max: job.salary_max,
      period: "year",
      currency: currencyForCountry(countryCode),
      predicted: job.salary_is_predicted,
    }),
    employmentType: type,
    ...derivedJobFields({ title, description, employmentType: type }),
    postedAt: parseSourceDate(job.created),
    sourceUpdatedAt: null,
    sourceGroupId: null,
  };
}
