import { z } from "zod";
import { placementForApi, placementJson } from "@/lib/applications/serialize";
import { pageResponse, pageSchema } from "@/lib/http/pagination";
import { apiRoute } from "@/server/route";
import { listPlacementsSchema, recordPlacementSchema } from "@/lib/placements/input";
import { listPlacements, recordPlacement } from "@/lib/placements/record";

export const GET = apiRoute({ doc: { summary: "List placements", response: pageSchema(placementJson.extend({ job_title: z.string().nullable(), candidate_name: z.string().nullable() })) }, right: "placements:read", query: listPlacementsSchema }, async ({ db, query }) => {
  return pageResponse(await listPlacements(db, query.page, query.limit), (row) => ({ ...placementForApi(row.placement), job_title: row.jobTitle, candidate_name: row.candidateName }));
});

export const POST = apiRoute({ doc: { summary: "Record a placement for a hired application", description: "201 when recorded, 200 when it already was.", response: z.object({ data: placementJson }), status: 201, errors: [404, 409, 422] }, right: "placements:manage", body: recordPlacementSchema }, async ({ db, user, body }) => {
  const { placement, created } = await recordPlacement(db, user, body.application_id, {
    startDate: body.start_date,
    salary: body.salary,
    salaryCurrency: body.salary_currency,
    source: body.source,
  });
  return Response.json({ data: placementForApi(placement) }, { status: created ? 201 : 200 });
});
