import type { CanonicalJob } from "../../etl/canonical";
import {
  cleanInline,
  cleanText,
  countryCodeOf,
  normaliseEmploymentType,
  parsePayPeriod,
  parseSourceDate,
  standardiseLocation,
} from "../../etl/normalize";
import { derivedJobFields, salaryFrom } from "../job-fields";
import type { LeverPosting } from "./schema";

function description(posting: LeverPosting): string {
  const intro = posting.descriptionPlain ? cleanText(posting.descriptionPlain) : cleanText(posting.description);
  const lists = (posting.lists ?? []).map((list) => [cleanInline(list.text), cleanText(list.content)].filter(Boolean).join("\n"));
  const closing = posting.additionalPlain ? cleanText(posting.additionalPlain) : cleanText(posting.additional);
  return [intro, ...lists, closing].filter(Boolean).join("\n\n");
}

export function mapLeverPosting(posting: LeverPosting): CanonicalJob {
  const title = cleanInline(posting.text);
  const text = description(posting);
  const employmentType = normaliseEmploymentType(posting.categories?.commitment);
  const location = standardiseLocation({
    text: posting.categories?.location,
    remote: posting.workplaceType === "remote",
  });
  const range = posting.salaryRange;
  return {
    externalId: posting.id,
    title,
    description: text,
    companyName: null,
    companyWebsite: null,
    applyUrl: posting.applyUrl ?? posting.hostedUrl ?? null,
    location: { ...location, countryCode: countryCodeOf(posting.country) ?? location.countryCode },
    salary: range ? salaryFrom({ min: range.min, max: range.max, period: parsePayPeriod(range.interval), currency: range.currency }) : null,
    employmentType,
    ...derivedJobFields({ title, description: text, employmentType }),
    postedAt: parseSourceDate(posting.createdAt),
    sourceUpdatedAt: parseSourceDate(posting.updatedAt),
    sourceGroupId: null,
  };
}
