import type { Recommendation, Recommendations } from "./recommend";

// The JSON shape of recommendations: snake_case, the job's display facts, the score, the reasons
// and which recommenders put the job forward.

export type RecommendationView = ReturnType<typeof recommendationForApi>;

export function recommendationForApi(r: Recommendation) {
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
export function recommendationsForApi(result: Recommendations, limit: number) {
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
