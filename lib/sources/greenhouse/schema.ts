import { z } from "zod";

const text = z.string().nullish();
const named = z.object({ id: z.union([z.number(), z.string()]).nullish(), name: z.string().nullish() });

/** A job of GET /v1/boards/{token}/jobs?content=true (and the legacy /embed/jobs shape). */
export const greenhouseJobSchema = z.object({
  id: z.union([z.number(), z.string().min(1)]).transform(String),
  /** Shared by the posts of one job in several locations. */
  internal_job_id: z.union([z.number(), z.string()]).nullish(),
  title: z.string().min(1),
  updated_at: text,
  first_published: text,
  requisition_id: text,
  company_name: text,
  location: z.object({ name: text }).nullish(),
  absolute_url: text,
  /** Entity-escaped HTML: "&lt;p&gt;...". */
  content: text,
  departments: z.array(named).nullish(),
  offices: z.array(named.extend({ location: text })).nullish(),
});

export type GreenhouseJob = z.infer<typeof greenhouseJobSchema>;

export const greenhousePageSchema = z.object({
  jobs: z.array(z.unknown()),
  meta: z.object({ total: z.number().int().nonnegative() }).nullish(),
});

export const greenhouseConfigSchema = z.object({
  board_token: z.string().regex(/^[A-Za-z0-9_-]+$/, "a board token is letters, digits, - and _"),
  /** Used when a job does not name its company; defaults to the board token in words. */
  company_name: z.string().trim().min(1).max(200).optional(),
});

export type GreenhouseConfig = z.infer<typeof greenhouseConfigSchema>;

export const greenhouseCredentialsSchema = z.object({});
