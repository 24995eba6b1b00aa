import { followUpListSchema } from "@/lib/follow-ups/input";
import { listFollowUps } from "@/lib/follow-ups/list";
import { followUpForApi } from "@/lib/follow-ups/serialize";
import { pageResponse } from "@/lib/http/pagination";
import { apiRoute } from "@/lib/http/route";

export const GET = apiRoute({ right: "follow-ups:use", query: followUpListSchema }, async ({ db, user, query }) => {
  return pageResponse(await listFollowUps(db, user, query), followUpForApi);
});
