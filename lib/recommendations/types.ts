// The shapes the three recommenders share: a job with a score and its reasons in plain words.

export const algorithms = ["content", "collaborative", "hybrid"] as const;
export type Algorithm = (typeof algorithms)[number];

/** One recommended job before it is joined with the job's display facts. */
export type Scored = { jobId: string; score: number; reasons: string[] };

/** What one recommender returns: its ranked jobs, and a message when it fell back (cold start). */
export type RecommenderResult = { items: Scored[]; coldStart: boolean; message: string | null };

/** What the similarity of two jobs is judged on. */
export type SimilarityJob = { id: string; companyId: string | null; occupationCode: string | null; skills: readonly string[] };

/** A job as reasons name it: "Senior Go Engineer at Bluefin". */
export type LabelledJob = SimilarityJob & { label: string };
