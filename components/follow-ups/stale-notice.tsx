import { Notice } from "@/components/ui/card";
import type { ApplicationStage } from "@/db/schema/applications";
import { daysSince, staleSuggestion } from "@/lib/follow-ups/stale-suggestion";

/** For an application page: when the stale check flagged it, how long it has been quiet and what to do next. */
export function StaleNotice({ stage, stageChangedAt, staleSince, now = new Date() }: { stage: ApplicationStage; stageChangedAt: Date | string; staleSince: Date | string | null; now?: Date }) {
  if (!staleSince) return null;
  const suggestion = staleSuggestion(stage, daysSince(new Date(stageChangedAt), now));
  if (!suggestion) return null;
  return (
    <Notice>
      <strong>{suggestion.headline}.</strong> {suggestion.nextStep}
    </Notice>
  );
}
