import type { ApplicationStage } from "@/db/schema/applications";

export type StaleSuggestion = {
  /** "No reply for 3 weeks" */
  headline: string;
  /** What to do about it, in one sentence. */
  nextStep: string;
  /** The stage the suggestion would move the application to, when it suggests one. */
  suggestedStage: ApplicationStage | null;
};

const day = 24 * 60 * 60 * 1000;

/** "3 weeks" for whole weeks, "10 days" otherwise: how long people say something has been quiet. */
export function quietFor(days: number): string {
  const whole = Math.max(0, Math.floor(days));
  if (whole >= 14 && whole % 7 === 0) return `${whole / 7} weeks`;
  if (whole === 7) return "1 week";
  return whole === 1 ? "1 day" : `${whole} days`;
}

/** Whole days between the last move and now. */
export function daysSince(since: Date, now: Date): number {
  return Math.max(0, Math.floor((now.getTime() - since.getTime()) / day));
}

/**
 * What to do with an application that has sat in `stage` for `days`: one headline and a next step
 * per stage. Null for closed stages, which are finished and never stale.
 */
export function staleSuggestion(stage: ApplicationStage, days: number): StaleSuggestion | null {
  const quiet = quietFor(days);
  switch (stage) {
    case "saved":
      return { headline: `Saved ${quiet} ago`, nextStep: "Apply while the job is open, or withdraw it to keep the list short.", suggestedStage: "applied" };
    case "applied":
      return { headline: `No reply for ${quiet}`, nextStep: "Send a last check-in, or move it to rejected.", suggestedStage: "rejected" };
    case "screening":
      return { headline: `In screening for ${quiet}`, nextStep: "Ask for a decision on the screen and schedule an interview, or move it to rejected.", suggestedStage: "interview_scheduled" };
    case "interview_scheduled":
      return { headline: `Interview scheduled ${quiet} ago`, nextStep: "Check the interview happened and move it to interviewing, or reschedule it.", suggestedStage: "interviewing" };
    case "interviewing":
      return { headline: `No decision for ${quiet} after interviews`, nextStep: "Collect the interviewers' feedback and make an offer, or move it to rejected.", suggestedStage: "offer" };
    case "offer":
      return { headline: `Offer open for ${quiet}`, nextStep: "Chase an answer on the offer: mark it hired, or withdrawn if it was declined.", suggestedStage: "hired" };
    default:
      return null;
  }
}
