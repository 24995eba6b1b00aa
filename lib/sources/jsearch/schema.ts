import { z } from "zod";

const text = z.string().nullish();
const amount = z.union([z.number(), z.string()]).nullish();

/** One item of GET /search `data[]`, current (2025) and older shapes alike. */
export const jsearchJobSchema = z.object({
  job_id: z.string().min(1),
  job_title: z.string().min(1),
  employer_name: text,
  employer_website: text,
  job_publisher: text,
  /** "Full-time" since 2025, "FULLTIME" before. */
  job_employment_type: text,
  /** May repeat a value: ["CONTRACTOR", "CONTRACTOR"]. */
  job_employment_types: z.array(z.string()).nullish(),
  job_apply_link: text,
  job_description: text,
  job_is_remote: z.boolean().nullish(),
  job_posted_at_timestamp: z.number().nullish(),
  job_posted_at_datetime_utc: text,
  job_location: text,
  job_city: text,
  job_state: text,
  job_country: text,
  job_min_salary: amount,
  job_max_salary: amount,
  job_salary_period: text,
  job_salary_currency: text,
  job_required_skills: z.array(z.string()).nullish(),
});

export type JSearchJob = z.infer<typeof jsearchJobSchema>;

export const jsearchPageSchema = z.object({
  status: z.literal("OK"),
  request_id: z.string().optional(),
  data: z.array(z.unknown()),
});

export const jsearchDatePostedValues = ["all", "today", "3days", "week", "month"] as const;

export const jsearchConfigSchema = z.object({
  query: z.string().min(1),
  country: z.string().regex(/^[a-zA-Z]{2}$/).optional(),
  /** Pages of 10 that one request returns (each costs a request of quota). */
  num_pages: z.number().int().min(1).max(20).default(1),
  /** Pages to fetch in all, across requests. */
  max_pages: z.number().int().min(1).max(100).default(5),
});

export type JSearchConfig = z.infer<typeof jsearchConfigSchema>;

export const jsearchCredentialsSchema = z.object({ rapidApiKey: z.string().min(1) });
export type JSearchCredentials = z.infer<typeof jsearchCredentialsSchema>;
