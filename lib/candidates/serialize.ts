import type { DuplicateView } from "./duplicates";
import type { CandidateDetail } from "./get";
import type { CandidateListItem } from "./list";

const iso = (d: Date | null) => (d ? d.toISOString() : null);

const skillsView = (skills: string[], levels: Record<string, string>) => skills.map((name) => ({ name, level: levels[name] ?? null }));

/** A candidate in a list, as the API shows it. */
export function candidateListItemForApi(c: CandidateListItem) {
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
export function candidateForApi(c: CandidateDetail) {
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

export function duplicateForApi(d: DuplicateView) {
  return {
    id: d.id,
    candidate_id: d.candidateId,
    duplicate: { id: d.otherId, full_name: d.otherName, email: d.otherEmail, title: d.otherTitle },
    reasons: d.reasons,
    status: d.status,
    created_at: iso(d.createdAt),
  };
}
