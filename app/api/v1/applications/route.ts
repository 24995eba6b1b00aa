import { createApplication } from "@/lib/applications/create";
import { createApplicationSchema, listApplicationsSchema } from "@/lib/applications/input";
import { listApplications } from "@/lib/applications/list";
import { applicationListItemForApi } from "@/lib/applications/serialize";
import { pageResponse } from "@/lib/http/pagination";
import { apiRoute } from "@/lib/http/route";

export const GET = apiRoute({ right: "applications:use", query: listApplicationsSchema }, async ({ db, user, query }) => {
  return pageResponse(await listApplications(db, user, query), applicationListItemForApi);
});

export const POST = apiRoute({ right: "applications:use", body: createApplicationSchema }, async ({ db, user, body }) => {
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
