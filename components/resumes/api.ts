import type { CandidateEducation, CandidateLanguage } from "@/db/schema";
import type { SkillLevel } from "@/lib/skills/levels";

export type ParsedFields = {
  first_name: string | null;
  last_name: string | null;
  email: string | null;
  phone: string | null;
  location: string | null;
  title: string | null;
  summary: string | null;
  skills: { name: string; level: SkillLevel }[];
  experience_years: number | null;
  education: CandidateEducation[];
  languages: CandidateLanguage[];
};

export type ParseResult = { resume_id: string; text: string; parsed: ParsedFields };

export class UploadError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

// What each refusal means to the person uploading, beside the server's own sentence.
const headlines: Record<string, string> = {
  resume_no_text: "This file has no text we can read",
  resume_encrypted: "This file is password-protected",
  resume_type_mismatch: "This file is not what its name says",
  resume_unsupported_type: "We cannot read this kind of file",
  resume_unreadable: "This file looks damaged",
  payload_too_large: "This file is too large",
  rate_limited: "Too many uploads at once",
};

export function headlineFor(err: UploadError): string {
  return headlines[err.code] ?? (err.status >= 500 ? "Something went wrong on our side" : "The upload was refused");
}

async function errorFrom(status: number, body: unknown): Promise<UploadError> {
  const error = (body as { error?: { code?: string; message?: string } } | null)?.error;
  return new UploadError(status, error?.code ?? "unknown", error?.message ?? `The request failed (${status}).`);
}

/** Uploads with XMLHttpRequest, because fetch cannot report upload progress; `onProgress` gets 0..1. */
export function uploadResume(file: File, onProgress: (fraction: number) => void): Promise<ParseResult> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", "/api/v1/resumes/parse");
    xhr.responseType = "json";
    xhr.upload.onprogress = (e) => e.lengthComputable && onProgress(e.loaded / e.total);
    xhr.onload = async () => (xhr.status === 200 ? resolve(xhr.response as ParseResult) : reject(await errorFrom(xhr.status, xhr.response)));
    xhr.onerror = () => reject(new UploadError(0, "network", "The connection dropped; check it and try again."));
    const form = new FormData();
    form.append("file", file);
    xhr.send(form);
  });
}

/** The body of POST /api/v1/candidates: empty fields left out rather than sent as blanks. */
export function candidateBody(fields: ParsedFields, resumeId: string) {
  const text = (v: string | null) => (v && v.trim() ? v.trim() : undefined);
  return {
    first_name: fields.first_name?.trim() ?? "",
    last_name: fields.last_name?.trim() ?? "",
    email: text(fields.email),
    phone: text(fields.phone),
    location: text(fields.location),
    title: text(fields.title),
    summary: text(fields.summary),
    skills: fields.skills.filter((s) => s.name.trim()).map((s) => ({ name: s.name.trim(), level: s.level })),
    experience_years: fields.experience_years ?? undefined,
    education: fields.education.filter((e) => e.degree || e.field || e.institution),
    languages: fields.languages.filter((l) => l.name.trim()),
    resume_id: resumeId,
  };
}

export async function saveCandidate(fields: ParsedFields, resumeId: string): Promise<{ id: string }> {
  const res = await fetch("/api/v1/candidates", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(candidateBody(fields, resumeId)) });
  const body = await res.json().catch(() => null);
  if (!res.ok) throw await errorFrom(res.status, body);
  return body as { id: string };
}
