import { strongMatchDrafts } from "@/lib/notifications/compose/strong-matches";
import { strongMatchesFound } from "../events";
import { notificationFunction } from "./notify";

/** New matches scoring 0.85 or more: the job's recruiter and the candidate's seeker are told how many. */
export const notifyStrongMatches = notificationFunction("notify-strong-matches", strongMatchesFound, strongMatchDrafts);
