import { z } from "zod";
import { listDuplicates } from "@/lib/candidates/duplicates";
import { candidateIdSchema } from "@/lib/candidates/input";
import { duplicateForApi, duplicateJson } from "@/lib/candidates/serialize";
import { pageResponse, pageSchema, wholeList } from "@/lib/http/pagination";
import { apiRoute } from "@/server/route";

const query = z.object({ include_dismissed: z.enum(["1", "true", "0", "false"]).optional() });

export const GET = apiRoute({ doc: { summary: "Profiles that look like the same person", response: pageSchema(duplicateJson) }, right: "candidates:profile", params: candidateIdSchema, query }, async ({ db, user, params, query }) => {
  const rows = await listDuplicates(db, user, params.id, { includeDismissed: query.include_dismissed === "1" || query.include_dismissed === "true" });
  return pageResponse(wholeList(rows), duplicateForApi);
});
