import type { ApplicationStage } from "@/db/schema";

/** Where a seeker may move their own catalogue application: they track their search, recruiters run screening onwards. */
export const seekerStages: readonly ApplicationStage[] = ["saved", "applied", "withdrawn"];
