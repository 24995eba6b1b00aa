import type { PlacementRow } from "@/db/schema";
import type { Funnel } from "./funnel";
import type { ApplicationDetail } from "./get";
import type { ApplicationSummary } from "./list";

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/** A placement as the API shows it, with the state of its report to the marketplace. */
export function placementForApi(p: PlacementRow) {
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
export function applicationListItemForApi(s: ApplicationSummary) {
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
export function applicationForApi(d: ApplicationDetail) {
  return {
    ...applicationListItemForApi(d),
    time_in_stage_days: d.timeInStageDays,
    days_per_stage: d.daysPerStage,
    allowed_next_stages: d.allowedNextStages,
    history: d.history.map(applicationEventForApi),
    placement: d.placement ? placementForApi(d.placement) : null,
  };
}

export function funnelForApi(f: Funnel) {
  return {
    job_id: f.jobId,
    total: f.total,
    rejected: f.rejected,
    withdrawn: f.withdrawn,
    stages: f.steps.map((s) => ({ stage: s.stage, reached: s.reached, current: s.current, conversion_from_previous: s.conversionFromPrevious, median_days: s.medianDays })),
  };
}
