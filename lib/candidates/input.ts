import { z } from "zod";
import { optionalText, parseSkillLevel, skillLevelInput } from "@/lib/input/fields";

export { parseSkillLevel };

// The candidate contract: liberal where people really write things differently (education as
// text or objects, "English (C1)", skills as a comma list), strict on types and ranges.

const skillName = z.string().trim().min(1, "Skill name is empty").max(100);

/** A comma-separated string is a list too: "Python, SQL; Docker". */
const listOf = <T extends z.ZodType>(item: T, max: number) =>
  z.preprocess(
    (value) => (typeof value === "string" ? value.split(/[,;\n]/).map((s) => s.trim()).filter(Boolean) : value),
    z.array(item).max(max),
  );

/** A bare string is an object with only a name, so errors point at the object's fields. */
const orName = <T extends z.ZodType>(schema: T) => z.preprocess((v) => (typeof v === "string" ? { name: v } : v), schema);

export const skillInputSchema = orName(z.object({ name: skillName, level: skillLevelInput }));

const languageLevelWords = /\b(native|mother tongue|fluent|proficient|advanced|upper[- ]intermediate|intermediate|basic|beginner|elementary|conversational|working|[abc][12])\b/i;

/** "German (B2)", "English - fluent", "French: native" as a name and a level. */
export function parseLanguage(text: string): { name: string; level: string | null } {
  const match = languageLevelWords.exec(text);
  const level = match ? match[1].toUpperCase().length === 2 ? match[1].toUpperCase() : match[1].toLowerCase() : null;
  const name = text
    .replace(/\(.*?\)/g, " ")
    .replace(languageLevelWords, " ")
    .replace(/[-–—:|]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  return { name: name || text.trim(), level };
}

const languageSchema = z.preprocess(
  (v) => (typeof v === "string" ? parseLanguage(v) : v),
  z.object({ name: z.string().trim().min(1).max(80), level: z.string().trim().max(40).nullish().transform((v) => v || null) }),
);

const institutionWords = /universit|college|institut|school|academy|polytechnic|университет|институт|академи|колледж/i;
const degreeWords = /\b(b\.?sc|m\.?sc|b\.?a|m\.?a|mba|ph\.?d|bachelor|master|doctor|diploma|associate|b\.?eng|m\.?eng|бакалавр|магистр|специалист)\b/i;

/** "BSc Computer Science, University of Leeds, 2015" split into degree, field, institution and year. */
export function parseEducation(text: string) {
  const yearMatch = /\b(19[5-9]\d|20\d{2})\b(?!.*\b(19[5-9]\d|20\d{2})\b)/.exec(text);
  const parts = text
    .replace(/\b(19[5-9]\d|20\d{2})\b/g, " ")
    .split(/,|\s[-–—|]\s|\n/)
    .map((p) => p.replace(/[()]/g, " ").replace(/\s+/g, " ").trim())
    .filter(Boolean);
  const institution = parts.find((p) => institutionWords.test(p)) ?? null;
  const rest = parts.filter((p) => p !== institution);
  let degree: string | null = null;
  let field: string | null = null;
  const first = rest[0] ?? null;
  const degreeMatch = first ? degreeWords.exec(first) : null;
  if (first && degreeMatch) {
    const afterDegree = first.slice(degreeMatch.index + degreeMatch[0].length).replace(/^\s*(of|in|degree in)\s+/i, "").trim();
    degree = first.slice(0, degreeMatch.index + degreeMatch[0].length).trim();
    field = afterDegree || rest[1] || null;
  } else {
    degree = first;
    field = rest[1] ?? null;
  }
  return { degree, field, institution, year: yearMatch ? Number(yearMatch[1]) : null };
}

const currentYear = new Date().getUTCFullYear();
const educationSchema = z.preprocess(
  (v) => (typeof v === "string" ? (v.length > 300 ? v : parseEducation(v)) : v),
  z.object({
    degree: z.string().trim().max(200).nullish().transform((v) => v || null),
    field: z.string().trim().max(200).nullish().transform((v) => v || null),
    institution: z.string().trim().max(200).nullish().transform((v) => v || null),
    year: z.number().int().min(1950).max(currentYear + 10).nullish().transform((v) => v ?? null),
  }),
);

const email = z
  .string()
  .trim()
  .max(254)
  .nullish()
  .transform((v) => v?.toLowerCase() || null)
  .pipe(z.email("Not an e-mail address").nullable());

const phone = z
  .string()
  .trim()
  .max(40)
  .nullish()
  .transform((v) => v || null)
  .refine((v) => v === null || (/^[+()\d\s.\-/]+$/.test(v) && v.replace(/\D/g, "").length >= 6 && v.replace(/\D/g, "").length <= 15), "A phone number has 6 to 15 digits, with +, spaces, dots, dashes or brackets");

const httpLink = z
  .string()
  .trim()
  .max(500)
  .transform((v) => (/^[a-z][a-z0-9+.-]*:/i.test(v) ? v : `https://${v}`))
  .pipe(z.url({ protocol: /^https?$/, message: "Links must be http(s) URLs" }));

/** "2026-01-15", or "now" / "immediately" for today. */
const availableFrom = z
  .string()
  .trim()
  .nullish()
  .transform((v) => (v && /^(now|immediately|asap)$/i.test(v) ? new Date().toISOString().slice(0, 10) : v || null))
  .pipe(z.iso.date("A date as YYYY-MM-DD").nullable());

const candidateFields = {
  first_name: z.string().trim().min(1, "First name is required").max(100),
  last_name: z.string().trim().max(100),
  email,
  phone,
  location: optionalText(200),
  title: optionalText(200),
  summary: optionalText(5000),
  skills: listOf(skillInputSchema, 200),
  experience_years: z.number().min(0).max(70).nullish().transform((v) => v ?? null),
  education: z.preprocess((v) => (typeof v === "string" ? [v] : v), z.array(educationSchema).max(30)),
  languages: listOf(languageSchema, 30),
  salary_expectation: z.number().int("Salary is a whole number").min(0).max(100_000_000).nullish().transform((v) => v ?? null),
  salary_currency: z
    .string()
    .trim()
    .nullish()
    .transform((v) => v?.toUpperCase() || null)
    .pipe(z.string().regex(/^[A-Z]{3}$/, "A three-letter ISO currency such as EUR").nullable()),
  available_from: availableFrom,
  links: z.array(httpLink).max(20),
};

const salaryHasCurrency = (v: { salary_expectation?: number | null; salary_currency?: string | null }) => v.salary_expectation == null || !!v.salary_currency;
const salaryCurrencyIssue = { message: "salary_currency is required with salary_expectation", path: ["salary_currency"] };

export const createCandidateSchema = z
  .strictObject({
    ...candidateFields,
    last_name: candidateFields.last_name.default(""),
    skills: candidateFields.skills.default([]),
    education: candidateFields.education.default([]),
    languages: candidateFields.languages.default([]),
    links: candidateFields.links.default([]),
    resume_id: z.uuid("Resume id must be a UUID").optional(),
  })
  .refine(salaryHasCurrency, salaryCurrencyIssue);

/** PATCH: any subset; null clears an optional field. */
export const updateCandidateSchema = z
  .strictObject({ ...candidateFields, resume_id: z.uuid("Resume id must be a UUID") })
  .partial()
  .refine(salaryHasCurrency, salaryCurrencyIssue);

export type CreateCandidateInput = z.output<typeof createCandidateSchema>;
export type UpdateCandidateInput = z.output<typeof updateCandidateSchema>;

export const candidateIdSchema = z.object({ id: z.uuid("Candidate id must be a UUID") });

export const mergeCandidatesSchema = z.strictObject({ duplicate_id: z.uuid("duplicate_id must be a UUID") });

/** GET /api/v1/candidates filters. */
export const candidateListSchema = z.object({
  q: z.string().trim().max(200).optional().transform((v) => v || undefined),
  skills: z
    .string()
    .max(1000)
    .optional()
    .transform((v) => (v ? v.split(",").map((s) => s.trim()).filter(Boolean) : [])),
  min_experience: z.coerce.number().min(0).max(70).optional(),
  location: z.string().trim().max(200).optional().transform((v) => v || undefined),
  duplicates: z.enum(["1", "true"]).optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});

export type CandidateListFilters = z.output<typeof candidateListSchema>;
