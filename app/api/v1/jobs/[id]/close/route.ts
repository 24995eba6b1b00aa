import { z } from "zod";
import { jobIdSchema } from "@/lib/jobs/own/input";
import { closeOwnJob } from "@/lib/jobs/own/write";
import { apiRoute } from "@/server/route";

export const POST = apiRoute({ doc: { summary: "Close one of our own jobs", response: z.object({ id: z.uuid(), status: z.literal("closed") }), errors: [409, 422] }, right: "jobs:manage", params: jobIdSchema }, async ({ db, user, params }) => {
  return closeOwnJob(db, user, params.id);
});
