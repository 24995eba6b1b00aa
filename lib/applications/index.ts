// The pipeline's verbs, for routes, pages, server actions and Inngest functions alike.
export { createApplication, type CreateApplicationInput } from "./create";
export { moveApplication, type MoveApplicationInput, type MoveResult } from "./move";
export { findVisibleApplication, seesWholePipeline, visibleApplications } from "./access";
export { registerStageHook, onStageEntered, type StageHook } from "./stage-hooks";
export { seekerStages } from "./seeker-stages";
export { listApplications, type ApplicationSummary } from "./list";
export { getApplication, type ApplicationDetail } from "./get";
export { updateApplication } from "./update";
export { jobFunnel, funnelStages, type Funnel, type FunnelStep } from "./funnel";
