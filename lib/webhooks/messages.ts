import { eq, inArray } from "drizzle-orm";
import type { Db } from "@/db";
import { applications, candidates, companies, interviews, jobs, placements, type WebhookEventType } from "@/db/schema";
import * as events from "@/lib/events/definitions";

/** The JSON body of every webhook message. */
export type WebhookMessage = { type: WebhookEventType; timestamp: string; data: Record<string, unknown> };

/** An outbox event as the fan-out function sees it. */
export type SourceEvent = { id: string; name: string; data: unknown; ts: number };

/** The outbox events that become webhook messages. */
export const webhookSourceEvents = [
  events.applicationStageChanged,
  events.interviewChanged,
  events.placementCreated,
  events.syncFailed,
  events.syncCompleted,
  events.jobsCreated,
  events.jobsExpired,
  events.candidatesCreated,
  events.matchesCreated,
] as const;

const iso = (d: Date | null | undefined) => (d ? d.toISOString() : null);

async function jobSummaries(db: Db, ids: string[]) {
  const rows = await db
    .select({ job: jobs, companyName: companies.name })
    .from(jobs)
    .leftJoin(companies, eq(companies.id, jobs.companyId))
    .where(inArray(jobs.id, ids));
  return rows.map(({ job, companyName }) => ({
    id: job.id,
    title: job.title,
    company: job.companyId ? { id: job.companyId, name: companyName } : null,
    location: job.locationDisplay,
    country_code: job.countryCode,
    remote: job.remote,
    level: job.level,
    employment_type: job.employmentType,
    status: job.status,
    origin: job.origin,
    apply_url: job.applyUrl,
    posted_at: iso(job.postedAt),
    created_at: iso(job.createdAt),
  }));
}

/**
 * The webhook message an outbox event stands for, or null when it stands for none (an
 * interview rescheduled or cancelled). Rows are read now, so a message shows them as they are
 * when it is built; the body is then stored and every retry sends the same bytes.
 */
export async function webhookMessageFor(db: Db, event: SourceEvent): Promise<WebhookMessage | null> {
  const timestamp = new Date(event.ts).toISOString();
  const message = (type: WebhookEventType, data: Record<string, unknown>): WebhookMessage => ({ type, timestamp, data });
  switch (event.name) {
    case events.applicationStageChanged.name: {
      const d = events.applicationStageChanged.schema.parse(event.data);
      const [app] = await db.select({ candidateId: applications.candidateId, jobId: applications.jobId }).from(applications).where(eq(applications.id, d.applicationId));
      const data = { application_id: d.applicationId, candidate_id: app?.candidateId ?? null, job_id: app?.jobId ?? null, actor_id: d.actorId };
      return d.fromStage === null
        ? message("application.created", { ...data, stage: d.toStage })
        : message("application.status_changed", { ...data, from_stage: d.fromStage, to_stage: d.toStage });
    }
    case events.interviewChanged.name: {
      const d = events.interviewChanged.schema.parse(event.data);
      if (d.change !== "scheduled") return null;
      const [row] = await db.select().from(interviews).where(eq(interviews.id, d.interviewId));
      if (!row) return null;
      return message("interview.scheduled", {
        interview_id: row.id,
        application_id: row.applicationId,
        type: row.type,
        starts_at: iso(row.startsAt),
        duration_minutes: row.durationMinutes,
        time_zone: row.timeZone,
        location: row.location,
        actor_id: d.actorId,
      });
    }
    case events.placementCreated.name: {
      const d = events.placementCreated.schema.parse(event.data);
      const [row] = await db.select().from(placements).where(eq(placements.id, d.placementId));
      if (!row) return null;
      return message("placement.created", {
        placement_id: row.id,
        application_id: row.applicationId,
        job_id: row.jobId,
        candidate_id: row.candidateId,
        start_date: row.startDate,
        salary: row.salary,
        salary_currency: row.salaryCurrency,
      });
    }
    case events.syncFailed.name: {
      const d = events.syncFailed.schema.parse(event.data);
      return message("sync.failed", { run_id: d.runId, source_id: d.sourceId, error: d.error });
    }
    case events.syncCompleted.name: {
      const d = events.syncCompleted.schema.parse(event.data);
      return message("sync.completed", { run_id: d.runId, source_id: d.sourceId, status: d.status, fetched: d.fetched, inserted: d.inserted, updated: d.updated, failed: d.failed });
    }
    case events.jobsCreated.name: {
      const d = events.jobsCreated.schema.parse(event.data);
      return message("job.created", { source_id: d.sourceId, run_id: d.runId, jobs: await jobSummaries(db, d.jobIds) });
    }
    case events.jobsExpired.name: {
      const d = events.jobsExpired.schema.parse(event.data);
      return message("job.expired", { jobs: await jobSummaries(db, d.jobIds) });
    }
    case events.candidatesCreated.name: {
      const d = events.candidatesCreated.schema.parse(event.data);
      const rows = await db
        .select({ id: candidates.id, fullName: candidates.fullName, createdAt: candidates.createdAt })
        .from(candidates)
        .where(inArray(candidates.id, d.candidateIds));
      return message("candidate.created", { candidates: rows.map((c) => ({ id: c.id, full_name: c.fullName, created_at: iso(c.createdAt) })) });
    }
    case events.matchesCreated.name: {
      const d = events.matchesCreated.schema.parse(event.data);
      return message("match.created", { matches: d.matches.map((m) => ({ job_id: m.jobId, candidate_id: m.candidateId, score: m.score })) });
    }
    default:
      return null;
  }
}
