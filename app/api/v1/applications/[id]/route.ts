import { z } from "zod";
import { getApplication } from "@/lib/applications/get";
import { applicationIdSchema, updateApplicationSchema } from "@/lib/applications/input";
import { applicationForApi, applicationJson } from "@/lib/applications/serialize";
import { updateApplication } from "@/lib/applications/update";
import { apiRoute } from "@/server/route";

export const GET = apiRoute({ doc: { summary: "One application with its history", description: "With time in stage, the stages it may move to and its placement. A seeker sees only their own.", response: z.object({ data: applicationJson }) }, right: "applications:use", params: applicationIdSchema }, async ({ db, user, params }) => {
  return { data: applicationForApi(await getApplication(db, user, params.id)) };
});

export const PATCH = apiRoute({ doc: { summary: "Change an application's notes or contacts", response: z.object({ data: applicationJson }) }, right: "applications:use", params: applicationIdSchema, body: updateApplicationSchema }, async ({ db, user, params, body }) => {
  await updateApplication(db, user, params.id, body);
  return { data: applicationForApi(await getApplication(db, user, params.id)) };
});
