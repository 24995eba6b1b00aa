import { z } from "zod";

const text = z.string().nullish();
const amount = z.union([z.number(), z.string()]).nullish();

/** One result of GET /v1/api/jobs/{country}/search/{page}; unknown keys (e.g. __CLASS__) are ignored. */
export const adzunaJobSchema = z.object({
  id: z.union([z.string().min(1), z.number()]).transform(String),
  title: z.string().min(1),
  description: text,
  created: text,
  company: z.object({ display_name: text }).nullish(),
  location: z.object({ display_name: text, area: z.array(z.string()).nullish() }).nullish(),
  category: z.object({ tag: text, label: text }).nullish(),
  salary_min: amount,
  salary_max: amount,
  // A string "0"/"1" in every capture; numbers and booleans are accepted in case that changes.
  salary_is_predicted: z
    .union([z.string(), z.number(), z.boolean()])
    .nullish()
    .transform((value) => value === "1" || value === 1 || value === true),
  contract_type: text,
  contract_time: text,
  latitude: z.number().nullish(),
  longitude: z.number().nullish(),
  redirect_url: text,
  adref: text,
});

export type AdzunaJob = z.infer<typeof adzunaJobSchema>;

export const adzunaPageSchema = z.object({
  results: z.array(z.unknown()),
  count: z.number().int().nonnegative().optional(),
  mean: z.number().optional(),
});

export const adzunaConfigSchema = z.object({
  /** Two-letter country of the Adzuna site: gb, us, de, ... */
  country: z
    .string()
    .regex(/^[a-zA-Z]{2}$/)
    .transform((value) => value.toLowerCase()),
  what: z.string().min(1).optional(),
  where: z.string().min(1).optional(),
  results_per_page: z.number().int().min(1).max(50).default(50),
  max_pages: z.number().int().min(1).max(2000).default(10),
});

export type AdzunaConfig = z.infer<typeof adzunaConfigSchema>;

export const adzunaCredentialsSchema = z.object({ appId: z.string().min(1), appKey: z.string().min(1) });
export type AdzunaCredentials = z.infer<typeof adzunaCredentialsSchema>;
