import { checkFollowUps } from "./check-follow-ups";
import { deliverWebhooks, notifyWebhookDisabled, sweepWebhookRetries } from "./deliver-webhooks";
import { cleanUp } from "./clean-up";
import { notifyFollowUpsDue } from "./notify-follow-ups";
import { notifyInterviewChanged } from "./notify-interview";
import { notifyStageChanged } from "./notify-stage-changed";
import { notifyStrongMatches } from "./notify-strong-matches";
import { notifySyncFailed } from "./notify-sync-failed";
import { recountCompanyJobs } from "./recount-company-jobs";
import { refreshMatchesForChangedCandidates, refreshMatchesForChangedJobs, refreshMatchesForLoadedJobs, rescoreAllMatches } from "./refresh-matches";
import { reportPlacementToMarketplace, sweepPlacementReports } from "./report-placement";
import { scheduleSyncs } from "./schedule-syncs";
import { syncJanitor } from "./sync-janitor";
import { syncSource } from "./sync-source";

/** Every function the app defines: served to Inngest and run by the in-process runner. */
export const functions = [
  recountCompanyJobs,
  syncSource,
  scheduleSyncs,
  syncJanitor,
  cleanUp,
  refreshMatchesForLoadedJobs,
  refreshMatchesForChangedJobs,
  refreshMatchesForChangedCandidates,
  rescoreAllMatches,
  checkFollowUps,
  reportPlacementToMarketplace,
  sweepPlacementReports,
  notifyStageChanged,
  notifyInterviewChanged,
  notifyFollowUpsDue,
  notifyStrongMatches,
  notifySyncFailed,
  deliverWebhooks,
  sweepWebhookRetries,
  notifyWebhookDisabled,
];
