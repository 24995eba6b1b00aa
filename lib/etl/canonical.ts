import { z } from "zod";
import { employmentTypes, seniorityLevels } from "@/lib/jobs/vocabulary";
import { safeHttpUrl } from "@/lib/links/safe-http-url";
import { skillLevels } from "@/lib/skills/levels";

/** A link shown to users: http(s) or nothing. */
const httpUrl = z.string().nullable().transform(safeHttpUrl);

// The one shape every connector's transform produces and the load stage consumes.
export { employmentTypes, seniorityLevels, sourceTypes, type EmploymentType, type SeniorityLevel, type SourceType } from "@/lib/jobs/vocabulary";

export const canonicalJobSchema = z.object({
  /** The source's own id for the record, unique within one source. */
  externalId: z.string().min(1),
  title: z.string().min(1),
  /** Plain text: entities unescaped, tags stripped, whitespace folded. */
  description: z.string(),
  companyName: z.string().min(1).nullable(),
  companyWebsite: httpUrl.default(null),
  applyUrl: httpUrl,
  location: z.object({
    /** Human-readable, as shown in lists. */
    display: z.string().nullable(),
    city: z.string().nullable(),
    region: z.string().nullable(),
    /** ISO 3166-1 alpha-2, upper case. */
    countryCode: z.string().length(2).nullable(),
    remote: z.boolean(),
  }),
  salary: z
    .object({
      /** Annual amounts in whole units of `currency`. */
      minAnnual: z.number().int().nonnegative().nullable(),
      maxAnnual: z.number().int().nonnegative().nullable(),
      currency: z.string().length(3),
      /** The period the source quoted, before annualising. */
      period: z.enum(["hour", "day", "week", "month", "year"]),
      predicted: z.boolean(),
    })
    .nullable(),
  employmentType: z.enum(employmentTypes).nullable(),
  level: z.enum(seniorityLevels).nullable(),
  internship: z.boolean(),
  skills: z.array(z.string()),
  /** The least years of experience the posting asks for ("5+ years"), when it says. */
  experienceYearsMin: z.number().int().nonnegative().nullable().default(null),
  /** Each skill with the level and necessity the posting states or its seniority implies. */
  skillRequirements: z
    .array(z.object({ name: z.string().min(1), level: z.enum(skillLevels), required: z.boolean() }))
    .default([]),
  /** O*NET-SOC code of the occupation the title means (lib/skills normaliseTitle). */
  occupationCode: z.string().nullable().default(null),
  postedAt: z.date().nullable(),
  /** When the source last changed the record, if it says. */
  sourceUpdatedAt: z.date().nullable(),
  /** The source's id for one opening posted in several places (Greenhouse internal_job_id). */
  sourceGroupId: z.string().nullable().default(null),
});

export type CanonicalJob = z.infer<typeof canonicalJobSchema>;

export const canonicalCandidateSchema = z.object({
  externalId: z.string().min(1),
  fullName: z.string().min(1),
  email: z.string().nullable(),
  headline: z.string().nullable(),
  location: z.string().nullable(),
  countryCode: z.string().length(2).nullable(),
  skills: z.array(z.string()),
  yearsExperience: z.number().nonnegative().nullable(),
  sourceUpdatedAt: z.date().nullable(),
});

export type CanonicalCandidate = z.infer<typeof canonicalCandidateSchema>;
