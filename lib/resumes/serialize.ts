import type { Resume } from "@/db/schema";
import type { ParsedResume } from "./parse";

/** The parsed fields as the API spells them (snake_case), the shape POST /api/v1/candidates takes back. */
export function parsedForApi(p: ParsedResume) {
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

export function resumeForApi(r: Resume) {
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
