import { z } from "zod";
import { pageSchema } from "@/lib/http/pagination";
import { algorithms } from "./types";
import type { Recommendation, Recommendations } from "./recommend";

// The JSON shape of recommendations: snake_case, the job's display facts, the score, the reasons
// and which recommenders put the job forward.

export const recommendationJson = z.object({
  job: z.object({
    id: z.uuid(),
    title: z.string(),
    company: z.object({ id: z.uuid(), name: z.string().nullable() }).nullable(),
    location: z.string().nullable(),
    remote: z.boolean(),
    salary_min: z.number().nullable(),
    salary_max: z.number().nullable(),
    salary_currency: z.string().nullable(),
    posted_at: z.iso.datetime().nullable(),
  }),
  score: z.number(),
  reasons: z.array(z.string()),
  sources: z.array(z.enum(["content", "collaborative"])).describe("Which recommenders put the job forward"),
});

export const recommendationsJson = pageSchema(recommendationJson).extend({
  algorithm: z.enum(algorithms),
  candidate_id: z.uuid().nullable(),
  cold_start: z.boolean(),
  message: z.string().nullable(),
});

export type RecommendationView = ReturnType<typeof recommendationForApi>;

export function recommendationForApi(r: Recommendation): z.infer<typeof recommendationJson> {
  const { job } = r;
  return {
    job: {
      id: job.id,
      title: job.title,
      company: job.companyId ? { id: job.companyId, name: job.companyName } : null,
      location: job.locationDisplay,
      remote: job.remote,
      salary_min: job.salaryMin,
      salary_max: job.salaryMax,
      salary_currency: job.salaryCurrency,
      posted_at: job.postedAt?.toISOString() ?? null,
    },
    score: r.score,
    reasons: r.reasons,
    sources: r.sources,
  };
}

/** The listing in the house pagination shape (one page of the top `limit`), with what the list is. */
export function recommendationsForApi(result: Recommendations, limit: number): z.infer<typeof recommendationsJson> {
  const data = result.items.map(recommendationForApi);
  return {
    data,
    page: 1,
    limit,
    total: data.length,
    total_is_estimate: false,
    total_pages: 1,
    next_cursor: null,
    algorithm: result.algorithm,
    candidate_id: result.candidateId,
    cold_start: result.coldStart,
    message: result.message,
  };
}

export type RecommendationsResponse = ReturnType<typeof recommendationsForApi>;
