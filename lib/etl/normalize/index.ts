export { cleanInline, cleanText, decodeEntities, foldWhitespace } from "./text";
export { annualiseSalary, currencyForCountry, normaliseCurrency, parsePayPeriod, payPeriods, type PayPeriod } from "./salary";
export { countryCodeOf, countryCodeOfCity, mentionsRemote, standardiseLocation, type LocationInput, type StandardLocation } from "./location";
export { isInternship, normaliseEmploymentType } from "./employment";
export { parseDeclaredLevel, seniorityFrom } from "./seniority";
export { extractSkills } from "./skills";
export { parseSourceDate } from "./dates";
export {
  defaultSkillLevel,
  experienceFromHh,
  extractExperienceYears,
  skillRequirementsFor,
  type ExperienceYears,
} from "./experience";
