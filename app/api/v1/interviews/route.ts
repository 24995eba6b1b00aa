import { z } from "zod";
import { apiRoute } from "@/server/route";
import { pageResponse, pageSchema } from "@/lib/http/pagination";
import { listInterviewsQuery, scheduleInterviewSchema } from "@/lib/interviews/input";
import { listInterviews } from "@/lib/interviews/queries";
import { scheduleInterview } from "@/lib/interviews/schedule";
import { interviewJson, interviewView } from "@/lib/interviews/serialize";

export const GET = apiRoute({ doc: { summary: "List interviews", description: "Seekers see those of their own applications.", response: pageSchema(interviewJson) }, right: "interviews:read", query: listInterviewsQuery }, async ({ db, user, query }) => {
  const filters = { applicationId: query.application_id, from: query.from ? new Date(query.from) : undefined, to: query.to ? new Date(query.to) : undefined, status: query.status };
  return pageResponse(await listInterviews(db, user, filters, query), interviewView);
});

export const POST = apiRoute({ doc: { summary: "Schedule an interview", response: z.object({ id: z.uuid() }), status: 201, errors: [404, 409, 422] }, right: "interviews:manage", body: scheduleInterviewSchema }, async ({ db, user, body }) => {
  const interview = await scheduleInterview(db, user, body);
  return Response.json({ id: interview.id }, { status: 201 });
});
