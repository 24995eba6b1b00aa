import { z } from "zod";
import { apiRoute } from "@/server/route";
import { explainPair } from "@/lib/matching/queries";
import { explanationForApi, explanationJson } from "@/lib/matching/serialize";

const body = z.object({
  candidate_id: z.string().uuid("candidate_id must be a UUID"),
  job_id: z.string().uuid("job_id must be a UUID"),
});

/** Scores one candidate against one job now, with the current weights, and explains it. */
export const POST = apiRoute({ doc: { summary: "Score one candidate against one job now, and explain it", response: explanationJson }, right: "matches:read", body }, async ({ db, user, body }) =>
  explanationForApi(await explainPair(db, user, { jobId: body.job_id, candidateId: body.candidate_id })),
);
