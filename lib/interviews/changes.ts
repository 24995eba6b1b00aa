import { eq, sql } from "drizzle-orm";
import type { Db } from "@/db";
import { applications, candidates, companies, jobs, type InterviewRow } from "@/db/schema";
import { emit, interviewChanged } from "@/lib/events";
import { NotFoundError, UnprocessableError } from "@/lib/errors";
import { pipelineTopic, publish, userTopic } from "@/lib/realtime";
import { parseLocalDateTime } from "./zoned-time";

export type InterviewChange = "scheduled" | "rescheduled" | "cancelled";

/** The application an interview belongs to, locked, with its owner and what the notes name. */
export async function lockApplicationContext(tx: Db, applicationId: string) {
  const [row] = await tx
    .select({
      id: applications.id,
      stage: applications.stage,
      jobId: applications.jobId,
      ownerUserId: candidates.userId,
      jobTitle: sql<string | null>`coalesce(${jobs.title}, ${applications.externalJob}->>'title')`,
      companyName: sql<string | null>`coalesce(${companies.name}, ${applications.externalJob}->>'company')`,
    })
    .from(applications)
    .innerJoin(candidates, eq(candidates.id, applications.candidateId))
    .leftJoin(jobs, eq(jobs.id, applications.jobId))
    .leftJoin(companies, eq(companies.id, jobs.companyId))
    .where(eq(applications.id, applicationId))
    .for("update", { of: applications });
  if (!row) throw new NotFoundError("Application");
  return row;
}

const maxYearsAway = 5;

/** The start instant: an offset time as given, a wall time read in the interview's zone; within a sane range. */
export function resolveStart(text: string, timeZone: string, now: Date): Date {
  const startsAt = parseLocalDateTime(text, timeZone) ?? new Date(text);
  const yearMs = 365.25 * 86_400_000;
  if (Number.isNaN(startsAt.getTime()) || Math.abs(startsAt.getTime() - now.getTime()) > maxYearsAway * yearMs) {
    throw new UnprocessableError(`starts_at must be a real time within ${maxYearsAway} years of now.`, [{ path: "starts_at", message: "Out of range" }]);
  }
  return startsAt;
}

/** Everything an interview change writes besides its rows: the outbox event and notices for open pages. */
export async function announceInterviewChange(tx: Db, interview: InterviewRow, context: { jobId: string | null; ownerUserId: string | null }, change: InterviewChange, actorId: string | null, now: Date): Promise<void> {
  await emit(tx, interviewChanged.create({ interviewId: interview.id, change, actorId }), { now });
  const notice = { type: "interview.changed", interview_id: interview.id, application_id: interview.applicationId, change, starts_at: interview.startsAt.toISOString(), status: interview.status };
  if (context.jobId) await publish(tx, pipelineTopic, notice);
  if (context.ownerUserId) await publish(tx, userTopic(context.ownerUserId), notice);
}
