import { pageResponse, wholeList } from "@/lib/http/pagination";
import { apiRoute } from "@/lib/http/route";
import { createSource, createSourceSchema, listSourcesWithStatus } from "@/lib/sync/sources";
import { runForApi } from "@/lib/sync/runs";

export const POST = apiRoute({ right: "sources:manage", body: createSourceSchema }, async ({ db, body }) => {
  const source = await createSource(db, body);
  return Response.json({ id: source.id }, { status: 201, headers: { location: `/api/v1/sources/${source.id}` } });
});

export const GET = apiRoute({ right: "sources:read" }, async ({ db }) => {
  const rows = await listSourcesWithStatus(db);
  return pageResponse(wholeList(rows), ({ source, lastRun, health }) => ({
      id: source.id,
      type: source.type,
      name: source.name,
      config: source.config,
      schedule: source.schedule,
      enabled: source.enabled,
      health,
      last_run: lastRun ? runForApi(lastRun, { sourceName: source.name, sourceType: source.type }) : null,
      created_at: source.createdAt.toISOString(),
  }));
});
