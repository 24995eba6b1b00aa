import { getApplication } from "@/lib/applications/get";
import { applicationIdSchema, updateApplicationSchema } from "@/lib/applications/input";
import { applicationForApi } from "@/lib/applications/serialize";
import { updateApplication } from "@/lib/applications/update";
import { apiRoute } from "@/lib/http/route";

export const GET = apiRoute({ right: "applications:use", params: applicationIdSchema }, async ({ db, user, params }) => {
  return { data: applicationForApi(await getApplication(db, user, params.id)) };
});

export const PATCH = apiRoute({ right: "applications:use", params: applicationIdSchema, body: updateApplicationSchema }, async ({ db, user, params, body }) => {
  await updateApplication(db, user, params.id, body);
  return { data: applicationForApi(await getApplication(db, user, params.id)) };
});
