import { apiRoute } from "@/lib/http/route";
import { listRunsSchema, listSyncRuns } from "@/lib/sync/runs";
import { findSource } from "@/lib/sync/sources";

export const GET = apiRoute({ right: "sources:read", query: listRunsSchema }, async ({ db, query }) => {
  const sourceId = query.source ? (await findSource(db, query.source)).id : null;
  return listSyncRuns(db, sourceId, query.page, query.limit);
});
