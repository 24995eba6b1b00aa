import { z } from "zod";
import { applicationStages } from "@/db/schema";
import { pagingSchema } from "@/lib/http/pagination";
import { optionalText } from "@/lib/input/fields";
import { openStages } from "./stages";

// The applications API contract (snake_case at the edge); lib verbs take camelCase.

const uuid = z.string().uuid("Must be an id (UUID)");
const httpUrl = z
  .string()
  .trim()
  .max(2000)
  .url()
  .refine((u) => /^https?:\/\//i.test(u), "Must be an http(s) URL");

export const applicationIdSchema = z.object({ id: uuid });

export const externalJobSchema = z.object({
  url: httpUrl.nullish().transform((v) => v ?? null),
  title: z.string().trim().min(1, "Title is required").max(300),
  company: optionalText(300),
  location: optionalText(300),
  description: optionalText(20_000),
});

export const createApplicationSchema = z.object({
  job_id: uuid.optional(),
  candidate_id: uuid.optional(),
  external_job: externalJobSchema.optional(),
  stage: z.enum(openStages).optional(),
  notes: optionalText(10_000),
  allow_repost: z.boolean().optional(),
});

export const moveApplicationSchema = z.object({
  status: z.enum(applicationStages),
  note: optionalText(2000),
});

const contactSchema = z.object({
  name: z.string().trim().min(1, "Name is required").max(200),
  email: z.string().trim().max(320).email().nullish().transform((v) => v ?? null),
  phone: optionalText(50),
  role: optionalText(200),
});

export const updateApplicationSchema = z
  .object({
    // Absent leaves the notes alone; null or "" clears them.
    notes: z
      .string()
      .trim()
      .max(10_000)
      .nullable()
      .optional()
      .transform((v) => (v === undefined ? undefined : v || null)),
    contacts: z.array(contactSchema).max(50).optional() })
  .refine((v) => v.notes !== undefined || v.contacts !== undefined, "Give notes or contacts");

export const listApplicationsSchema = z.object({
  job_id: uuid.optional(),
  candidate_id: uuid.optional(),
  stage: z.enum(applicationStages).optional(),
  page: pagingSchema.shape.page,
  limit: pagingSchema.shape.limit,
});

export type ListApplicationsFilters = z.infer<typeof listApplicationsSchema>;
export type UpdateApplicationInput = z.infer<typeof updateApplicationSchema>;
