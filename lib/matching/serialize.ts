import type { MatchListItem } from "./queries";
import type { MatchExplanation } from "./score";

// The JSON shape of matches: snake_case, the four parts, the skills by kind and the reasons.

export function explanationForApi(e: MatchExplanation) {
  return { score: e.score, parts: e.parts, skills: e.skills, reasons: e.reasons };
}

export type MatchView = ReturnType<typeof matchForApi>;

export function matchForApi(m: MatchListItem) {
  return {
    id: m.id,
    score: m.score,
    parts: { skills: m.skillsScore, experience: m.experienceScore, salary: m.salaryScore, location: m.locationScore },
    skills: m.explanation.skills,
    reasons: m.explanation.reasons,
    status: m.status,
    status_by: m.statusBy,
    status_at: m.statusAt?.toISOString() ?? null,
    scored_at: m.scoredAt.toISOString(),
    job: { id: m.jobId, title: m.jobTitle, company: m.companyName, location: m.jobLocation, remote: m.jobRemote },
    candidate: { id: m.candidateId, full_name: m.candidateName, title: m.candidateTitle, location: m.candidateLocation },
  };
}
