import { pageResponse, wholeList } from "@/lib/http/pagination";
import { apiRoute } from "@/lib/http/route";
import { createSource, createSourceSchema, listSourceViews } from "@/lib/sync/sources";

export const POST = apiRoute({ right: "sources:manage", body: createSourceSchema }, async ({ db, body }) => {
  const source = await createSource(db, body);
  return Response.json({ id: source.id }, { status: 201, headers: { location: `/api/v1/sources/${source.id}` } });
});

export const GET = apiRoute({ right: "sources:read" }, async ({ db }) => {
  return pageResponse(wholeList(await listSourceViews(db)), (view) => view);
});
