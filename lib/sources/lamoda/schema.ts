import { z } from "zod";

const text = z.string().nullish();
const id = z.union([z.string().min(1), z.number()]).transform(String);

export const lamodaResources = ["jobs", "candidates", "placements"] as const;

/** GET /v1/jobs item (docs/sources/lamoda.md). Enums are read as strings and normalised later. */
export const lamodaJobSchema = z.object({
  id,
  title: z.string().min(1),
  description_html: text,
  company: z.object({ id: id.nullish(), name: text, website: text }).nullish(),
  location: z
    .object({ city: text, region: text, country_code: text, remote: z.boolean().nullish() })
    .nullish(),
  employment: text,
  seniority: text,
  salary: z
    .object({
      min: z.number().nullish(),
      max: z.number().nullish(),
      currency: z.string(),
      period: z.string(),
    })
    .nullish(),
  skills: z.array(z.string()).nullish(),
  apply_url: text,
  published_at: text,
  updated_at: text,
  status: z.enum(["open", "closed"]).nullish(),
});

export type LamodaJob = z.infer<typeof lamodaJobSchema>;

export const lamodaCandidateSchema = z.object({
  id,
  full_name: z.string().min(1),
  email: text,
  headline: text,
  location: z.object({ city: text, country_code: text }).nullish(),
  skills: z.array(z.string()).nullish(),
  experience_years: z.number().nonnegative().nullish(),
  updated_at: text,
});

export type LamodaCandidate = z.infer<typeof lamodaCandidateSchema>;

export const lamodaPlacementSchema = z.object({
  id,
  job_id: id,
  candidate_id: id,
  status: z.enum(["proposed", "interviewing", "hired", "rejected"]),
  updated_at: z.string(),
});

export type LamodaPlacement = z.infer<typeof lamodaPlacementSchema>;

export const lamodaPageSchema = z.object({
  data: z.array(z.unknown()),
  meta: z.object({
    page: z.number().int().positive(),
    per_page: z.number().int().positive(),
    total: z.number().int().nonnegative(),
    total_pages: z.number().int().nonnegative(),
  }),
});

export const lamodaConfigSchema = z.object({
  resources: z.array(z.enum(lamodaResources)).min(1).default(["jobs"]),
  per_page: z.number().int().min(1).max(500).default(100),
  max_pages: z.number().int().min(1).max(10_000).default(100),
});

export type LamodaConfig = z.infer<typeof lamodaConfigSchema>;

export const lamodaCredentialsSchema = z.object({ apiKey: z.string().min(1), apiSecret: z.string().min(1) });
export type LamodaCredentials = z.infer<typeof lamodaCredentialsSchema>;
