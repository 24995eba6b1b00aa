// The pipeline's verbs, for routes, pages, server actions and Inngest functions alike.
export { createApplication, type CreateApplicationInput } from "./create";
export { moveApplication, type MoveApplicationInput, type MoveResult } from "./move";
export { findVisibleApplication, seesWholePipeline, visibleApplications } from "./access";
export { registerStageHook, onStageEntered, type StageHook } from "./stage-hooks";
export { seekerStages } from "./seeker-stages";
