import { z } from "zod";

const text = z.string().nullish();

/** A posting of GET /v0/postings/{site}?mode=json. */
export const leverPostingSchema = z.object({
  id: z.string().min(1),
  /** The title. */
  text: z.string().min(1),
  categories: z
    .object({
      location: text,
      commitment: text,
      team: text,
      department: text,
      allLocations: z.array(z.string()).nullish(),
    })
    .nullish(),
  /** ISO 3166-1 alpha-2. */
  country: text,
  workplaceType: text,
  description: text,
  descriptionPlain: text,
  lists: z.array(z.object({ text: text, content: text })).nullish(),
  additional: text,
  additionalPlain: text,
  hostedUrl: text,
  applyUrl: text,
  salaryRange: z
    .object({ currency: text, interval: text, min: z.number().nullish(), max: z.number().nullish() })
    .nullish(),
  /** Epoch milliseconds. */
  createdAt: z.number().nullish(),
  updatedAt: z.number().nullish(),
});

export type LeverPosting = z.infer<typeof leverPostingSchema>;

/** Lever answers with a bare array of postings. */
export const leverPageSchema = z.array(z.unknown());

export const leverConfigSchema = z.object({
  site: z.string().regex(/^[A-Za-z0-9_.-]+$/, "a Lever site is letters, digits, ., - and _"),
  /** Postings do not name their employer; defaults to the site name in words ("copperleaf-analytics" -> "Copperleaf Analytics"). */
  company_name: z.string().trim().min(1).max(200).optional(),
  limit: z.number().int().min(1).max(500).default(100),
  max_pages: z.number().int().min(1).max(1000).default(50),
});

export type LeverConfig = z.infer<typeof leverConfigSchema>;

export const leverCredentialsSchema = z.object({});
