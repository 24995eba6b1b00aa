import { z } from "zod";
import { createApplication } from "@/lib/applications/create";
import { createApplicationSchema, listApplicationsSchema } from "@/lib/applications/input";
import { listApplications } from "@/lib/applications/list";
import { applicationListItemForApi, applicationListItemJson } from "@/lib/applications/serialize";
import { pageResponse, pageSchema } from "@/lib/http/pagination";
import { apiRoute } from "@/server/route";

export const GET = apiRoute({ doc: { summary: "List applications", description: "Seekers see their own; recruiters and admins everyone's.", response: pageSchema(applicationListItemJson) }, right: "applications:use", query: listApplicationsSchema }, async ({ db, user, query }) => {
  return pageResponse(await listApplications(db, user, query), applicationListItemForApi);
});

export const POST = apiRoute({ doc: { summary: "Create an application", description: "For a catalogue job (`job_id`) or one found elsewhere (`external_job`).", response: z.object({ id: z.uuid() }), status: 201, errors: [404, 409, 422] }, right: "applications:use", body: createApplicationSchema }, async ({ db, user, body }) => {
  const created = await createApplication(db, user, {
    jobId: body.job_id,
    candidateId: body.candidate_id,
    externalJob: body.external_job,
    stage: body.stage,
    notes: body.notes,
    allowRepost: body.allow_repost,
  });
  return Response.json({ id: created.id }, { status: 201 });
});
