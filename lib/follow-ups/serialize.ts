import type { FollowUpListItem } from "./list";
import type { FollowUpSequence } from "./sequences";

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/** A follow-up as the API shows it, with enough of its application to say what it is about. */
export function followUpForApi(f: FollowUpListItem) {
  return {
    id: f.id,
    application_id: f.applicationId,
    kind: f.kind,
    sequence_id: f.sequenceId,
    step: f.step,
    interview_id: f.interviewId,
    due_at: iso(f.dueAt),
    body: f.body,
    status: f.status,
    completed_at: iso(f.completedAt),
    notified_at: iso(f.notifiedAt),
    created_at: iso(f.createdAt),
    updated_at: iso(f.updatedAt),
    application: {
      id: f.applicationId,
      stage: f.stage,
      stale_since: iso(f.staleSince),
      candidate: { id: f.candidateId, full_name: f.candidateName },
      job: { id: f.jobId, title: f.jobTitle ?? f.externalJob?.title ?? null, company: f.company ?? f.externalJob?.company ?? null, external: f.jobId === null },
    },
  };
}

export type FollowUpView = ReturnType<typeof followUpForApi>;

export function sequenceForApi(s: FollowUpSequence) {
  return { id: s.id, name: s.name, is_default: s.isDefault, steps: s.steps, created_at: iso(s.createdAt), updated_at: iso(s.updatedAt) };
}
