import { seekerStages } from "@/lib/applications/seeker-stages";
import { allowedNextStages, type ApplicationStage } from "@/lib/applications/stages";

/**
 * Where the seeker may move an application: on a catalogue job only to saved, applied or
 * withdrawn (the recruiter runs the rest, lib/applications/move.ts); a job found elsewhere is
 * theirs to move along the whole stage machine.
 */
export function seekerTargets(application: { job_id: string | null }, from: ApplicationStage): ApplicationStage[] {
  const next = allowedNextStages(from);
  return application.job_id ? next.filter((s) => seekerStages.includes(s)) : next;
}
