import { followUpsDueDrafts } from "@/lib/notifications/compose/follow-ups";
import { followUpsDue } from "../events";
import { notificationFunction } from "./notify";

/** Follow-ups fell due: each owner gets one notification for theirs. */
export const notifyFollowUpsDue = notificationFunction("notify-follow-ups-due", followUpsDue, followUpsDueDrafts);
