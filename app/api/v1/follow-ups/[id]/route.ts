import { z } from "zod";
import { NotFoundError } from "@/lib/errors";
import { followUpChangeSchema, followUpIdSchema } from "@/lib/follow-ups/input";
import { getFollowUpItem } from "@/lib/follow-ups/list";
import { followUpForApi, followUpJson } from "@/lib/follow-ups/serialize";
import { changeFollowUp } from "@/lib/follow-ups/update";
import { apiRoute } from "@/server/route";

export const PATCH = apiRoute({ doc: { summary: "Edit, complete or skip a follow-up", response: z.object({ data: followUpJson }), errors: [409, 422] }, right: "follow-ups:use", params: followUpIdSchema, body: followUpChangeSchema }, async ({ db, user, params, body }) => {
  await changeFollowUp(db, user, params.id, body);
  const item = await getFollowUpItem(db, params.id);
  if (!item) throw new NotFoundError("Follow-up");
  return { data: followUpForApi(item) };
});
