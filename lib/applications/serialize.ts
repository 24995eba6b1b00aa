import { z } from "zod";
import { applicationStages, type PlacementRow } from "@/db/schema";
import type { Funnel } from "./funnel";
import type { ApplicationDetail } from "./get";
import type { ApplicationSummary } from "./list";

const iso = (d: Date | null) => (d ? d.toISOString() : null);

const time = z.iso.datetime();
const stage = z.enum(applicationStages);

export const placementJson = z.object({
  id: z.uuid(),
  application_id: z.uuid().nullable(),
  job_id: z.uuid().nullable(),
  candidate_id: z.uuid().nullable(),
  status: z.string(),
  start_date: z.string().nullable().describe("YYYY-MM-DD"),
  salary: z.number().nullable(),
  salary_currency: z.string().nullable(),
  source: z.string().nullable(),
  report_state: z.string().describe("Whether the placement was reported back to the marketplace the job came from"),
  report_attempts: z.number().int(),
  report_error: z.string().nullable(),
  reported_at: time.nullable(),
  created_at: time.nullable(),
});

export const applicationListItemJson = z.object({
  id: z.uuid(),
  job_id: z.uuid().nullable(),
  job_title: z.string().nullable(),
  company_name: z.string().nullable(),
  external_job: z
    .object({ url: z.string().nullable(), title: z.string(), company: z.string().nullable(), location: z.string().nullable(), description: z.string().nullable() })
    .nullable()
    .describe("A job found outside the catalogue, when the application is for one"),
  candidate_id: z.uuid(),
  candidate_name: z.string(),
  stage,
  stage_changed_at: time.nullable(),
  stale_since: time.nullable(),
  notes: z.string().nullable(),
  contacts: z.array(z.object({ name: z.string(), email: z.string().nullable(), phone: z.string().nullable(), role: z.string().nullable() })),
  created_at: time.nullable(),
  updated_at: time.nullable(),
});

export const applicationJson = applicationListItemJson.extend({
  time_in_stage_days: z.number(),
  days_per_stage: z.record(z.string(), z.number()),
  allowed_next_stages: z.array(stage),
  history: z.array(
    z.object({
      id: z.uuid(),
      from_stage: stage.nullable(),
      to_stage: stage,
      note: z.string().nullable(),
      actor_id: z.uuid().nullable(),
      actor_name: z.string().nullable(),
      at: time.nullable(),
    }),
  ),
  placement: placementJson.nullable(),
});

export const funnelJson = z.object({
  job_id: z.uuid(),
  total: z.number().int(),
  rejected: z.number().int(),
  withdrawn: z.number().int(),
  stages: z.array(z.object({ stage, reached: z.number().int(), current: z.number().int(), conversion_from_previous: z.number().nullable(), median_days: z.number().nullable() })),
});

/** A placement as the API shows it, with the state of its report to the marketplace. */
export function placementForApi(p: PlacementRow): z.infer<typeof placementJson> {
  return {
    id: p.id,
    application_id: p.applicationId,
    job_id: p.jobId,
    candidate_id: p.candidateId,
    status: p.status,
    start_date: p.startDate,
    salary: p.salary,
    salary_currency: p.salaryCurrency,
    source: p.source,
    report_state: p.reportState,
    report_attempts: p.reportAttempts,
    report_error: p.reportError,
    reported_at: iso(p.reportedAt),
    created_at: iso(p.createdAt),
  };
}

/** An application in a list or on a board. */
export function applicationListItemForApi(s: ApplicationSummary): z.infer<typeof applicationListItemJson> {
  const a = s.application;
  return {
    id: a.id,
    job_id: a.jobId,
    job_title: s.jobTitle ?? a.externalJob?.title ?? null,
    company_name: s.companyName ?? a.externalJob?.company ?? null,
    external_job: a.externalJob,
    candidate_id: a.candidateId,
    candidate_name: s.candidateName,
    stage: a.stage,
    stage_changed_at: iso(a.stageChangedAt),
    stale_since: iso(a.staleSince),
    notes: a.notes,
    contacts: a.contacts,
    created_at: iso(a.createdAt),
    updated_at: iso(a.updatedAt),
  };
}

/** One stage change of an application, with who made it. */
export function applicationEventForApi(h: ApplicationDetail["history"][number]) {
  return { id: h.id, from_stage: h.fromStage, to_stage: h.toStage, note: h.note, actor_id: h.actorId, actor_name: h.actorName, at: iso(h.createdAt) };
}

/** One application with its history, time in stage, the stages it may move to and its placement. */
export function applicationForApi(d: ApplicationDetail): z.infer<typeof applicationJson> {
  return {
    ...applicationListItemForApi(d),
    time_in_stage_days: d.timeInStageDays,
    days_per_stage: d.daysPerStage,
    allowed_next_stages: d.allowedNextStages,
    history: d.history.map(applicationEventForApi),
    placement: d.placement ? placementForApi(d.placement) : null,
  };
}

export function funnelForApi(f: Funnel): z.infer<typeof funnelJson> {
  return {
    job_id: f.jobId,
    total: f.total,
    rejected: f.rejected,
    withdrawn: f.withdrawn,
    stages: f.steps.map((s) => ({ stage: s.stage, reached: s.reached, current: s.current, conversion_from_previous: s.conversionFromPrevious, median_days: s.medianDays })),
  };
}
