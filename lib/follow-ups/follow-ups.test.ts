import { randomUUID } from "node:crypto";
import { and, asc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle, Db } from "@/db";
import { applications, candidates, companies, followUps, followUpSequences, jobs, outbox, realtimeEvents, users, type User } from "@/db/schema";
import { createApplication, moveApplication } from "@/lib/applications";
import { ForbiddenError, NotFoundError, UnprocessableError } from "@/lib/errors";
import { pipelineTopic, userTopic } from "@/lib/realtime";
import { openTestDatabase } from "@/tests/db";
import { flagStaleApplications, markDueFollowUps } from "./check";
import { chooseDefaultSequence, createSequence, defaultSequence, deleteSequence, listSequences } from "./sequences";
import { changeFollowUp } from "./update";
import "./stage-hook";

const day = 24 * 60 * 60 * 1000;
const t0 = new Date("2026-11-02T09:00:00Z");
const at = (days: number) => new Date(t0.getTime() + days * day);

let handle: DatabaseHandle;
let db: Db;
let admin: User;
let recruiter: User;

async function makeUser(role: User["role"], name: string = role): Promise<User> {
  const [user] = await db.insert(users).values({ email: `${role}-${randomUUID()}@example.com`, name, role, passwordHash: "x" }).returning();
  return user;
}

async function makeCandidate(userId: string | null = null): Promise<string> {
  const [row] = await db.insert(candidates).values({ fullName: "Ana Diaz", firstName: "Ana", lastName: "Diaz", userId }).returning({ id: candidates.id });
  return row.id;
}

async function makeJob(): Promise<string> {
  const [company] = await db.insert(companies).values({ name: "Bluefin", normalizedName: `bluefin-${randomUUID()}` }).returning({ id: companies.id });
  const [row] = await db.insert(jobs).values({ title: "Data Analyst", companyId: company.id, createdBy: recruiter.id }).returning({ id: jobs.id });
  return row.id;
}

const followUpsOf = (applicationId: string) => db.select().from(followUps).where(eq(followUps.applicationId, applicationId)).orderBy(asc(followUps.dueAt));

async function appliedApplication(now = t0) {
  return createApplication(db, recruiter, { jobId: await makeJob(), candidateId: await makeCandidate() }, { now });
}

beforeAll(async () => {
  handle = await openTestDatabase();
  db = handle.db;
  admin = await makeUser("admin");
  recruiter = await makeUser("recruiter", "Sam Reed");
});
afterAll(async () => handle.close());

describe("planning on entering applied", () => {
  it("plans one follow-up per step of the Standard sequence, due 3, 7 and 14 days after applying, text rendered", async () => {
    const app = await appliedApplication();
    const planned = await followUpsOf(app.id);
    expect(planned.map((f) => [f.kind, f.status, f.step, f.dueAt.toISOString()])).toEqual([
      ["sequence", "planned", 0, at(3).toISOString()],
      ["sequence", "planned", 1, at(7).toISOString()],
      ["sequence", "planned", 2, at(14).toISOString()],
    ]);
    expect(planned[0].body).toContain("Dear Sam Reed");
    expect(planned[0].body).toContain("Data Analyst role at Bluefin on 2 Nov 2026");
    expect(planned[0].body).toMatch(/Ana$/);
    expect(planned.every((f) => !/\{[a-z_]+\}/.test(f.body))).toBe(true);
  });

  it("plans when a saved application is marked applied, from the time of the move", async () => {
    const { user, candidateId } = await seeker();
    const saved = await createApplication(db, user, { jobId: await makeJob(), stage: "saved" }, { now: t0 });
    expect(await followUpsOf(saved.id)).toEqual([]);
    await moveApplication(db, user, saved.id, { stage: "applied" }, { now: at(1) });
    const planned = await followUpsOf(saved.id);
    expect(planned.map((f) => f.dueAt.toISOString())).toEqual([at(4), at(8), at(15)].map((d) => d.toISOString()));
    expect(await db.select().from(applications).where(and(eq(applications.id, saved.id), eq(applications.candidateId, candidateId)))).toHaveLength(1);
  });

  it("uses the sequence the admin chose as default", async () => {
    const custom = await createSequence(db, admin, { name: `Short ${randomUUID()}`, steps: [{ days: 2, template: "Hi {recruiter_name}, any news on {job_title}?" }] });
    const standard = await defaultSequence(db);
    await chooseDefaultSequence(db, admin, custom.id);
    try {
      const app = await appliedApplication();
      const planned = await followUpsOf(app.id);
      expect(planned).toEqual([expect.objectContaining({ sequenceId: custom.id, dueAt: at(2), body: "Hi Sam Reed, any news on Data Analyst?" })]);
    } finally {
      await chooseDefaultSequence(db, admin, standard.id);
    }
  });
});

describe("cancelling on any move", () => {
  it("cancels what is left of the sequence when the application moves on, leaving done ones and thank-you notes", async () => {
    const app = await appliedApplication();
    const [first] = await followUpsOf(app.id);
    await changeFollowUp(db, recruiter, first.id, { status: "done" }, at(3));
    const [thankYou] = await db.insert(followUps).values({ applicationId: app.id, kind: "thank_you", dueAt: at(10), body: "Thank you" }).returning();
    await moveApplication(db, recruiter, app.id, { stage: "screening" }, { now: at(4) });
    const after = await followUpsOf(app.id);
    expect(after.map((f) => [f.kind, f.status])).toEqual([
      ["sequence", "done"],
      ["sequence", "cancelled"],
      ["thank_you", "planned"],
      ["sequence", "cancelled"],
    ]);
    expect(after.find((f) => f.id === thankYou.id)?.status).toBe("planned");
  });

  it("cancels every open follow-up, thank-you ones too, when the application closes", async () => {
    const app = await appliedApplication();
    await db.insert(followUps).values({ applicationId: app.id, kind: "thank_you", dueAt: at(10), body: "Thank you" });
    await moveApplication(db, recruiter, app.id, { stage: "rejected" }, { now: at(1) });
    expect((await followUpsOf(app.id)).map((f) => f.status)).toEqual(["cancelled", "cancelled", "cancelled", "cancelled"]);
  });

  it("plans afresh when a rejected application comes back to applied", async () => {
    const app = await appliedApplication();
    await moveApplication(db, recruiter, app.id, { stage: "rejected" }, { now: at(1) });
    await moveApplication(db, recruiter, app.id, { stage: "applied", note: "They replied after all" }, { now: at(5) });
    const open = (await followUpsOf(app.id)).filter((f) => f.status === "planned");
    expect(open.map((f) => f.dueAt.toISOString())).toEqual([at(8), at(12), at(19)].map((d) => d.toISOString()));
  });
});

describe("the due check", () => {
  it("marks planned follow-ups due once and emits follow-ups/due with them; a second run changes nothing", async () => {
    const app = await appliedApplication(at(-100));
    const late = await appliedApplication(at(-5));
    const now = at(0);
    const marked = await markDueFollowUps(db, now);
    const lateOnes = await followUpsOf(late.id);
    expect(marked).toEqual(expect.arrayContaining([...(await followUpsOf(app.id)).map((f) => f.id), lateOnes[0].id]));
    expect(lateOnes.map((f) => f.status)).toEqual(["due", "planned", "planned"]);
    expect(lateOnes[0].notifiedAt?.toISOString()).toBe(now.toISOString());
    const events = (await db.select().from(outbox)).filter((e) => e.name === "follow-ups/due" && (e.data as { followUpIds: string[] }).followUpIds.includes(lateOnes[0].id));
    expect(events).toHaveLength(1);
    expect(events[0].data).toEqual({ followUpIds: marked });

    const before = await db.select().from(followUps);
    expect(await markDueFollowUps(db, now)).toEqual([]);
    expect(await db.select().from(followUps)).toEqual(before);
    expect((await db.select().from(outbox)).filter((e) => e.name === "follow-ups/due" && (e.data as { followUpIds: string[] }).followUpIds.includes(lateOnes[0].id))).toHaveLength(1);
  });

  it("tells the seeker's own pages about their follow-ups only", async () => {
    const a = await seeker();
    const b = await seeker();
    const appA = await createApplication(db, a.user, { jobId: await makeJob() }, { now: at(-50) });
    const appB = await createApplication(db, b.user, { jobId: await makeJob() }, { now: at(-50) });
    await markDueFollowUps(db, at(0));
    const notices = await db.select().from(realtimeEvents);
    const forA = notices.filter((n) => n.topic === userTopic(a.user.id) && (n.data as { type?: string }).type === "follow-ups.changed");
    expect(forA).toHaveLength(1);
    expect((forA[0].data as { application_ids: string[] }).application_ids).toEqual([appA.id]);
    const board = notices.filter((n) => n.topic === pipelineTopic && (n.data as { type?: string }).type === "follow-ups.changed");
    expect(board.some((n) => (n.data as { application_ids: string[] }).application_ids.includes(appB.id))).toBe(true);
  });
});

describe("stale applications", () => {
  it("flags open applications quiet for the configured days, once, and a move clears the flag", async () => {
    const quiet = await appliedApplication(at(-30));
    const recent = await appliedApplication(at(-10));
    const closed = await appliedApplication(at(-40));
    await moveApplication(db, recruiter, closed.id, { stage: "rejected" }, { now: at(-35) });
    const flagged = await flagStaleApplications(db, at(0), 21);
    expect(flagged).toContain(quiet.id);
    expect(flagged).not.toContain(recent.id);
    expect(flagged).not.toContain(closed.id);
    const staleSince = async (id: string) => (await db.select().from(applications).where(eq(applications.id, id)))[0].staleSince;
    expect((await staleSince(quiet.id))?.toISOString()).toBe(at(0).toISOString());
    expect(await flagStaleApplications(db, at(1), 21)).toEqual([]);
    expect((await staleSince(quiet.id))?.toISOString()).toBe(at(0).toISOString());
    expect(await flagStaleApplications(db, at(12), 21)).toContain(recent.id);
    await moveApplication(db, recruiter, quiet.id, { stage: "screening" }, { now: at(13) });
    expect(await staleSince(quiet.id)).toBeNull();
    const notices = (await db.select().from(realtimeEvents)).filter((n) => n.topic === pipelineTopic && (n.data as { type?: string }).type === "applications.stale");
    expect(notices.some((n) => (n.data as { application_ids: string[] }).application_ids.includes(quiet.id))).toBe(true);
  });
});

describe("changing a follow-up", () => {
  it("edits the text and due time, completes, skips and reopens (undo)", async () => {
    const app = await appliedApplication(at(0));
    const [first, second] = await followUpsOf(app.id);
    await changeFollowUp(db, recruiter, first.id, { body: "Hello again", due_at: at(5) }, at(1));
    await changeFollowUp(db, recruiter, second.id, { status: "skipped" }, at(1));
    let [a, b] = await followUpsOf(app.id);
    expect(a).toMatchObject({ body: "Hello again", dueAt: at(5), status: "planned" });
    expect(b).toMatchObject({ status: "skipped", completedAt: at(1) });
    await changeFollowUp(db, recruiter, second.id, { status: "planned" }, at(2));
    [a, b] = await followUpsOf(app.id);
    expect(b).toMatchObject({ status: "planned", completedAt: null });
  });

  it("snoozing a due follow-up plans it again so the check tells its owner once more", async () => {
    const app = await appliedApplication(at(-4));
    await markDueFollowUps(db, at(0));
    const [due] = await followUpsOf(app.id);
    expect(due.status).toBe("due");
    await changeFollowUp(db, recruiter, due.id, { due_at: at(2) }, at(0));
    expect((await followUpsOf(app.id))[0]).toMatchObject({ status: "planned", notifiedAt: null });
    expect(await markDueFollowUps(db, at(3))).toContain(due.id);
  });

  it("refuses changes a follow-up's state does not allow, with a 422 naming what is allowed", async () => {
    const app = await appliedApplication();
    const [first] = await followUpsOf(app.id);
    await changeFollowUp(db, recruiter, first.id, { status: "done" });
    await expect(changeFollowUp(db, recruiter, first.id, { status: "skipped" })).rejects.toMatchObject({ code: "unprocessable", details: { from: "done", allowed: ["planned"] } });
    await expect(changeFollowUp(db, recruiter, first.id, { body: "late edit" })).rejects.toBeInstanceOf(UnprocessableError);
    await moveApplication(db, recruiter, app.id, { stage: "withdrawn" });
    const cancelled = (await followUpsOf(app.id)).find((f) => f.status === "cancelled")!;
    await expect(changeFollowUp(db, recruiter, cancelled.id, { status: "done" })).rejects.toMatchObject({ code: "unprocessable", details: { allowed: [] } });
    await expect(changeFollowUp(db, recruiter, first.id, { status: "planned" })).rejects.toBeInstanceOf(UnprocessableError);
  });

  it("lets a seeker change only the follow-ups of their own applications", async () => {
    const a = await seeker();
    const b = await seeker();
    const app = await createApplication(db, a.user, { jobId: await makeJob() });
    const [first] = await followUpsOf(app.id);
    await expect(changeFollowUp(db, b.user, first.id, { status: "done" })).rejects.toBeInstanceOf(NotFoundError);
    await changeFollowUp(db, a.user, first.id, { status: "done" });
    expect((await followUpsOf(app.id))[0].status).toBe("done");
  });
});

describe("sequences", () => {
  it("creates the Standard sequence once, however often it is asked for", async () => {
    const [one, two] = await Promise.all([defaultSequence(db), defaultSequence(db)]);
    expect(one.id).toBe(two.id);
    expect((await db.select().from(followUpSequences).where(eq(followUpSequences.isDefault, true))).length).toBe(1);
    expect((await listSequences(db))[0]).toMatchObject({ isDefault: true });
  });

  it("refuses deleting the default, and sequence changes from anyone but an admin", async () => {
    const standard = await defaultSequence(db);
    await expect(deleteSequence(db, admin, standard.id)).rejects.toBeInstanceOf(UnprocessableError);
    await expect(createSequence(db, recruiter, { name: "Mine", steps: [{ days: 1, template: "x" }] })).rejects.toBeInstanceOf(ForbiddenError);
    const extra = await createSequence(db, admin, { name: `Extra ${randomUUID()}`, steps: [{ days: 1, template: "x" }] });
    await expect(createSequence(db, admin, { name: extra.name.toUpperCase(), steps: [{ days: 1, template: "x" }] })).rejects.toMatchObject({ code: "conflict" });
    await deleteSequence(db, admin, extra.id);
    expect((await listSequences(db)).map((s) => s.id)).not.toContain(extra.id);
  });
});

async function seeker(): Promise<{ user: User; candidateId: string }> {
  const user = await makeUser("seeker");
  return { user, candidateId: await makeCandidate(user.id) };
}
