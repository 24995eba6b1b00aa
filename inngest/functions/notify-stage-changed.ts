import { stageChangedDrafts } from "@/lib/notifications/compose/stage-changed";
import { applicationStageChanged } from "../events";
import { notificationFunction } from "./notify";

/** An application moved: its seeker and its job's recruiter are told, unless they moved it. */
export const notifyStageChanged = notificationFunction("notify-stage-changed", applicationStageChanged, stageChangedDrafts);
