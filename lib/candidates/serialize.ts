import { z } from "zod";
import { duplicateReasons, duplicateStatuses } from "@/db/schema";
import type { DuplicateView } from "./duplicates";
import type { CandidateDetail } from "./get";
import type { CandidateListItem } from "./list";

const iso = (d: Date | null) => (d ? d.toISOString() : null);

const skillsView = (skills: string[], levels: Record<string, string>) => skills.map((name) => ({ name, level: levels[name] ?? null }));

const time = z.iso.datetime();
const skillsJson = z.array(z.object({ name: z.string(), level: z.string().nullable().describe("beginner, intermediate, advanced or expert; null when not known") }));

export const candidateListItemJson = z.object({
  id: z.uuid(),
  first_name: z.string(),
  last_name: z.string(),
  full_name: z.string(),
  email: z.string().nullable(),
  title: z.string().nullable(),
  location: z.string().nullable(),
  country_code: z.string().nullable(),
  skills: skillsJson,
  experience_years: z.number().nullable(),
  possible_duplicate: z.boolean(),
  updated_at: time.nullable(),
});

export const candidateJson = z.object({
  id: z.uuid(),
  first_name: z.string(),
  last_name: z.string(),
  full_name: z.string(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  title: z.string().nullable(),
  summary: z.string().nullable(),
  location: z.string().nullable(),
  city: z.string().nullable(),
  region: z.string().nullable(),
  country_code: z.string().nullable(),
  skills: skillsJson,
  experience_years: z.number().nullable(),
  education: z.array(z.object({ degree: z.string().nullable(), field: z.string().nullable(), institution: z.string().nullable(), year: z.number().int().nullable() })),
  languages: z.array(z.object({ name: z.string(), level: z.string().nullable() })),
  salary_expectation: z.number().nullable(),
  salary_currency: z.string().nullable(),
  available_from: z.string().nullable(),
  links: z.array(z.string()),
  owned_by_seeker: z.boolean(),
  resumes: z.array(z.object({ id: z.uuid(), file_name: z.string(), media_type: z.string(), size_bytes: z.number().int(), url: z.string(), uploaded_at: time.nullable() })),
  sources: z.array(z.object({ source: z.string(), source_id: z.uuid(), type: z.string(), external_id: z.string(), last_seen_at: time.nullable() })),
  possible_duplicate: z.boolean(),
  created_at: time.nullable(),
  updated_at: time.nullable(),
});

export const duplicateJson = z.object({
  id: z.uuid(),
  candidate_id: z.uuid(),
  duplicate: z.object({ id: z.uuid(), full_name: z.string(), email: z.string().nullable(), title: z.string().nullable() }),
  reasons: z.array(z.enum(duplicateReasons)),
  status: z.string().describe(duplicateStatuses.join(" or ")),
  created_at: time.nullable(),
});

/** A candidate in a list, as the API shows it. */
export function candidateListItemForApi(c: CandidateListItem): z.infer<typeof candidateListItemJson> {
  return {
    id: c.id,
    first_name: c.firstName,
    last_name: c.lastName,
    full_name: c.fullName,
    email: c.email,
    title: c.headline,
    location: c.location,
    country_code: c.countryCode,
    skills: skillsView(c.skills, c.skillLevels),
    experience_years: c.yearsExperience,
    possible_duplicate: c.possibleDuplicate,
    updated_at: iso(c.updatedAt),
  };
}

/** One profile as the API shows it: the contract's fields plus resumes, sources and the duplicate flag. */
export function candidateForApi(c: CandidateDetail): z.infer<typeof candidateJson> {
  return {
    id: c.id,
    first_name: c.firstName,
    last_name: c.lastName,
    full_name: c.fullName,
    email: c.email,
    phone: c.phone,
    title: c.headline,
    summary: c.summary,
    location: c.location,
    city: c.city,
    region: c.region,
    country_code: c.countryCode,
    skills: skillsView(c.skills, c.skillLevels),
    experience_years: c.yearsExperience,
    education: c.education,
    languages: c.languages,
    salary_expectation: c.salaryExpectation,
    salary_currency: c.salaryCurrency,
    available_from: c.availableFrom,
    links: c.links,
    owned_by_seeker: c.userId !== null,
    resumes: c.resumes.map((r) => ({ id: r.id, file_name: r.fileName, media_type: r.mediaType, size_bytes: r.sizeBytes, url: `/api/v1/resumes/${r.id}/file`, uploaded_at: iso(r.createdAt) })),
    sources: c.sources.map((s) => ({ source: s.source, source_id: s.sourceId, type: s.type, external_id: s.externalId, last_seen_at: iso(s.lastSeenAt) })),
    possible_duplicate: c.openDuplicates > 0,
    created_at: iso(c.createdAt),
    updated_at: iso(c.updatedAt),
  };
}

export function duplicateForApi(d: DuplicateView): z.infer<typeof duplicateJson> {
  return {
    id: d.id,
    candidate_id: d.candidateId,
    duplicate: { id: d.otherId, full_name: d.otherName, email: d.otherEmail, title: d.otherTitle },
    reasons: d.reasons,
    status: d.status,
    created_at: iso(d.createdAt),
  };
}
