import { eq } from "drizzle-orm";
import type { Db } from "@/db";
import { companies, jobs, type Job, type User } from "@/db/schema";
import { can } from "@/lib/auth/roles";
import { upsertCompanyByName } from "@/lib/companies/upsert";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import { companyJobsChanged, emit, jobsChanged, jobsCreated } from "@/lib/events";
import { emitForWebhooks } from "@/lib/webhooks/emit";
import { ownJobColumns, type OwnJobDraft } from "./fields";
import type { CreateJobInput, UpdateJobInput } from "./input";

// Recruiters' own openings: create, edit and close, each in one transaction with its events.

function assertCanManage(actor: User) {
  if (!can(actor.role, "jobs:manage")) throw new ForbiddenError();
}

function assertSalary(draft: OwnJobDraft) {
  if (draft.salary_min !== null && draft.salary_max !== null && draft.salary_min > draft.salary_max) {
    throw new ValidationError("Body is invalid: salary_min: must not exceed salary_max", [{ path: "salary_min", message: "must not exceed salary_max" }]);
  }
  if ((draft.salary_min !== null || draft.salary_max !== null) && !draft.salary_currency) {
    throw new ValidationError("Body is invalid: salary_currency: required with a salary", [{ path: "salary_currency", message: "required with a salary" }]);
  }
}

async function emitJobEvents(tx: Db, jobId: string, companyIds: Array<string | null>) {
  await emit(tx, jobsChanged.create({ jobIds: [jobId] }));
  const touched = [...new Set(companyIds.filter((id): id is string => !!id))];
  if (touched.length) await emit(tx, companyJobsChanged.create({ companyIds: touched }));
}

export async function createOwnJob(db: Db, actor: User, input: CreateJobInput): Promise<{ id: string }> {
  assertCanManage(actor);
  const draft: OwnJobDraft = { ...input, skills: input.skills?.length ? input.skills : null };
  assertSalary(draft);
  return db.transaction(async (transaction) => {
    const tx = transaction as unknown as Db;
    const now = new Date();
    const companyId = await upsertCompanyByName(tx, input.company, now);
    const [row] = await tx
      .insert(jobs)
      .values({ ...ownJobColumns(draft), companyId, origin: "own", createdBy: actor.id, status: "open", postedAt: now, lastSeenAt: now, createdAt: now, updatedAt: now })
      .returning({ id: jobs.id });
    await emitJobEvents(tx, row.id, [companyId]);
    await emitForWebhooks(tx, "job.created", [row.id], (jobIds) => jobsCreated.create({ jobIds, sourceId: null, runId: null }));
    return { id: row.id };
  });
}

async function ownJobForUpdate(tx: Db, id: string): Promise<Job & { companyName: string | null }> {
  const [row] = await tx.select({ job: jobs, companyName: companies.name }).from(jobs).leftJoin(companies, eq(companies.id, jobs.companyId)).where(eq(jobs.id, id)).for("update", { of: jobs });
  if (!row) throw new NotFoundError("Job");
  if (row.job.origin !== "own") throw new ConflictError("Synced jobs are read-only: their source owns them.", { origin: row.job.origin });
  return { ...row.job, companyName: row.companyName };
}

/** The recruiter's view of a stored own job, for applying a PATCH over. */
function draftOf(job: Job): OwnJobDraft {
  return {
    title: job.title,
    description: job.description,
    location: job.locationDisplay,
    remote: job.remote,
    employment_type: job.employmentType,
    level: job.level,
    salary_min: job.salaryMin,
    salary_max: job.salaryMax,
    salary_currency: job.salaryCurrency,
    skills: job.skillRequirements.map((s) => ({ ...s })),
    experience_years_min: job.experienceYearsMin,
  };
}

/** PATCH an own job: the merged job goes through the transform again. Synced jobs are a 409. */
export async function updateOwnJob(db: Db, actor: User, id: string, input: UpdateJobInput): Promise<{ id: string }> {
  assertCanManage(actor);
  return db.transaction(async (transaction) => {
    const tx = transaction as unknown as Db;
    const current = await ownJobForUpdate(tx, id);
    const { company, ...fields } = input;
    const present = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined));
    const draft: OwnJobDraft = { ...draftOf(current), ...present, skills: input.skills === undefined ? draftOf(current).skills : input.skills.length ? input.skills : null };
    assertSalary(draft);
    const companyId = company === undefined ? current.companyId : await upsertCompanyByName(tx, company);
    await tx.update(jobs).set({ ...ownJobColumns(draft), companyId, updatedAt: new Date() }).where(eq(jobs.id, id));
    await emitJobEvents(tx, id, [current.companyId, companyId]);
    return { id };
  });
}

/** Closes an own job (it leaves matching and the open counts); closing a closed job changes nothing. */
export async function closeOwnJob(db: Db, actor: User, id: string): Promise<{ id: string; status: "closed" }> {
  assertCanManage(actor);
  return db.transaction(async (transaction) => {
    const tx = transaction as unknown as Db;
    const current = await ownJobForUpdate(tx, id);
    if (current.status === "closed") return { id, status: "closed" as const };
    await tx.update(jobs).set({ status: "closed", updatedAt: new Date() }).where(eq(jobs.id, id));
    await emitJobEvents(tx, id, [current.companyId]);
    return { id, status: "closed" as const };
  });
}
