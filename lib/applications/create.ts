import { and, eq, ne, or } from "drizzle-orm";
import type { Db } from "@/db";
import { applications, candidates, jobs, type ApplicationRow, type ApplicationStage, type ExternalJob, type User } from "@/db/schema";
import { can } from "@/lib/auth/roles";
import { ApplicationExistsError, ForbiddenError, NotFoundError, StageNotAllowedError, UnprocessableError, ValidationError } from "@/lib/errors";
import { notifyEventsCommitted } from "@/lib/events";
import { seesWholePipeline } from "./access";
import { recordStageChange } from "./record-change";
import { isOpenStage } from "./stages";
import { seekerStages } from "./seeker-stages";

export type CreateApplicationInput = {
  jobId?: string | null;
  /** Required from recruiters; a seeker's own profile when omitted (and a seeker may name no other). */
  candidateId?: string | null;
  /** A job found outside the catalogue, instead of jobId. */
  externalJob?: ExternalJob | null;
  /** Defaults to applied; a seeker's "save" is saved. */
  stage?: ApplicationStage;
  notes?: string | null;
  /** The seeker confirmed "apply anyway?" for a job they already applied to under another posting. */
  allowRepost?: boolean;
};

type Actor = Pick<User, "id" | "role">;

/**
 * A candidate enters a job's pipeline (or a seeker tracks a job found elsewhere): the row, its
 * first history event, the stage.changed event, realtime notices and stage hooks in one
 * transaction. One application per candidate and job; a seeker is warned about a repost.
 */
export async function createApplication(db: Db, actor: Actor, input: CreateApplicationInput, options: { now?: Date } = {}): Promise<ApplicationRow> {
  if (!can(actor.role, "applications:use")) throw new ForbiddenError();
  const manager = seesWholePipeline(actor);
  const stage = input.stage ?? "applied";
  if (!input.jobId && !input.externalJob) throw new ValidationError("Give a job: job_id, or external_job for a job found elsewhere.", [{ path: "job_id", message: "Required unless external_job is given" }]);
  if (input.jobId && input.externalJob) throw new ValidationError("Give either job_id or external_job, not both.", [{ path: "external_job", message: "Not allowed with job_id" }]);
  if (!isOpenStage(stage)) throw new ValidationError(`An application starts in an open stage, not ${stage}.`, [{ path: "stage", message: "Must be an open stage" }]);
  // Seekers track their own search for catalogue jobs; recruiters run screening onwards there.
  if (!manager && input.jobId && !seekerStages.includes(stage)) {
    throw new StageNotAllowedError(`You can save a job or mark it applied; the recruiter moves it from ${stage} on.`, { from: "", to: stage, allowed: [...seekerStages] });
  }
  const now = options.now ?? new Date();
  const candidate = await candidateFor(db, actor, manager, input.candidateId ?? null);

  const created = await db
    .transaction(async (transaction) => {
      const tx = transaction as unknown as Db;
      if (input.jobId) {
        const [job] = await tx.select({ id: jobs.id }).from(jobs).where(eq(jobs.id, input.jobId));
        if (!job) throw new NotFoundError("Job");
        await refuseDuplicate(tx, candidate.id, input.jobId);
        if (!manager && !input.allowRepost) await refuseRepost(tx, candidate.id, input.jobId);
      }
      const [row] = await tx
        .insert(applications)
        .values({
          candidateId: candidate.id,
          jobId: input.jobId ?? null,
          externalJob: input.externalJob ?? null,
          stage,
          stageChangedAt: now,
          notes: input.notes ?? null,
          createdBy: actor.id,
          createdAt: now,
          updatedAt: now,
        })
        .returning();
      await recordStageChange(tx, { application: row, ownerUserId: candidate.userId, actorId: actor.id, from: null, to: stage, note: null, now });
      return row;
    })
    .catch(async (err: unknown) => {
      // Two creations at once: the unique index refuses the second; answer as if it had seen the first.
      if (input.jobId && isUniqueViolation(err)) {
        const [existing] = await db
          .select({ id: applications.id })
          .from(applications)
          .where(and(eq(applications.jobId, input.jobId), eq(applications.candidateId, candidate.id)));
        if (existing) throw duplicateError(existing.id);
      }
      throw err;
    });
  notifyEventsCommitted();
  return created;
}

async function candidateFor(tx: Db, actor: Actor, manager: boolean, candidateId: string | null) {
  if (manager) {
    if (!candidateId) throw new ValidationError("Name the candidate: candidate_id.", [{ path: "candidate_id", message: "Required" }]);
    const [row] = await tx.select({ id: candidates.id, userId: candidates.userId }).from(candidates).where(eq(candidates.id, candidateId));
    if (!row) throw new NotFoundError("Candidate");
    return row;
  }
  const [own] = await tx.select({ id: candidates.id, userId: candidates.userId }).from(candidates).where(eq(candidates.userId, actor.id));
  // Another seeker's profile is simply not found, like everything else that is not theirs.
  if (candidateId && candidateId !== own?.id) throw new NotFoundError("Candidate");
  if (!own) throw new UnprocessableError("Create your profile first: your applications hang off it.");
  return own;
}

function duplicateError(existingId: string) {
  return new ApplicationExistsError("application_exists", "This candidate already has an application for this job.", { existing_application_id: existingId });
}

async function refuseDuplicate(tx: Db, candidateId: string, jobId: string): Promise<void> {
  const [existing] = await tx
    .select({ id: applications.id })
    .from(applications)
    .where(and(eq(applications.candidateId, candidateId), eq(applications.jobId, jobId)));
  if (existing) throw duplicateError(existing.id);
}

/** The same opening reposted by another source is another job row sharing its dedupe key or apply URL key. */
async function refuseRepost(tx: Db, candidateId: string, jobId: string): Promise<void> {
  const [job] = await tx.select({ dedupeKey: jobs.dedupeKey, applyUrlKey: jobs.applyUrlKey }).from(jobs).where(eq(jobs.id, jobId));
  const sameJob = [job?.dedupeKey ? eq(jobs.dedupeKey, job.dedupeKey) : undefined, job?.applyUrlKey ? eq(jobs.applyUrlKey, job.applyUrlKey) : undefined].filter(Boolean);
  if (sameJob.length === 0) return;
  const [existing] = await tx
    .select({ id: applications.id, jobId: applications.jobId, stage: applications.stage })
    .from(applications)
    .innerJoin(jobs, eq(jobs.id, applications.jobId))
    .where(and(eq(applications.candidateId, candidateId), ne(applications.jobId, jobId), or(...sameJob)))
    .limit(1);
  if (existing) {
    throw new ApplicationExistsError("application_reposted_job", "You already have an application for this job under another posting. Apply anyway?", {
      existing_application_id: existing.id,
      existing_job_id: existing.jobId,
      existing_stage: existing.stage,
    });
  }
}

export function isUniqueViolation(err: unknown): boolean {
  for (let e = err as { code?: unknown; cause?: unknown } | undefined, depth = 0; e && depth < 4; e = e.cause as typeof e, depth++) {
    if (e.code === "23505") return true;
  }
  return false;
}
