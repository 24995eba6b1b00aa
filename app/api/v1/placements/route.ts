import { placementForApi } from "@/lib/applications/serialize";
import { pageResponse } from "@/lib/http/pagination";
import { apiRoute } from "@/lib/http/route";
import { listPlacementsSchema, recordPlacementSchema } from "@/lib/placements/input";
import { listPlacements, recordPlacement } from "@/lib/placements/record";

export const GET = apiRoute({ right: "placements:read", query: listPlacementsSchema }, async ({ db, query }) => {
  return pageResponse(await listPlacements(db, query.page, query.limit), (row) => ({ ...placementForApi(row.placement), job_title: row.jobTitle, candidate_name: row.candidateName }));
});

export const POST = apiRoute({ right: "placements:manage", body: recordPlacementSchema }, async ({ db, user, body }) => {
  const { placement, created } = await recordPlacement(db, user, body.application_id, {
    startDate: body.start_date,
    salary: body.salary,
    salaryCurrency: body.salary_currency,
    source: body.source,
  });
  return Response.json({ data: placementForApi(placement) }, { status: created ? 201 : 200 });
});
