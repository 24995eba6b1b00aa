import { z } from "zod";
import { parseHhDate } from "./dates";

const text = z.string().nullish();
const id = z.union([z.string().min(1), z.number()]).transform(String);
const idName = z.object({ id: z.string(), name: z.string().nullish() });

const salary = z.object({
  from: z.number().nullish(),
  to: z.number().nullish(),
  /** "RUR" for the rouble. */
  currency: text,
  gross: z.boolean().nullish(),
});

/** An item of GET /vacancies, or the fuller GET /vacancies/{id} (description, key_skills). */
export const hhVacancySchema = z.object({
  id,
  name: z.string().min(1),
  area: z.object({ id: id.nullish(), name: z.string() }).nullish(),
  salary: salary.nullish(),
  /** Since 2025, with the period the amount is quoted for. */
  salary_range: salary.extend({ mode: idName.nullish() }).nullish(),
  employer: z.object({ id: id.nullish(), name: text }).nullish(),
  snippet: z.object({ requirement: text, responsibility: text }).nullish(),
  description: text,
  key_skills: z.array(z.object({ name: z.string() })).nullish(),
  schedule: idName.nullish(),
  experience: idName.nullish(),
  employment: idName.nullish(),
  employment_form: idName.nullish(),
  work_format: z.array(idName).nullish(),
  internship: z.boolean().nullish(),
  address: z.object({ city: text }).nullish(),
  /** "2024-07-01T07:48:25+0300": no colon in the offset. */
  published_at: text,
  alternate_url: text,
  apply_alternate_url: text,
  archived: z.boolean().nullish(),
});

export type HhVacancy = z.infer<typeof hhVacancySchema>;

export const hhPageSchema = z.object({
  items: z.array(z.unknown()),
  found: z.number().int().nonnegative(),
  pages: z.number().int().nonnegative(),
  page: z.number().int().nonnegative(),
  per_page: z.number().int().positive(),
});

export const hhConfigSchema = z.object({
  text: z.string().min(1).optional(),
  /** HeadHunter area id: 1 Moscow, 2 Saint Petersburg, 113 Russia... */
  area: z.union([z.string().min(1), z.number().int()]).transform(String).optional(),
  per_page: z.number().int().min(1).max(100).default(100),
  /** How deep one query is paged; a date window holding more than this many pages is split further. */
  max_pages: z.number().int().min(1).max(2000).default(20),
  /**
   * Oldest publication date a run asks for: "2025-07-01" (Moscow midnight) or
   * "2025-07-01T09:00:00+0300". Without it a full run takes everything (see client.ts).
   */
  date_from: z
    .string()
    .refine((value) => parseHhDate(value) !== undefined, { message: "expected YYYY-MM-DD or YYYY-MM-DDThh:mm:ss+hhmm" })
    .optional(),
});

export type HhConfig = z.infer<typeof hhConfigSchema>;

/** HeadHunter refuses requests without an identifying agent: "AppName/1.0 (contact@example.com)". */
export const hhCredentialsSchema = z.object({ userAgent: z.string().min(1) });
export type HhCredentials = z.infer<typeof hhCredentialsSchema>;
