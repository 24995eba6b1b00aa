import { z } from "zod";
import { applicationStages, matchStatuses } from "@/db/schema";
import type { ApplicationView } from "@/lib/applications/export";
import type { JobView } from "@/lib/jobs/export";
import { employmentTypes, jobStatuses, seniorityLevels } from "@/lib/jobs/vocabulary";
import type { MatchView } from "@/lib/matching/export";
import { skillLevels } from "@/lib/skills/levels";

// The rows of a JSON export (the list routes' items) for the OpenAPI document; strict, so
// export.contract.test.ts fails when a serializer gains a field these do not describe.

const isoTime = z.iso.datetime({ offset: true });

export const jobViewSchema = z.strictObject({
  id: z.uuid(),
  title: z.string(),
  company: z.strictObject({ id: z.uuid(), name: z.string().nullable() }).nullable(),
  location: z.string().nullable(),
  country_code: z.string().nullable(),
  remote: z.boolean(),
  employment_type: z.enum(employmentTypes).nullable(),
  level: z.enum(seniorityLevels).nullable(),
  internship: z.boolean(),
  salary: z.strictObject({ min: z.number().nullable(), max: z.number().nullable(), currency: z.string(), period: z.literal("year"), predicted: z.boolean() }).nullable(),
  skills: z.array(z.string()),
  status: z.enum(jobStatuses),
  posted_at: isoTime.nullable(),
}) satisfies z.ZodType<JobView>;

export const candidateViewSchema = z.strictObject({
  id: z.uuid(),
  first_name: z.string(),
  last_name: z.string(),
  full_name: z.string(),
  email: z.string().nullable(),
  title: z.string().nullable(),
  location: z.string().nullable(),
  country_code: z.string().nullable(),
  skills: z.array(z.strictObject({ name: z.string(), level: z.string().nullable().describe(`One of ${skillLevels.join(", ")}, when known`) })),
  experience_years: z.number().nullable(),
  possible_duplicate: z.boolean(),
  updated_at: isoTime.nullable(),
});

const externalJob = z.strictObject({ url: z.string().nullable(), title: z.string(), company: z.string().nullable(), location: z.string().nullable(), description: z.string().nullable() });
const contact = z.strictObject({ name: z.string(), email: z.string().nullable(), phone: z.string().nullable(), role: z.string().nullable() });

export const applicationViewSchema = z.strictObject({
  id: z.uuid(),
  job_id: z.uuid().nullable(),
  job_title: z.string().nullable(),
  company_name: z.string().nullable(),
  external_job: externalJob.nullable(),
  candidate_id: z.uuid(),
  candidate_name: z.string(),
  stage: z.enum(applicationStages),
  stage_changed_at: isoTime.nullable(),
  stale_since: isoTime.nullable(),
  notes: z.string().nullable(),
  contacts: z.array(contact),
  created_at: isoTime.nullable(),
  updated_at: isoTime.nullable(),
}) satisfies z.ZodType<ApplicationView>;

const skillLevel = z.enum(skillLevels);

export const matchViewSchema = z.strictObject({
  id: z.uuid(),
  score: z.number(),
  parts: z.strictObject({ skills: z.number(), experience: z.number(), salary: z.number(), location: z.number() }),
  skills: z.strictObject({
    matching: z.array(z.string()),
    partial: z.array(z.strictObject({ name: z.string(), has: skillLevel, wants: skillLevel })),
    transferable: z.array(z.strictObject({ name: z.string(), via: z.string() })),
    missing: z.array(z.string()),
  }),
  reasons: z.array(z.string()),
  status: z.enum(matchStatuses),
  status_by: z.uuid().nullable(),
  status_at: isoTime.nullable(),
  scored_at: isoTime,
  job: z.strictObject({ id: z.uuid(), title: z.string(), company: z.string().nullable(), location: z.string().nullable(), remote: z.boolean() }),
  candidate: z.strictObject({ id: z.uuid(), full_name: z.string(), title: z.string().nullable(), location: z.string().nullable() }),
}) satisfies z.ZodType<MatchView>;
