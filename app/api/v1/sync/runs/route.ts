import { pageSchema } from "@/lib/http/pagination";
import { apiRoute } from "@/server/route";
import { listRunsSchema, listSyncRuns, syncRunJson } from "@/lib/sync/runs";
import { findSource } from "@/lib/sync/sources";

export const GET = apiRoute({ doc: { summary: "Sync runs, newest first", response: pageSchema(syncRunJson), errors: [404] }, right: "sources:read", query: listRunsSchema }, async ({ db, query }) => {
  const sourceId = query.source ? (await findSource(db, query.source)).id : null;
  return listSyncRuns(db, sourceId, query.page, query.limit);
});
