import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle, Db } from "@/db";
import { applicationEvents, applications, candidates, jobs, jobSourceLinks, jobSources, outbox, placements, realtimeEvents, users, type User } from "@/db/schema";
import { ApplicationExistsError, NotFoundError, StageMoveError, StageNotAllowedError } from "@/lib/errors";
import { pipelineTopic, userTopic } from "@/lib/realtime";
import { openTestDatabase } from "@/tests/db";
import { createApplication } from "./create";
import { moveApplication } from "./move";
import { registerStageHook } from "./stage-hooks";

let handle: DatabaseHandle;
let db: Db;
let recruiter: User;

async function makeUser(role: User["role"]): Promise<User> {
  const [user] = await db.insert(users).values({ email: `${role}-${randomUUID()}@example.com`, name: role, role, passwordHash: "x" }).returning();
  return user;
}

async function makeCandidate(userId: string | null = null): Promise<string> {
  const [row] = await db.insert(candidates).values({ fullName: "Ana Diaz", userId }).returning({ id: candidates.id });
  return row.id;
}

async function makeJob(keys: { dedupeKey?: string; applyUrlKey?: string } = {}): Promise<string> {
  const [row] = await db.insert(jobs).values({ title: "Data Analyst", ...keys }).returning({ id: jobs.id });
  return row.id;
}

async function seeker(): Promise<{ user: User; candidateId: string }> {
  const user = await makeUser("seeker");
  return { user, candidateId: await makeCandidate(user.id) };
}

beforeAll(async () => {
  handle = await openTestDatabase();
  db = handle.db;
  recruiter = await makeUser("recruiter");
});
afterAll(async () => handle.close());

describe("createApplication", () => {
  it("writes the row, its first history event, the outbox event and the realtime notices together", async () => {
    const { user, candidateId } = await seeker();
    const jobId = await makeJob();
    const app = await createApplication(db, recruiter, { jobId, candidateId });
    expect(app).toMatchObject({ stage: "applied", candidateId, jobId, createdBy: recruiter.id });
    const history = await db.select().from(applicationEvents).where(eq(applicationEvents.applicationId, app.id));
    expect(history).toEqual([expect.objectContaining({ fromStage: null, toStage: "applied", actorId: recruiter.id })]);
    const events = (await db.select().from(outbox)).filter((e) => (e.data as { applicationId?: string }).applicationId === app.id);
    expect(events).toEqual([expect.objectContaining({ name: "applications/stage.changed", data: { applicationId: app.id, eventId: history[0].id, fromStage: null, toStage: "applied", actorId: recruiter.id } })]);
    const topics = (await db.select().from(realtimeEvents)).filter((e) => (e.data as { application_id?: string }).application_id === app.id).map((e) => e.topic);
    expect(topics.sort()).toEqual([pipelineTopic, userTopic(user.id)].sort());
  });

  it("uses a seeker's own profile, and refuses another seeker's as not found", async () => {
    const a = await seeker();
    const b = await seeker();
    const jobId = await makeJob();
    const saved = await createApplication(db, a.user, { jobId, stage: "saved" });
    expect(saved).toMatchObject({ candidateId: a.candidateId, stage: "saved" });
    await expect(createApplication(db, a.user, { jobId: await makeJob(), candidateId: b.candidateId })).rejects.toBeInstanceOf(NotFoundError);
    await expect(createApplication(db, a.user, { jobId: await makeJob(), stage: "screening" })).rejects.toBeInstanceOf(StageNotAllowedError);
  });

  it("allows one application per candidate and job, naming the existing one", async () => {
    const candidateId = await makeCandidate();
    const jobId = await makeJob();
    const first = await createApplication(db, recruiter, { jobId, candidateId });
    const err = await createApplication(db, recruiter, { jobId, candidateId }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApplicationExistsError);
    expect(err).toMatchObject({ code: "application_exists", details: { existing_application_id: first.id } });
  });

  it("warns a seeker about the same job reposted elsewhere unless they confirm", async () => {
    const { user } = await seeker();
    const key = `analyst|acme|${randomUUID()}`;
    const original = await createApplication(db, user, { jobId: await makeJob({ dedupeKey: key }) });
    const repost = await makeJob({ dedupeKey: key });
    const err = await createApplication(db, user, { jobId: repost }).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: "application_reposted_job", details: { existing_application_id: original.id } });
    await expect(createApplication(db, user, { jobId: repost, allowRepost: true })).resolves.toMatchObject({ jobId: repost });
  });

  it("tracks a job found elsewhere without a catalogue job", async () => {
    const { user } = await seeker();
    const app = await createApplication(db, user, { externalJob: { url: "https://jobs.example/1", title: "Analyst", company: "Acme", location: null, description: null } });
    expect(app).toMatchObject({ jobId: null, externalJob: { title: "Analyst" }, stage: "applied" });
  });
});

describe("moveApplication", () => {
  it("moves along the machine, keeping who, from, to and note, and clears the stale flag", async () => {
    const app = await createApplication(db, recruiter, { jobId: await makeJob(), candidateId: await makeCandidate() });
    await db.update(applications).set({ staleSince: new Date() }).where(eq(applications.id, app.id));
    const later = new Date(Date.now() + 60_000);
    const { application } = await moveApplication(db, recruiter, app.id, { stage: "interview_scheduled", note: "skips screening" }, { now: later });
    expect(application).toMatchObject({ stage: "interview_scheduled", staleSince: null, stageChangedAt: later });
    const history = await db.select().from(applicationEvents).where(eq(applicationEvents.applicationId, app.id)).orderBy(applicationEvents.createdAt);
    expect(history.map((h) => [h.fromStage, h.toStage, h.note])).toEqual([
      [null, "applied", null],
      ["applied", "interview_scheduled", "skips screening"],
    ]);
  });

  it("refuses an invalid move with 422 details naming the allowed stages", async () => {
    const app = await createApplication(db, recruiter, { jobId: await makeJob(), candidateId: await makeCandidate() });
    const err = await moveApplication(db, recruiter, app.id, { stage: "hired" }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(StageMoveError);
    expect(err).toMatchObject({ code: "invalid_transition", details: { from: "applied", to: "hired" } });
    expect((err as StageMoveError).details).toMatchObject({ allowed: ["screening", "interview_scheduled", "interviewing", "offer", "rejected", "withdrawn"] });
  });

  it("needs a note to bring a rejected application back", async () => {
    const app = await createApplication(db, recruiter, { jobId: await makeJob(), candidateId: await makeCandidate() });
    await moveApplication(db, recruiter, app.id, { stage: "rejected" });
    await expect(moveApplication(db, recruiter, app.id, { stage: "screening", note: "  " })).rejects.toMatchObject({ code: "note_required" });
    await expect(moveApplication(db, recruiter, app.id, { stage: "screening", note: "second look" })).resolves.toMatchObject({ application: { stage: "screening" } });
  });

  it("lets a seeker move only their own, and only to saved, applied or withdrawn", async () => {
    const a = await seeker();
    const b = await seeker();
    const app = await createApplication(db, a.user, { jobId: await makeJob(), stage: "saved" });
    await expect(moveApplication(db, b.user, app.id, { stage: "applied" })).rejects.toBeInstanceOf(NotFoundError);
    await expect(moveApplication(db, a.user, app.id, { stage: "applied" })).resolves.toMatchObject({ application: { stage: "applied" } });
    await expect(moveApplication(db, a.user, app.id, { stage: "screening" })).rejects.toBeInstanceOf(StageNotAllowedError);
    await expect(moveApplication(db, a.user, app.id, { stage: "withdrawn" })).resolves.toMatchObject({ application: { stage: "withdrawn" } });
  });

  it("makes a placement on hire, pending a report when the job came from the marketplace", async () => {
    const jobId = await makeJob();
    const [source] = await db.insert(jobSources).values({ name: `Lamoda ${randomUUID()}`, type: "lamoda" }).returning();
    await db.insert(jobSourceLinks).values({ jobId, sourceId: source.id, externalId: `lj-${randomUUID()}`, contentHash: "h" });
    const app = await createApplication(db, recruiter, { jobId, candidateId: await makeCandidate(), stage: "offer" });
    const { placement } = await moveApplication(db, recruiter, app.id, { stage: "hired", placement: { startDate: "2027-01-04", salary: 70000, salaryCurrency: "eur" } });
    expect(placement).toMatchObject({ applicationId: app.id, jobId, status: "hired", reportState: "pending", salary: 70000, salaryCurrency: "EUR", startDate: "2027-01-04" });
    const reported = (await db.select().from(outbox)).filter((e) => e.name === "placements/created");
    expect(reported.map((e) => e.data)).toContainEqual({ placementId: placement!.id });

    const plain = await createApplication(db, recruiter, { jobId: await makeJob(), candidateId: await makeCandidate(), stage: "offer" });
    const hired = await moveApplication(db, recruiter, plain.id, { stage: "hired" });
    expect(hired.placement).toMatchObject({ reportState: "not_applicable" });
    expect(await db.select().from(placements).where(eq(placements.applicationId, plain.id))).toHaveLength(1);
  });
});

describe("stage hooks", () => {
  let unregister: (() => void) | undefined;
  afterEach(() => unregister?.());

  it("run inside the change's transaction with from and to, and roll it back when they throw", async () => {
    const seen: [string | null, string][] = [];
    unregister = registerStageHook(async (tx, application, from, to) => {
      const [row] = await tx.select({ stage: applications.stage }).from(applications).where(eq(applications.id, application.id));
      expect(row.stage).toBe(to);
      seen.push([from, to]);
      if (application.notes === "explode" && to === "screening") throw new Error("hook failed");
    });
    const app = await createApplication(db, recruiter, { jobId: await makeJob(), candidateId: await makeCandidate(), notes: "explode" });
    await expect(moveApplication(db, recruiter, app.id, { stage: "screening" })).rejects.toThrow("hook failed");
    expect(seen).toEqual([
      [null, "applied"],
      ["applied", "screening"],
    ]);
    const [after] = await db.select().from(applications).where(eq(applications.id, app.id));
    expect(after.stage).toBe("applied");
    expect(await db.select().from(applicationEvents).where(eq(applicationEvents.applicationId, app.id))).toHaveLength(1);
  });
});
