import { z } from "zod";
import { interviewStatuses, interviewTypes } from "@/db/schema";
import type { InterviewWithContext } from "./queries";
import { interviewEndsAt } from "./thank-you";

const time = z.iso.datetime();

export const interviewJson = z.object({
  id: z.uuid(),
  application_id: z.uuid(),
  type: z.enum(interviewTypes),
  status: z.enum(interviewStatuses),
  starts_at: time,
  ends_at: time,
  duration_minutes: z.number().int(),
  time_zone: z.string(),
  location: z.string().nullable(),
  video_url: z.string().nullable(),
  interviewers: z.array(z.object({ user_id: z.uuid().nullable(), email: z.string(), name: z.string().nullable() })),
  uid: z.string().describe("The iCalendar UID, stable across reschedules"),
  sequence: z.number().int().describe("The iCalendar SEQUENCE, raised by each change"),
  candidate: z.object({ id: z.uuid(), full_name: z.string().nullable() }),
  job: z.object({ id: z.uuid().nullable(), title: z.string().nullable(), company: z.string().nullable() }),
  organizer: z.object({ name: z.string().nullable(), email: z.string() }).nullable(),
  ics_url: z.string(),
  created_at: time,
  updated_at: time,
});

/** An interview as the API and the pages receive it. */
export function interviewView(row: InterviewWithContext): z.infer<typeof interviewJson> {
  const { interview } = row;
  return {
    id: interview.id,
    application_id: interview.applicationId,
    type: interview.type,
    status: interview.status,
    starts_at: interview.startsAt.toISOString(),
    ends_at: interviewEndsAt(interview).toISOString(),
    duration_minutes: interview.durationMinutes,
    time_zone: interview.timeZone,
    location: interview.location,
    video_url: interview.videoUrl,
    interviewers: interview.interviewers.map((i) => ({ user_id: i.user_id, email: i.email, name: i.name })),
    uid: interview.uid,
    sequence: interview.sequence,
    candidate: { id: row.candidateId, full_name: row.candidateName },
    job: { id: row.jobId, title: row.jobTitle, company: row.companyName },
    organizer: row.organizerEmail ? { name: row.organizerName, email: row.organizerEmail } : null,
    ics_url: `/api/v1/interviews/${interview.id}.ics`,
    created_at: interview.createdAt.toISOString(),
    updated_at: interview.updatedAt.toISOString(),
  };
}

export type InterviewView = ReturnType<typeof interviewView>;
