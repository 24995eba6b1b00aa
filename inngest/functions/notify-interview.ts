import { interviewDrafts } from "@/lib/notifications/compose/interview";
import { interviewChanged } from "../events";
import { notificationFunction } from "./notify";

/** An interview was scheduled, moved or cancelled: the seeker, interviewers and creator are told, not the actor. */
export const notifyInterviewChanged = notificationFunction("notify-interview-changed", interviewChanged, interviewDrafts);
