import { getApplication } from "@/lib/applications/get";
import { applicationIdSchema, moveApplicationSchema } from "@/lib/applications/input";
import { moveApplication } from "@/lib/applications/move";
import { applicationForApi } from "@/lib/applications/serialize";
import { apiRoute } from "@/lib/http/route";

export const POST = apiRoute({ right: "applications:use", params: applicationIdSchema, body: moveApplicationSchema }, async ({ db, user, params, body }) => {
  await moveApplication(db, user, params.id, { stage: body.status, note: body.note });
  return { data: applicationForApi(await getApplication(db, user, params.id)) };
});
