import type { InterviewWithContext } from "./queries";
import { interviewEndsAt } from "./thank-you";

/** An interview as the API and the pages receive it. */
export function interviewView(row: InterviewWithContext) {
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
