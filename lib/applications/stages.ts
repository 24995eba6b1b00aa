import { applicationStages, type ApplicationStage } from "@/db/schema/applications";

export { applicationStages, type ApplicationStage };

/** Stages in pipeline order, open ones first; an application in a closed stage is finished. */
export const openStages = ["saved", "applied", "screening", "interview_scheduled", "interviewing", "offer"] as const satisfies readonly ApplicationStage[];
export const closedStages = ["hired", "rejected", "withdrawn"] as const satisfies readonly ApplicationStage[];

export const stageLabels: Record<ApplicationStage, string> = {
  saved: "Saved",
  applied: "Applied",
  screening: "Screening",
  interview_scheduled: "Interview scheduled",
  interviewing: "Interviewing",
  offer: "Offer",
  hired: "Hired",
  rejected: "Rejected",
  withdrawn: "Withdrawn",
};

export function isOpenStage(stage: ApplicationStage): boolean {
  return (openStages as readonly ApplicationStage[]).includes(stage);
}

/**
 * Where an application may go from `from`: forward to any later open stage (a recruiter may skip
 * screening), hired only from offer, rejected and withdrawn from any open stage, and from
 * rejected back to any open stage (which needs a note: noteRequired). Hired and withdrawn are final.
 */
export function allowedNextStages(from: ApplicationStage): ApplicationStage[] {
  if (from === "rejected") return [...openStages];
  if (!isOpenStage(from)) return [];
  const later = openStages.slice(openStages.indexOf(from as (typeof openStages)[number]) + 1);
  return [...later, ...(from === "offer" ? (["hired"] as const) : []), "rejected", "withdrawn"];
}

export function canMove(from: ApplicationStage, to: ApplicationStage): boolean {
  return allowedNextStages(from).includes(to);
}

/** Moving back from rejected must say why. */
export function noteRequired(from: ApplicationStage, to: ApplicationStage): boolean {
  return from === "rejected" && isOpenStage(to);
}
