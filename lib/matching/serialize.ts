import { z } from "zod";
import { matchStatuses } from "@/db/schema";
import { skillLevels } from "@/lib/skills/levels";
import type { MatchListItem } from "./queries";
import type { MatchExplanation } from "./score";

// The JSON shape of matches: snake_case, the four parts, the skills by kind and the reasons.

const time = z.iso.datetime();
const share = z.number().min(0).max(1);

export const matchPartsJson = z.object({ skills: share, experience: share, salary: share, location: share });
export const matchSkillsJson = z.object({
  matching: z.array(z.string()),
  partial: z.array(z.object({ name: z.string(), has: z.enum(skillLevels), wants: z.enum(skillLevels) })),
  transferable: z.array(z.object({ name: z.string(), via: z.string() })),
  missing: z.array(z.string()),
});

/** A score with its four parts, the skills by kind and the reasons, in words. */
export const explanationJson = z.object({ score: z.number(), parts: matchPartsJson, skills: matchSkillsJson, reasons: z.array(z.string()) });

export const matchJson = z.object({
  id: z.uuid(),
  score: z.number(),
  parts: matchPartsJson,
  skills: matchSkillsJson,
  reasons: z.array(z.string()),
  status: z.enum(matchStatuses),
  status_by: z.uuid().nullable(),
  status_at: time.nullable(),
  scored_at: time,
  job: z.object({ id: z.uuid(), title: z.string(), company: z.string().nullable(), location: z.string().nullable(), remote: z.boolean() }),
  candidate: z.object({ id: z.uuid(), full_name: z.string(), title: z.string().nullable(), location: z.string().nullable() }),
});

/** What shortlisting or dismissing a match answers. */
export const matchDecisionJson = z.object({ id: z.uuid(), status: z.enum(matchStatuses), status_by: z.uuid().nullable(), status_at: time.nullable() });

export function explanationForApi(e: MatchExplanation): z.infer<typeof explanationJson> {
  return { score: e.score, parts: e.parts, skills: e.skills, reasons: e.reasons };
}

/** A match as the API shows it (matchJson). */
export type MatchView = z.infer<typeof matchJson>;

export function matchForApi(m: MatchListItem): z.infer<typeof matchJson> {
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
