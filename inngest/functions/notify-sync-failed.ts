import { syncFailedDrafts } from "@/lib/notifications/compose/sync-failed";
import { syncFailed } from "../events";
import { notificationFunction } from "./notify";

/** A sync run failed: every admin is told. */
export const notifySyncFailed = notificationFunction("notify-sync-failed", syncFailed, syncFailedDrafts);
