import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { DatabaseHandle } from "@/db";
import { backgroundRuns, followUps, interviews, jobSources, notificationPreferences, notifications } from "@/db/schema";
import { applicationStageChanged, emit, followUpsDue, interviewChanged, strongMatchesFound, syncFailed } from "@/lib/events";
import { openTestDatabase } from "@/tests/db";
import { notificationCast, notificationsOf, realtimeFor } from "@/tests/notifications";

const testDb = vi.hoisted(() => ({ handle: undefined as DatabaseHandle | undefined }));
vi.mock("@/db", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/db")>()),
  getDb: async () => testDb.handle!.db,
  getDatabase: async () => testDb.handle!,
}));

const { drainRunner } = await import("../runner");
const { dispatchEventsTo } = await import("../runner/dispatch");
const { functions } = await import("./index");

let cast: Awaited<ReturnType<typeof notificationCast>>;
const db = () => testDb.handle!.db;

beforeAll(async () => {
  testDb.handle = await openTestDatabase();
  cast = await notificationCast(db());
});
afterAll(() => testDb.handle?.close());
beforeEach(async () => {
  await db().delete(notificationPreferences);
});

/** Emits an event into the outbox (as domain code does) and runs everything it starts. */
async function deliver(event: { name: string; data: Record<string, unknown> }): Promise<string> {
  const id = await emit(db(), event);
  await drainRunner({ db: db() });
  return id;
}

describe("notify-stage-changed", () => {
  it("tells the seeker and the job's recruiter when someone else moved the application, with links into their own pages", async () => {
    const { seeker, recruiter, colleague, seekerApplication: app } = cast;
    const id = await deliver(applicationStageChanged.create({ applicationId: app.id, eventId: crypto.randomUUID(), fromStage: "applied", toStage: "screening", actorId: colleague.id }));
    const byUser = await notificationsOf(db(), id);
    expect([...byUser.keys()].sort()).toEqual([seeker.id, recruiter.id].sort());
    expect(byUser.get(seeker.id)).toMatchObject({
      kind: "stage_changed",
      channel: "in_app",
      title: "Your application for Data engineer at Acme: Screening",
      body: "Your application for Data engineer at Acme moved from Applied to Screening by Carl Colleague.",
      link: `/portal/applications/${app.id}`,
      readAt: null,
    });
    expect(byUser.get(recruiter.id)).toMatchObject({ title: "Sam Seeker: Screening", link: `/applications/${app.id}` });
    const live = await realtimeFor(db(), seeker.id);
    expect(live.map((e) => e.data)).toContainEqual({ type: "notification", id: byUser.get(seeker.id)!.id, kind: "stage_changed" });
  });

  it("a redelivered event creates nothing new", async () => {
    const event = applicationStageChanged.create({ applicationId: cast.seekerApplication.id, eventId: crypto.randomUUID(), fromStage: "screening", toStage: "offer", actorId: cast.colleague.id });
    const id = await deliver(event);
    const before = await db().select().from(notifications);
    const liveBefore = (await realtimeFor(db(), cast.seeker.id)).length;
    // The runner would refuse a second run for the same event id; forget the first, as a crash before its record would.
    await db().delete(backgroundRuns);
    await dispatchEventsTo(db(), functions, [{ id, ...event }], new Date());
    await drainRunner({ db: db() });
    expect(await db().select().from(notifications)).toHaveLength(before.length);
    expect(await realtimeFor(db(), cast.seeker.id)).toHaveLength(liveBefore);
    expect((await notificationsOf(db(), id)).size).toBe(2);
  });

  it("says nothing to whoever made the move, nor to a user who turned the kind off", async () => {
    const { seeker, recruiter, seekerApplication: app } = cast;
    const bySeeker = await deliver(applicationStageChanged.create({ applicationId: app.id, eventId: crypto.randomUUID(), fromStage: "offer", toStage: "withdrawn", actorId: seeker.id }));
    expect([...(await notificationsOf(db(), bySeeker)).keys()]).toEqual([recruiter.id]);

    await db().insert(notificationPreferences).values({ userId: seeker.id, kind: "stage_changed", channel: "off" });
    const muted = await deliver(applicationStageChanged.create({ applicationId: app.id, eventId: crypto.randomUUID(), fromStage: "withdrawn", toStage: "applied", actorId: null }));
    expect([...(await notificationsOf(db(), muted)).keys()]).toEqual([recruiter.id]);
  });
});

describe("notify-interview-changed", () => {
  it("tells the seeker, the interviewers who are users and the creator, not the actor", async () => {
    const { seeker, recruiter, colleague, admin, seekerApplication: app } = cast;
    const [interview] = await db()
      .insert(interviews)
      .values({
        applicationId: app.id,
        type: "video",
        startsAt: new Date("2026-03-03T13:00:00Z"),
        durationMinutes: 45,
        timeZone: "Europe/Madrid",
        videoUrl: "https://meet.example/abc",
        interviewers: [
          { user_id: colleague.id, email: colleague.email, name: colleague.name },
          { user_id: admin.id, email: admin.email, name: admin.name },
          { user_id: null, email: "guest@example.org", name: "Guest" },
        ],
        uid: `${crypto.randomUUID()}@hireflow`,
        createdBy: recruiter.id,
      })
      .returning();
    const id = await deliver(interviewChanged.create({ interviewId: interview.id, change: "scheduled", actorId: admin.id }));
    const byUser = await notificationsOf(db(), id);
    expect([...byUser.keys()].sort()).toEqual([seeker.id, colleague.id, recruiter.id].sort());
    expect(byUser.get(seeker.id)).toMatchObject({
      kind: "interview",
      title: "Interview scheduled: Data engineer at Acme",
      body: "Your interview for Data engineer at Acme was scheduled for Tue, 3 Mar 2026, 14:00 (Europe/Madrid), 45 minutes, https://meet.example/abc.",
      link: `/portal/applications/${app.id}`,
    });
    expect(byUser.get(colleague.id)).toMatchObject({ title: "Interview scheduled: Sam Seeker", link: `/applications/${app.id}` });

    const cancelled = await deliver(interviewChanged.create({ interviewId: interview.id, change: "cancelled", actorId: recruiter.id }));
    const afterCancel = await notificationsOf(db(), cancelled);
    expect([...afterCancel.keys()].sort()).toEqual([seeker.id, colleague.id, admin.id].sort());
    expect(afterCancel.get(admin.id)?.body).toBe("Interview with Sam Seeker for Data engineer at Acme was cancelled.");
  });
});

describe("notify-follow-ups-due", () => {
  it("gives each owner one notification: the seeker for their own application, the recruiter for theirs", async () => {
    const { seeker, recruiter, seekerApplication, recruiterApplication } = cast;
    const due = new Date("2026-03-01T09:00:00Z");
    const rows = await db()
      .insert(followUps)
      .values([
        { applicationId: seekerApplication.id, kind: "sequence", step: 0, dueAt: due, body: "Ask how it is going", status: "due" },
        { applicationId: seekerApplication.id, kind: "thank_you", dueAt: due, body: "Say thank you", status: "due" },
        { applicationId: recruiterApplication.id, kind: "sequence", step: 0, dueAt: due, body: "Check in with Olga", status: "due" },
      ])
      .returning();
    const id = await deliver(followUpsDue.create({ followUpIds: rows.map((r) => r.id) }));
    const byUser = await notificationsOf(db(), id);
    expect([...byUser.keys()].sort()).toEqual([seeker.id, recruiter.id].sort());
    expect(byUser.get(seeker.id)).toMatchObject({ kind: "follow_up_due", title: "2 follow-ups due", link: "/portal" });
    expect(byUser.get(seeker.id)?.data).toEqual({ follow_up_ids: expect.arrayContaining([rows[0].id, rows[1].id]) });
    expect(byUser.get(recruiter.id)).toMatchObject({
      title: "Follow-up due: Olga Other (Data engineer at Acme)",
      body: "Check in with Olga",
      link: `/applications/${recruiterApplication.id}`,
    });
  });
});

describe("notify-strong-matches", () => {
  it("gives the job's recruiter and the candidate's seeker one notification each, counting their pairs", async () => {
    const { seeker, recruiter, job, otherJob, own, other } = cast;
    const id = await deliver(
      strongMatchesFound.create({
        matches: [
          { jobId: job.id, candidateId: other.id, score: 0.88 },
          { jobId: job.id, candidateId: own.id, score: 0.91 },
          { jobId: otherJob.id, candidateId: own.id, score: 0.86 },
        ],
      }),
    );
    const byUser = await notificationsOf(db(), id);
    expect([...byUser.keys()].sort()).toEqual([seeker.id, recruiter.id].sort());
    expect(byUser.get(recruiter.id)).toMatchObject({
      kind: "strong_match",
      title: "3 new strong matches for your jobs",
      body: "• Sam Seeker for Data engineer at Acme (91%)\n• Olga Other for Data engineer at Acme (88%)\n• Sam Seeker for Analytics engineer at Acme (86%)",
      link: "/matches",
      data: { count: 3 },
    });
    expect(byUser.get(seeker.id)).toMatchObject({ title: "2 new strong matches for you", body: "• Data engineer at Acme (91%)\n• Analytics engineer at Acme (86%)", link: "/portal" });
  });
});

describe("notify-sync-failed", () => {
  it("tells every admin and nobody else", async () => {
    const [source] = await db().insert(jobSources).values({ type: "lever", name: `lever-${crypto.randomUUID()}` }).returning();
    const id = await deliver(syncFailed.create({ runId: crypto.randomUUID(), sourceId: source.id, error: "HTTP 503 from the board" }));
    const byUser = await notificationsOf(db(), id);
    expect([...byUser.keys()].sort()).toEqual([cast.admin.id, cast.otherAdmin.id].sort());
    expect(byUser.get(cast.admin.id)).toMatchObject({ kind: "sync_failed", title: `Sync failed: ${source.name}`, body: "HTTP 503 from the board", link: "/sync" });
  });
});
