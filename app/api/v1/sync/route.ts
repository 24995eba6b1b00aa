import { apiRoute } from "@/server/route";
import { requestSync, syncRequestSchema, syncRequestedJson } from "@/lib/sync/runs";
import { findSource } from "@/lib/sync/sources";

export const POST = apiRoute({ doc: { summary: "Start a sync of a source", description: "Runs in the background; poll the run at its Location.", response: syncRequestedJson, status: 202, errors: [404, 409, 422] }, right: "sync:run", body: syncRequestSchema }, async ({ db, body }) => {
  const source = await findSource(db, body.source);
  const run = await requestSync(db, source, { mode: body.mode, maxItems: body.max_items });
  return Response.json({ run_id: run.id, status: run.status }, { status: 202, headers: { location: `/api/v1/sync/runs/${run.id}` } });
});
