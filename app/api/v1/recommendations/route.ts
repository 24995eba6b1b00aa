import { apiRoute } from "@/server/route";
import { recommendationsQuery } from "@/lib/recommendations/input";
import { recommendJobs } from "@/lib/recommendations/recommend";
import { recommendationsForApi, recommendationsJson } from "@/lib/recommendations/serialize";

/** Recommended jobs with reasons: the caller's own profile, or `candidate_id` for recruiters and admins. */
export const GET = apiRoute({ doc: { summary: "Recommended jobs with reasons", description: "The caller's own profile, or `candidate_id` for recruiters and admins.", response: recommendationsJson, errors: [404] }, right: "recommendations:use", query: recommendationsQuery }, async ({ db, user, query }) => {
  const result = await recommendJobs(db, user, { algorithm: query.algorithm, limit: query.limit, candidateId: query.candidate_id });
  return recommendationsForApi(result, query.limit);
});
