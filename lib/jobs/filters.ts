import { z } from "zod";
import { employmentTypes, jobStatuses, seniorityLevels } from "@/lib/jobs/vocabulary";
import { pagingSchema } from "@/lib/http/pagination";

const flag = z
  .enum(["true", "false", "1", "0"])
  .transform((v) => v === "true" || v === "1")
  .optional();

/** Job search filters as the API and the Jobs page accept them (query-string values). */
export const jobFiltersSchema = z.object({
  q: z.string().trim().max(200).optional(),
  location: z.string().trim().max(100).optional(),
  remote: flag,
  min_salary: z.coerce.number().int().nonnegative().optional(),
  max_salary: z.coerce.number().int().nonnegative().optional(),
  employment_type: z.enum(employmentTypes).optional(),
  level: z.enum(seniorityLevels).optional(),
  internship: flag,
  source: z.string().trim().max(100).optional(),
  posted_since: z.coerce.date().optional(),
  status: z.enum([...jobStatuses, "any"]).default("open"),
  ...pagingSchema.shape,
});

export type JobFilters = z.infer<typeof jobFiltersSchema>;
