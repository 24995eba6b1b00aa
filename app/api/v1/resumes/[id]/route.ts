import { z } from "zod";
import { apiRoute } from "@/server/route";
import { getResumeFor } from "@/lib/resumes/queries";
import { resumeForApi, resumeJson } from "@/lib/resumes/serialize";

export const GET = apiRoute({ doc: { summary: "One uploaded resume with its text and parsed fields", response: z.object({ data: resumeJson }) }, right: "resumes:upload", params: z.object({ id: z.string().uuid("Resume id must be a UUID") }) }, async ({ db, user, params }) => {
  return { data: resumeForApi(await getResumeFor(db, user, params.id)) };
});
