import { z } from "zod";
import { applicationStages, followUpKinds, followUpStatuses } from "@/db/schema";
import type { FollowUpListItem } from "./list";
import type { FollowUpSequence } from "./sequences";

const iso = (d: Date | null) => (d ? d.toISOString() : null);

const time = z.iso.datetime();

export const followUpJson = z.object({
  id: z.uuid(),
  application_id: z.uuid(),
  kind: z.enum(followUpKinds),
  sequence_id: z.uuid().nullable(),
  step: z.number().int().nullable(),
  interview_id: z.uuid().nullable(),
  due_at: time.nullable(),
  body: z.string(),
  status: z.enum(followUpStatuses),
  completed_at: time.nullable(),
  notified_at: time.nullable(),
  created_at: time.nullable(),
  updated_at: time.nullable(),
  application: z.object({
    id: z.uuid(),
    stage: z.enum(applicationStages),
    stale_since: time.nullable(),
    candidate: z.object({ id: z.uuid(), full_name: z.string().nullable() }),
    job: z.object({ id: z.uuid().nullable(), title: z.string().nullable(), company: z.string().nullable(), external: z.boolean() }),
  }),
});

/** A follow-up as the API shows it, with enough of its application to say what it is about. */
export function followUpForApi(f: FollowUpListItem): z.infer<typeof followUpJson> {
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
