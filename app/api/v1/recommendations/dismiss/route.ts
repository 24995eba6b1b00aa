import { z } from "zod";
import { ValidationError } from "@/lib/errors";
import { apiRoute } from "@/server/route";
import { dismissJob, undoDismissal } from "@/lib/recommendations/dismiss";
import { dismissalInput } from "@/lib/recommendations/input";

/** Dismisses a job from the recommendations: it never comes back, and jobs like it sink. */
export const POST = apiRoute({ doc: { summary: "Dismiss a recommended job", response: z.object({ job_id: z.uuid(), candidate_id: z.uuid(), dismissed: z.literal(true), dismissed_at: z.iso.datetime() }), status: 201, errors: [404] }, right: "recommendations:use", body: dismissalInput }, async ({ db, user, body }) => {
  const done = await dismissJob(db, user, { jobId: body.job_id, candidateId: body.candidate_id });
  return Response.json({ job_id: done.jobId, candidate_id: done.candidateId, dismissed: true, dismissed_at: done.dismissedAt.toISOString() }, { status: 201 });
});

/** Undoes a dismissal; the job is named in the query (`?job_id=`) or a JSON body like POST's. */
export const DELETE = apiRoute(
  { doc: { summary: "Undo a dismissal", response: z.object({ job_id: z.uuid(), candidate_id: z.uuid(), dismissed: z.literal(false) }), errors: [404] }, right: "recommendations:use", query: dismissalInput.partial(), body: dismissalInput.optional() },
  async ({ db, user, query, body }) => {
    const jobId = body?.job_id ?? query.job_id;
    if (!jobId) throw new ValidationError("Query is invalid: job_id: Required", [{ path: "job_id", message: "Required" }]);
    const done = await undoDismissal(db, user, { jobId, candidateId: body?.candidate_id ?? query.candidate_id });
    return { job_id: done.jobId, candidate_id: done.candidateId, dismissed: false };
  },
);
