import { z } from "zod";
import { optionalText, skillLevelInput } from "@/lib/input/fields";
import { normaliseEmploymentType, parseDeclaredLevel } from "@/lib/etl/normalize";
import { employmentTypes, seniorityLevels } from "@/lib/jobs/vocabulary";
import { skillLevels } from "@/lib/skills/levels";

// A recruiter's own opening: the contract of POST /api/v1/jobs and PATCH /api/v1/jobs/{id}.

/** "Full-time", "full_time", "Contract" as the catalogue's employment types. */
const employmentType = z
  .string()
  .max(40)
  .nullish()
  .transform((v, ctx) => {
    if (!v) return null;
    const type = normaliseEmploymentType(v);
    if (!type) ctx.addIssue({ code: "custom", message: `Employment type must be one of ${employmentTypes.join(", ")}` });
    return type;
  });

/** "Senior", "mid", "Middle" as the catalogue's seniority levels. */
const level = z
  .string()
  .max(40)
  .nullish()
  .transform((v, ctx) => {
    if (!v) return null;
    const known = (seniorityLevels as readonly string[]).includes(v.trim().toLowerCase()) ? (v.trim().toLowerCase() as (typeof seniorityLevels)[number]) : parseDeclaredLevel(v);
    if (!known) ctx.addIssue({ code: "custom", message: `Level must be one of ${seniorityLevels.join(", ")}` });
    return known;
  });

const skill = z.preprocess(
  (v) => (typeof v === "string" ? { name: v } : v),
  z.object({ name: z.string().trim().min(1, "Skill name is empty").max(100), level: skillLevelInput, required: z.boolean().default(true) }),
);

const money = z.number().int("Salary is a whole number (annual)").min(0).max(100_000_000).nullish().transform((v) => v ?? null);

const jobFields = {
  title: z.string().trim().min(2, "Title is required").max(200),
  description: z.string().trim().min(1, "Description is required").max(50_000),
  company: optionalText(200),
  location: optionalText(200),
  remote: z.boolean(),
  employment_type: employmentType,
  level,
  salary_min: money,
  salary_max: money,
  salary_currency: z
    .string()
    .trim()
    .nullish()
    .transform((v) => v?.toUpperCase() || null)
    .pipe(z.string().regex(/^[A-Z]{3}$/, "A three-letter ISO currency such as EUR").nullable()),
  skills: z.array(skill).max(100),
  experience_years_min: z.number().int("Whole years").min(0).max(50).nullish().transform((v) => v ?? null),
};

type SalaryFields = { salary_min?: number | null; salary_max?: number | null; salary_currency?: string | null };
const salaryOrdered = (v: SalaryFields) => v.salary_min == null || v.salary_max == null || v.salary_min <= v.salary_max;
const salaryHasCurrency = (v: SalaryFields) => (v.salary_min == null && v.salary_max == null) || !!v.salary_currency;

export const createJobSchema = z
  .strictObject({ ...jobFields, remote: jobFields.remote.default(false), skills: jobFields.skills.optional() })
  .refine(salaryOrdered, { message: "salary_min must not exceed salary_max", path: ["salary_min"] })
  .refine(salaryHasCurrency, { message: "salary_currency is required with a salary", path: ["salary_currency"] });

/** PATCH: the fields present change; the salary checks run again on the merged job. */
export const updateJobSchema = z.strictObject(jobFields).partial();

export type CreateJobInput = z.output<typeof createJobSchema>;
export type UpdateJobInput = z.output<typeof updateJobSchema>;
export type JobSkillInput = { name: string; level: (typeof skillLevels)[number] | null; required: boolean };

export const jobIdSchema = z.object({ id: z.uuid("Job id must be a UUID") });
