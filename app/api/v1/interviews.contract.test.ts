import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import ICAL from "ical.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applications, candidates, followUps, jobs, outbox, realtimeEvents, users, type User } from "@/db/schema";
import { createApplication } from "@/lib/applications/create";
import { moveApplication } from "@/lib/applications/move";
import { createApiKey } from "@/lib/auth/api-keys";
import "@/lib/interviews/stage-hook";
import { pipelineTopic, userTopic } from "@/lib/realtime";
import { callJson, callRoute, openApiTestEnvironment, type ApiKeys, type ApiTestEnvironment } from "@/tests/api";
import { GET as calendarFeed } from "../calendar/[file]/route";
import { DELETE as revokeFeed, GET as feedStatus, POST as createFeed } from "./calendar-feed/route";
import { DELETE as cancel, GET as getOne, PATCH as reschedule } from "./interviews/[id]/route";
import { GET as list, POST as schedule } from "./interviews/route";

let env: ApiTestEnvironment;
let keys: ApiKeys;
let recruiter: User;
let seekerA: { user: User; key: string; candidateId: string };
let seekerB: { user: User; key: string; candidateId: string };
const unknownId = "00000000-0000-4000-8000-000000000000";

type ErrorBody = { error: { code: string; message: string; details: unknown } };
type Interview = {
  id: string;
  application_id: string;
  status: string;
  starts_at: string;
  ends_at: string;
  time_zone: string;
  uid: string;
  sequence: number;
  interviewers: { user_id: string | null; email: string; name: string | null }[];
  candidate: { full_name: string };
  job: { title: string | null };
};

async function makeSeeker(name: string) {
  const { db } = env.handle;
  const [user] = await db.insert(users).values({ email: `${name.toLowerCase().replace(" ", ".")}-${randomUUID().slice(0, 8)}@example.com`, name, role: "seeker", passwordHash: "x" }).returning();
  const [candidate] = await db.insert(candidates).values({ fullName: name, email: user.email, userId: user.id }).returning({ id: candidates.id });
  return { user, key: (await createApiKey(db, user.id, "test")).key, candidateId: candidate.id };
}

async function makeApplication(candidateId: string, stage: "applied" | "screening" | "interviewing" = "applied", title = "Backend Engineer") {
  const { db } = env.handle;
  const [job] = await db.insert(jobs).values({ title }).returning({ id: jobs.id });
  const app = await createApplication(db, recruiter, { jobId: job.id, candidateId });
  if (stage !== "applied") await db.update(applications).set({ stage }).where(eq(applications.id, app.id));
  return app.id;
}

const post = (body: unknown, key = keys.recruiter) => callJson<{ id: string } & ErrorBody>(schedule, "/api/v1/interviews", { key, body });
const get = (id: string, key = keys.recruiter) => callJson<{ data: Interview } & ErrorBody>(getOne, `/api/v1/interviews/${id}`, { key, params: { id } });
const patch = (id: string, body: unknown, key = keys.recruiter) => callJson<{ data: Interview } & ErrorBody>(reschedule, `/api/v1/interviews/${id}`, { key, method: "PATCH", body, params: { id } });
const del = (id: string, key = keys.recruiter) => callJson<{ data: Interview } & ErrorBody>(cancel, `/api/v1/interviews/${id}`, { key, method: "DELETE", params: { id } });

async function ics(id: string, key = keys.recruiter) {
  const res = await callRoute(getOne, `/api/v1/interviews/${id}.ics`, { key, params: { id: `${id}.ics` } });
  return { res, text: await res.text() };
}

/** The file as a standard parser reads it: the calendar and its events. */
function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const events = calendar.getAllSubcomponents("vevent").map((vevent) => ({
    uid: String(vevent.getFirstPropertyValue("uid")),
    sequence: Number(vevent.getFirstPropertyValue("sequence")),
    status: String(vevent.getFirstPropertyValue("status")),
    summary: String(vevent.getFirstPropertyValue("summary")),
    start: new ICAL.Event(vevent).startDate.toJSDate(),
    end: new ICAL.Event(vevent).endDate.toJSDate(),
    attendees: vevent.getAllProperties("attendee").map((p) => String(p.getFirstValue()).toLowerCase()),
    organizer: String(vevent.getFirstPropertyValue("organizer") ?? ""),
    alarms: vevent.getAllSubcomponents("valarm").map((a) => String(a.getFirstPropertyValue("trigger"))),
    hasStamp: vevent.hasProperty("dtstamp"),
  }));
  return { method: calendar.getFirstPropertyValue("method"), name: calendar.getFirstPropertyValue("x-wr-calname"), calendar, events };
}

beforeAll(async () => {
  env = await openApiTestEnvironment();
  keys = env.keys;
  [recruiter] = await env.handle.db.select().from(users).where(eq(users.email, "recruiter@example.com"));
  seekerA = await makeSeeker("Ana Silva");
  seekerB = await makeSeeker("Bo Chen");
});
afterAll(() => env.close());

describe("POST /api/v1/interviews", () => {
  it("schedules an interview, moves applied to interview_scheduled, plans a thank-you and tells the pipeline and the seeker", async () => {
    const applicationId = await makeApplication(seekerA.candidateId);
    const created = await post({ application_id: applicationId, type: "video", starts_at: "2027-07-01T09:00", duration_minutes: 45, time_zone: "America/New_York", video_url: "https://meet.example.com/abc", interviewers: [{ email: "Panel@Example.com", name: "Pat Panel" }, recruiter.id] });
    expect(created.status).toBe(201);
    expect(created.body).toEqual({ id: expect.any(String) });
    const { db } = env.handle;
    const [app] = await db.select().from(applications).where(eq(applications.id, applicationId));
    expect(app.stage).toBe("interview_scheduled");
    const shown = await get(created.body.id);
    expect(shown.status).toBe(200);
    // 09:00 in New York in July is 13:00 UTC (EDT).
    expect(shown.body.data).toMatchObject({ starts_at: "2027-07-01T13:00:00.000Z", ends_at: "2027-07-01T13:45:00.000Z", time_zone: "America/New_York", status: "scheduled", sequence: 0 });
    expect(shown.body.data.interviewers).toEqual([
      { user_id: null, email: "panel@example.com", name: "Pat Panel" },
      { user_id: recruiter.id, email: "recruiter@example.com", name: recruiter.name },
    ]);
    const thanks = await db.select().from(followUps).where(eq(followUps.interviewId, created.body.id));
    // Due 09:00 New York time the day after: 2027-07-02T13:00Z.
    expect(thanks).toEqual([expect.objectContaining({ kind: "thank_you", status: "planned", applicationId, dueAt: new Date("2027-07-02T13:00:00Z") })]);
    expect(thanks[0].body).toContain("Pat Panel");
    const events = (await db.select().from(outbox)).filter((e) => e.name === "interviews/changed" && (e.data as { interviewId: string }).interviewId === created.body.id);
    expect(events.map((e) => e.data)).toEqual([{ interviewId: created.body.id, change: "scheduled", actorId: recruiter.id }]);
    const topics = (await db.select().from(realtimeEvents)).filter((e) => e.data.interview_id === created.body.id).map((e) => e.topic);
    expect(topics.sort()).toEqual([pipelineTopic, userTopic(seekerA.user.id)].sort());
  });

  it("leaves later open stages where they are and refuses closed applications with 422", async () => {
    const interviewing = await makeApplication(seekerA.candidateId, "interviewing");
    expect((await post({ application_id: interviewing, type: "onsite", starts_at: "2027-08-01T10:00:00Z", duration_minutes: 60, location: "HQ, room 4" })).status).toBe(201);
    const [app] = await env.handle.db.select().from(applications).where(eq(applications.id, interviewing));
    expect(app.stage).toBe("interviewing");
    await env.handle.db.update(applications).set({ stage: "rejected" }).where(eq(applications.id, interviewing));
    const refused = await post({ application_id: interviewing, type: "onsite", starts_at: "2027-08-02T10:00:00Z", duration_minutes: 60 });
    expect(refused.status).toBe(422);
    expect(refused.body.error).toMatchObject({ code: "unprocessable", details: { stage: "rejected" } });
  });

  it("answers a caller's mistakes with 4xx: bad fields 400, unknown application 404, unknown interviewer 422, seekers 403", async () => {
    const applicationId = await makeApplication(seekerA.candidateId);
    const bad = await post({ application_id: "nope", type: "lunch", starts_at: "tomorrow", duration_minutes: 0, time_zone: "Mars/Olympus", video_url: "javascript:alert(1)" });
    expect(bad.status).toBe(400);
    expect((bad.body.error.details as { path: string }[]).map((d) => d.path).sort()).toEqual(["application_id", "duration_minutes", "starts_at", "time_zone", "type", "video_url"]);
    expect((await post({ application_id: unknownId, type: "phone", starts_at: "2027-07-01T09:00:00Z", duration_minutes: 30 })).status).toBe(404);
    const stranger = await post({ application_id: applicationId, type: "phone", starts_at: "2027-07-01T09:00:00Z", duration_minutes: 30, interviewers: [seekerB.user.id] });
    expect(stranger.status).toBe(422);
    expect(stranger.body.error.details).toEqual({ unknown_user_ids: [seekerB.user.id] });
    expect((await post({ application_id: applicationId, type: "phone", starts_at: "2027-07-01T09:00:00Z", duration_minutes: 30 }, seekerA.key)).status).toBe(403);
  });
});

describe("closing an application", () => {
  it("cancels its upcoming interviews (SEQUENCE raised, thank-you dropped) and leaves past ones alone", async () => {
    const applicationId = await makeApplication(seekerA.candidateId);
    const ahead = (await post({ application_id: applicationId, type: "video", starts_at: new Date(Date.now() + 2 * 86_400_000).toISOString(), duration_minutes: 30 })).body.id;
    const past = (await post({ application_id: applicationId, type: "phone", starts_at: new Date(Date.now() - 2 * 86_400_000).toISOString(), duration_minutes: 30 })).body.id;
    await moveApplication(env.handle.db, recruiter, applicationId, { stage: "rejected", note: "Went with another candidate" });
    expect((await get(ahead)).body.data).toMatchObject({ status: "cancelled", sequence: 1 });
    expect((await get(past)).body.data).toMatchObject({ status: "scheduled", sequence: 0 });
    const [thanks] = await env.handle.db.select().from(followUps).where(eq(followUps.interviewId, ahead));
    expect(thanks.status).toBe("cancelled");
    const changes = (await env.handle.db.select().from(outbox)).filter((e) => e.name === "interviews/changed" && (e.data as { interviewId: string }).interviewId === ahead);
    expect(changes.map((e) => e.data)).toEqual([expect.objectContaining({ change: "scheduled" }), { interviewId: ahead, change: "cancelled", actorId: null }]);
  });
});

describe("GET /api/v1/interviews", () => {
  it("lists by application and time window, and scopes seekers to their own applications", async () => {
    const mine = await makeApplication(seekerA.candidateId);
    const theirs = await makeApplication(seekerB.candidateId);
    const a = (await post({ application_id: mine, type: "phone", starts_at: "2027-09-01T09:00:00Z", duration_minutes: 30 })).body.id;
    const b = (await post({ application_id: theirs, type: "phone", starts_at: "2027-09-02T09:00:00Z", duration_minutes: 30 })).body.id;
    type Page = { data: Interview[]; total: number; page: number; total_pages: number };
    const byApp = await callJson<Page>(list, `/api/v1/interviews?application_id=${mine}`, { key: keys.recruiter });
    expect(byApp.status).toBe(200);
    expect(byApp.body.data.map((i) => i.id)).toEqual([a]);
    const window = await callJson<Page>(list, "/api/v1/interviews?from=2027-09-02&to=2027-09-03", { key: keys.recruiter });
    expect(window.body.data.map((i) => i.id)).toEqual([b]);
    const seekerView = await callJson<Page>(list, "/api/v1/interviews?limit=100", { key: seekerA.key });
    expect(seekerView.body.data.length).toBeGreaterThan(0);
    expect(seekerView.body.data.every((i) => i.candidate.full_name === "Ana Silva")).toBe(true);
    expect(seekerView.body.data.map((i) => i.id)).toContain(a);
    expect((await get(b, seekerA.key)).status).toBe(404);
    expect((await get(a, seekerA.key)).status).toBe(200);
    expect((await callJson<Page>(list, `/api/v1/interviews?application_id=${theirs}`, { key: seekerA.key })).body.total).toBe(0);
    expect((await callJson<ErrorBody>(list, "/api/v1/interviews?from=yesterday", { key: keys.recruiter })).status).toBe(400);
  });

  it("gives 400 for a malformed id, 404 for an unknown one, and seekers cannot change interviews", async () => {
    expect((await get("not-a-uuid")).status).toBe(400);
    expect((await get(unknownId)).status).toBe(404);
    expect((await ics(unknownId)).res.status).toBe(404);
    const applicationId = await makeApplication(seekerA.candidateId);
    const id = (await post({ application_id: applicationId, type: "phone", starts_at: "2027-09-05T09:00:00Z", duration_minutes: 30 })).body.id;
    expect((await patch(id, { duration_minutes: 60 }, seekerA.key)).status).toBe(403);
    expect((await del(id, seekerA.key)).status).toBe(403);
    expect((await patch(`${id}.ics`, { duration_minutes: 60 })).status).toBe(400);
    expect((await patch(id, {})).status).toBe(400);
  });
});

describe("the .ics file", () => {
  it("carries the instant, three alarms and the people; rescheduling keeps the UID and raises SEQUENCE; cancelling says CANCELLED", async () => {
    const applicationId = await makeApplication(seekerA.candidateId, "screening", "Data Engineer");
    const id = (await post({ application_id: applicationId, type: "technical", starts_at: "2027-03-10T09:30", duration_minutes: 90, time_zone: "Europe/Berlin", location: "Berlin office", interviewers: [{ email: "lead@example.com", name: "Lee Lead" }] })).body.id;

    const first = await ics(id);
    expect(first.res.status).toBe(200);
    expect(first.res.headers.get("content-type")).toMatch(/^text\/calendar/);
    expect(first.res.headers.get("content-disposition")).toMatch(/^attachment; filename="interview-2027-03-10-ana-silva\.ics"$/);
    const one = parse(first.text);
    expect(one.method).toBe("REQUEST");
    expect(one.events).toHaveLength(1);
    const [event] = one.events;
    // 09:30 in Berlin in March (CET, +01:00) is 08:30 UTC.
    expect(event.start.toISOString()).toBe("2027-03-10T08:30:00.000Z");
    expect(event.end.toISOString()).toBe("2027-03-10T10:00:00.000Z");
    expect(event).toMatchObject({ sequence: 0, status: "CONFIRMED", hasStamp: true, summary: "Technical interview: Ana Silva — Data Engineer" });
    expect(event.alarms.sort()).toEqual(["-P1D", "-PT15M", "-PT1H"]);
    expect(event.organizer.toLowerCase()).toBe("mailto:recruiter@example.com");
    expect(event.attendees).toEqual([`mailto:${seekerA.user.email}`, "mailto:lead@example.com"]);

    const moved = await patch(id, { starts_at: "2027-03-31T10:00", duration_minutes: 60 });
    expect(moved.status).toBe(200);
    // The zone stays Berlin, now on summer time (+02:00).
    expect(moved.body.data).toMatchObject({ starts_at: "2027-03-31T08:00:00.000Z", sequence: 1, uid: event.uid });
    const second = parse((await ics(id)).text).events[0];
    expect(second).toMatchObject({ uid: event.uid, sequence: 1, status: "CONFIRMED" });
    expect(second.start.toISOString()).toBe("2027-03-31T08:00:00.000Z");
    const [thanks] = await env.handle.db.select().from(followUps).where(and(eq(followUps.interviewId, id), eq(followUps.kind, "thank_you")));
    expect(thanks).toMatchObject({ status: "planned", dueAt: new Date("2027-04-01T07:00:00Z") });

    const cancelled = await del(id);
    expect(cancelled.status).toBe(200);
    expect(cancelled.body.data).toMatchObject({ status: "cancelled", sequence: 2 });
    const third = parse((await ics(id)).text);
    expect(third.method).toBe("CANCEL");
    expect(third.events[0]).toMatchObject({ uid: event.uid, sequence: 2, status: "CANCELLED" });
    expect(third.events[0].alarms).toHaveLength(3);
    const [after] = await env.handle.db.select().from(followUps).where(eq(followUps.id, thanks.id));
    expect(after.status).toBe("cancelled");
    expect((await del(id)).status).toBe(422);
    expect((await patch(id, { duration_minutes: 30 })).status).toBe(422);
    const changes = (await env.handle.db.select().from(outbox)).filter((e) => e.name === "interviews/changed" && (e.data as { interviewId: string }).interviewId === id);
    expect(changes.map((e) => (e.data as { change: string }).change)).toEqual(["scheduled", "rescheduled", "cancelled"]);
  });

  it("is the seeker's to download for their own interview, and not for another seeker's", async () => {
    const applicationId = await makeApplication(seekerB.candidateId);
    const id = (await post({ application_id: applicationId, type: "phone", starts_at: "2027-05-05T15:00:00+02:00", duration_minutes: 30 })).body.id;
    const own = await ics(id, seekerB.key);
    expect(own.res.status).toBe(200);
    expect(parse(own.text).events[0].start.toISOString()).toBe("2027-05-05T13:00:00.000Z");
    expect((await ics(id, seekerA.key)).res.status).toBe(404);
  });
});

describe("the private calendar feed", () => {
  const feed = (file: string) => callRoute(calendarFeed, `/api/calendar/${file}`, { params: { file }, headers: { "x-forwarded-for": "203.0.113.9" } });

  it("is created once-shown, lists the user's interviews (cancelled ones as CANCELLED), and stops working when rotated or revoked", async () => {
    const applicationId = await makeApplication(seekerA.candidateId, "applied", "Feed Engineer");
    const kept = (await post({ application_id: applicationId, type: "video", starts_at: new Date(Date.now() + 3 * 86_400_000).toISOString(), duration_minutes: 30, interviewers: [{ email: "admin@example.com", name: "Ada Admin" }] })).body.id;
    const dropped = (await post({ application_id: applicationId, type: "phone", starts_at: new Date(Date.now() + 4 * 86_400_000).toISOString(), duration_minutes: 30 })).body.id;
    await del(dropped);
    const old = (await post({ application_id: applicationId, type: "phone", starts_at: new Date(Date.now() - 40 * 86_400_000).toISOString(), duration_minutes: 30 })).body.id;

    expect((await callJson<{ data: { active: boolean } }>(feedStatus, "/api/v1/calendar-feed", { key: seekerA.key })).body.data.active).toBe(false);
    const created = await callJson<{ data: { token: string; feed_url: string } }>(createFeed, "/api/v1/calendar-feed", { key: seekerA.key, method: "POST" });
    expect(created.status).toBe(201);
    expect(created.body.data.feed_url).toMatch(/^http:\/\/localhost\/api\/calendar\/hfcal_[\w-]{43}\.ics$/);
    const file = `${created.body.data.token}.ics`;

    const res = await feed(file);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^text\/calendar/);
    const text = await res.text();
    const parsed = parse(text);
    expect(parsed.method).toBeNull();
    expect(parsed.name).toBe("Hireflow interviews");
    expect(text).toMatch(/REFRESH-INTERVAL;VALUE=DURATION:PT1H/);
    const byId = new Map(await Promise.all([kept, dropped].map(async (id) => [(await get(id)).body.data.uid, id] as const)));
    const inFeed = parsed.events.filter((e) => byId.has(e.uid));
    expect(inFeed.map((e) => [byId.get(e.uid), e.status])).toEqual([
      [kept, "CONFIRMED"],
      [dropped, "CANCELLED"],
    ]);
    expect(parsed.events.length).toBeGreaterThan(0);
    expect(parsed.events.every((e) => e.alarms.length === 3)).toBe(true);
    const oldUid = (await get(old)).body.data.uid;
    expect(parsed.events.some((e) => e.uid === oldUid)).toBe(false);

    // Seeker B sees none of A's; the admin sees the one they sit on (by e-mail), the organizer all three.
    const otherToken = (await callJson<{ data: { token: string } }>(createFeed, "/api/v1/calendar-feed", { key: seekerB.key, method: "POST" })).body.data.token;
    const other = parse(await (await feed(`${otherToken}.ics`)).text());
    expect(other.events.some((e) => byId.has(e.uid))).toBe(false);
    const adminToken = (await callJson<{ data: { token: string } }>(createFeed, "/api/v1/calendar-feed", { key: keys.admin, method: "POST" })).body.data.token;
    const adminUids = parse(await (await feed(`${adminToken}.ics`)).text()).events.map((e) => e.uid);
    expect(adminUids.filter((uid) => byId.has(uid)).map((uid) => byId.get(uid))).toEqual([kept]);
    const recruiterToken = (await callJson<{ data: { token: string } }>(createFeed, "/api/v1/calendar-feed", { key: keys.recruiter, method: "POST" })).body.data.token;
    const recruiterUids = parse(await (await feed(`${recruiterToken}.ics`)).text()).events.map((e) => e.uid);
    expect(recruiterUids.filter((uid) => byId.has(uid)).length).toBe(2);

    const rotated = await callJson<{ data: { token: string } }>(createFeed, "/api/v1/calendar-feed", { key: seekerA.key, method: "POST" });
    expect((await feed(file)).status).toBe(404);
    expect((await feed(`${rotated.body.data.token}.ics`)).status).toBe(200);
    expect((await callJson(revokeFeed, "/api/v1/calendar-feed", { key: seekerA.key, method: "DELETE" })).status).toBe(200);
    const gone = await feed(`${rotated.body.data.token}.ics`);
    expect(gone.status).toBe(404);
    expect(await gone.json()).toMatchObject({ error: { code: "not_found" } });
    expect((await callJson(revokeFeed, "/api/v1/calendar-feed", { key: seekerA.key, method: "DELETE" })).status).toBe(404);
  });

  it("answers 404 for anything that is not a live token's .ics", async () => {
    for (const file of ["nope.ics", "hfcal_short.ics", `hfcal_${"A".repeat(43)}.ics`, "feed.json", `hfcal_${"A".repeat(43)}`]) {
      expect((await feed(file)).status, file).toBe(404);
    }
  });
});
