import { z } from "zod";
import type { Resume } from "@/db/schema";
import { skillLevels } from "@/lib/skills/levels";
import type { ParsedResume } from "./parse";

export const parsedResumeJson = z.object({
  first_name: z.string().nullable(),
  last_name: z.string().nullable(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  location: z.string().nullable(),
  title: z.string().nullable(),
  summary: z.string().nullable(),
  skills: z.array(z.object({ name: z.string(), level: z.enum(skillLevels) })),
  experience_years: z.number().nullable(),
  education: z.array(z.object({ degree: z.string().nullable(), field: z.string().nullable(), institution: z.string().nullable(), year: z.number().int().nullable() })),
  languages: z.array(z.object({ name: z.string(), level: z.string().nullable() })),
});

export const resumeJson = z.object({
  id: z.uuid(),
  file_name: z.string(),
  media_type: z.string(),
  size_bytes: z.number().int(),
  candidate_id: z.uuid().nullable(),
  created_at: z.iso.datetime(),
  claimed_at: z.iso.datetime().nullable(),
  text: z.string(),
  parsed: parsedResumeJson,
});

/** What POST /api/v1/resumes/parse answers: the draft's id, its text and the fields read from it. */
export const parsedUploadJson = z.object({ resume_id: z.uuid(), text: z.string(), parsed: parsedResumeJson });

/** The parsed fields as the API spells them (snake_case), the shape POST /api/v1/candidates takes back. */
export function parsedForApi(p: ParsedResume): z.infer<typeof parsedResumeJson> {
  return {
    first_name: p.firstName,
    last_name: p.lastName,
    email: p.email,
    phone: p.phone,
    location: p.location,
    title: p.title,
    summary: p.summary,
    skills: p.skills,
    experience_years: p.experienceYears,
    education: p.education,
    languages: p.languages,
  };
}

export function resumeForApi(r: Resume): z.infer<typeof resumeJson> {
  return {
    id: r.id,
    file_name: r.fileName,
    media_type: r.mediaType,
    size_bytes: r.sizeBytes,
    candidate_id: r.candidateId,
    created_at: r.createdAt.toISOString(),
    claimed_at: r.claimedAt?.toISOString() ?? null,
    text: r.text,
    parsed: parsedForApi(r.parsed as unknown as ParsedResume),
  };
}

/** `attachment` with an ASCII fallback name and the UTF-8 one (RFC 6266 / 5987), so "Резюме.pdf" survives. */
export function attachmentDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, "_").replace(/["\\]/g, "_");
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}
