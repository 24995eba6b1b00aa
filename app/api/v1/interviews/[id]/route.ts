import { z } from "zod";
import { can } from "@/lib/auth/roles";
import { config } from "@/lib/config";
import { appOrigins } from "@/lib/http/origin";
import { apiRoute } from "@/server/route";
import { cancelInterview } from "@/lib/interviews/cancel";
import { interviewFileName, interviewIcs } from "@/lib/interviews/ics";
import { interviewFileParams, interviewIdParams, rescheduleInterviewSchema } from "@/lib/interviews/input";
import { getInterview } from "@/lib/interviews/queries";
import { rescheduleInterview } from "@/lib/interviews/reschedule";
import { interviewJson, interviewView } from "@/lib/interviews/serialize";

// Next gives `/interviews/<id>.ics` to this same [id] segment, so GET serves both the JSON and the file.
export const GET = apiRoute({ doc: { summary: "One interview, or its calendar file", description: "`/interviews/{id}.ics` answers the event as an iCalendar file (text/calendar).", response: z.object({ data: interviewJson }), alsoContent: ["text/calendar"] }, right: "interviews:read", params: interviewFileParams }, async ({ db, user, params, request }) => {
  const row = await getInterview(db, user, params.id.id);
  if (!params.id.ics) return { data: interviewView(row) };
  const appUrl = can(user.role, "interviews:manage") ? (appOrigins(request, config())[0] ?? null) : null;
  const body = interviewIcs(row, { appUrl });
  return new Response(body, {
    headers: {
      "content-type": "text/calendar; charset=utf-8",
      "content-disposition": `attachment; filename="${interviewFileName(row)}"`,
      "cache-control": "private, no-store",
    },
  });
});

export const PATCH = apiRoute({ doc: { summary: "Reschedule an interview or change its details", response: z.object({ data: interviewJson }), errors: [409, 422] }, right: "interviews:manage", params: interviewIdParams, body: rescheduleInterviewSchema }, async ({ db, user, params, body }) => {
  await rescheduleInterview(db, user, params.id, body);
  return { data: interviewView(await getInterview(db, user, params.id)) };
});

export const DELETE = apiRoute({ doc: { summary: "Cancel an interview", response: z.object({ data: interviewJson }), errors: [409] }, right: "interviews:manage", params: interviewIdParams }, async ({ db, user, params }) => {
  await cancelInterview(db, user, params.id);
  return { data: interviewView(await getInterview(db, user, params.id)) };
});
