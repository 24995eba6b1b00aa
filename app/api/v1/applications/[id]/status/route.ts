import { z } from "zod";
import { getApplication } from "@/lib/applications/get";
import { applicationIdSchema, moveApplicationSchema } from "@/lib/applications/input";
import { moveApplication } from "@/lib/applications/move";
import { applicationForApi, applicationJson } from "@/lib/applications/serialize";
import { apiRoute } from "@/server/route";

export const POST = apiRoute({ doc: { summary: "Move an application to another stage", description: "The stage machine decides what is allowed; leaving `rejected` needs a note.", response: z.object({ data: applicationJson }), errors: [409, 422] }, right: "applications:use", params: applicationIdSchema, body: moveApplicationSchema }, async ({ db, user, params, body }) => {
  await moveApplication(db, user, params.id, { stage: body.status, note: body.note });
  return { data: applicationForApi(await getApplication(db, user, params.id)) };
});
