import { z } from "zod";
import { pageResponse, pageSchema, wholeList } from "@/lib/http/pagination";
import { apiRoute } from "@/server/route";
import { createSource, createSourceSchema, listSourceViews, sourceJson } from "@/lib/sync/sources";

export const POST = apiRoute({ doc: { summary: "Add a job source", response: z.object({ id: z.uuid() }), status: 201, errors: [409, 422] }, right: "sources:manage", body: createSourceSchema }, async ({ db, body }) => {
  const source = await createSource(db, body);
  return Response.json({ id: source.id }, { status: 201, headers: { location: `/api/v1/sources/${source.id}` } });
});

export const GET = apiRoute({ doc: { summary: "Every job source with its last run and health", response: pageSchema(sourceJson) }, right: "sources:read" }, async ({ db }) => {
  return pageResponse(wholeList(await listSourceViews(db)), (view) => view);
});
