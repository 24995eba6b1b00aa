import { and, eq, inArray, sql } from "drizzle-orm";
import type { Db } from "@/db";
import { applications, candidates, companies, followUps, jobs, type ApplicationRow, type ApplicationStage } from "@/db/schema";
import { isOpenStage } from "@/lib/applications/stages";
import { defaultSequence } from "./sequences";
import { letterDate, renderTemplate, templateValues, type TemplateValues } from "./templates";

const day = 24 * 60 * 60 * 1000;

/** What the templates say about this application: its candidate, job, company and hiring contact. */
export async function valuesForApplication(db: Db, application: Pick<ApplicationRow, "id" | "externalJob">, appliedAt: Date): Promise<TemplateValues> {
  const [row] = await db
    .select({
      firstName: candidates.firstName,
      fullName: candidates.fullName,
      jobTitle: jobs.title,
      company: companies.name,
      // The job's author is the hiring contact; catalogue jobs from a sync have none.
      recruiterName: sql<string | null>`(select u.name from users u where u.id = ${jobs.createdBy} and u.role <> 'seeker')`,
      creatorName: sql<string | null>`(select u.name from users u where u.id = ${applications.createdBy} and u.role <> 'seeker')`,
    })
    .from(applications)
    .innerJoin(candidates, eq(candidates.id, applications.candidateId))
    .leftJoin(jobs, eq(jobs.id, applications.jobId))
    .leftJoin(companies, eq(companies.id, jobs.companyId))
    .where(eq(applications.id, application.id));
  const external = application.externalJob;
  return templateValues({
    candidate_first_name: row?.firstName || row?.fullName.split(/\s+/)[0],
    job_title: row?.jobTitle ?? external?.title,
    company: row?.company ?? external?.company,
    recruiter_name: row?.recruiterName ?? row?.creatorName,
    applied_date: letterDate(appliedAt),
  });
}

/** One follow-up per step of the default sequence, due `days` after `appliedAt`, its text rendered now. */
export async function planSequenceFollowUps(db: Db, application: Pick<ApplicationRow, "id" | "externalJob">, appliedAt: Date): Promise<string[]> {
  const sequence = await defaultSequence(db);
  const values = await valuesForApplication(db, application, appliedAt);
  const rows = sequence.steps.map((step, index) => ({
    applicationId: application.id,
    kind: "sequence" as const,
    sequenceId: sequence.id,
    step: index,
    dueAt: new Date(appliedAt.getTime() + step.days * day),
    body: renderTemplate(step.template, values),
    status: "planned" as const,
    createdAt: appliedAt,
    updatedAt: appliedAt,
  }));
  if (rows.length === 0) return [];
  const inserted = await db.insert(followUps).values(rows).returning({ id: followUps.id });
  return inserted.map((r) => r.id);
}

/**
 * Cancels what is still open (planned or due) of an application's follow-ups: only the sequence
 * when `kinds` says so, every kind when the application is finished.
 */
export async function cancelOpenFollowUps(db: Db, applicationId: string, kinds: "sequence" | "all", now: Date): Promise<number> {
  const cancelled = await db
    .update(followUps)
    .set({ status: "cancelled", updatedAt: now })
    .where(
      and(
        eq(followUps.applicationId, applicationId),
        inArray(followUps.status, ["planned", "due"]),
        kinds === "sequence" ? eq(followUps.kind, "sequence") : undefined,
      ),
    )
    .returning({ id: followUps.id });
  return cancelled.length;
}

/**
 * The stage hook (lib/applications/stage-hooks.ts), inside the create or move transaction: any
 * move cancels what is left of the sequence (and everything when the application closes);
 * entering `applied` plans the default sequence afresh.
 */
export async function followUpsOnStageEntered(tx: Db, application: ApplicationRow, from: ApplicationStage | null, to: ApplicationStage, now: Date): Promise<void> {
  if (from === to) return;
  if (from !== null) await cancelOpenFollowUps(tx, application.id, isOpenStage(to) ? "sequence" : "all", now);
  if (to === "applied") await planSequenceFollowUps(tx, application, now);
}
