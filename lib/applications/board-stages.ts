import type { ApplicationStage } from "./stages";

/** The recruiters' board columns: a seeker's "saved" bookmarks are not in the pipeline; the closed stages come last. */
export const pipelineStages = ["applied", "screening", "interview_scheduled", "interviewing", "offer", "hired", "rejected", "withdrawn"] as const satisfies readonly ApplicationStage[];
export type PipelineStage = (typeof pipelineStages)[number];

/** Cards per column page, on the server's first paint and in the browser's "Show more" alike. */
export const boardPageSize = 20;
