import { followUpListSchema } from "@/lib/follow-ups/input";
import { listFollowUps } from "@/lib/follow-ups/list";
import { followUpForApi, followUpJson } from "@/lib/follow-ups/serialize";
import { pageResponse, pageSchema } from "@/lib/http/pagination";
import { apiRoute } from "@/server/route";

export const GET = apiRoute({ doc: { summary: "List follow-ups", description: "Seekers see those of their own applications.", response: pageSchema(followUpJson) }, right: "follow-ups:use", query: followUpListSchema }, async ({ db, user, query }) => {
  return pageResponse(await listFollowUps(db, user, query), followUpForApi);
});
