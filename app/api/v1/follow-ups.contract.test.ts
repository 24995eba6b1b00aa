import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { candidates, jobs, users, type User } from "@/db/schema";
import { createApplication } from "@/lib/applications";
import { createApiKey } from "@/lib/auth/api-keys";
import type { FollowUpView } from "@/lib/follow-ups/serialize";
import type { PageResponse } from "@/lib/http/pagination";
import { callJson, openApiTestEnvironment, type ApiTestEnvironment } from "@/tests/api";
import "@/lib/follow-ups/stage-hook";
import { PATCH as changeFollowUp } from "./follow-ups/[id]/route";
import { GET as listFollowUps } from "./follow-ups/route";

type ErrorBody = { error: { code: string; message: string; details: unknown } };
type Seeker = { user: User; key: string; applicationId: string };

const day = 24 * 60 * 60 * 1000;
let env: ApiTestEnvironment;
let recruiterApplication: string;
let ana: Seeker;
let bo: Seeker;

async function seekerWithApplication(name: string, jobId: string, appliedAt: Date): Promise<Seeker> {
  const { db } = env.handle;
  const [user] = await db.insert(users).values({ email: `${randomUUID()}@example.com`, name, role: "seeker", passwordHash: "x" }).returning();
  await db.insert(candidates).values({ fullName: name, firstName: name.split(" ")[0], userId: user.id });
  const application = await createApplication(db, user, { jobId }, { now: appliedAt });
  return { user, key: (await createApiKey(db, user.id, "contract test")).key, applicationId: application.id };
}

const list = (key: string, query = "") => callJson<PageResponse<FollowUpView>>(listFollowUps, `/api/v1/follow-ups${query ? `?${query}` : ""}`, { key });
const change = (key: string, id: string, body: unknown) => callJson<{ data: FollowUpView } & ErrorBody>(changeFollowUp, `/api/v1/follow-ups/${id}`, { key, method: "PATCH", params: { id }, body });

beforeAll(async () => {
  env = await openApiTestEnvironment();
  const { db } = env.handle;
  const [job] = await db.select({ id: jobs.id }).from(jobs).limit(1);
  const [other] = await db.select({ id: jobs.id }).from(jobs).limit(1).offset(1);
  const [recruiter] = await db.select().from(users).where(eq(users.email, "recruiter@example.com"));
  const [candidate] = await db.insert(candidates).values({ fullName: "Cy Park" }).returning({ id: candidates.id });
  const now = Date.now();
  recruiterApplication = (await createApplication(db, recruiter, { jobId: job.id, candidateId: candidate.id }, { now: new Date(now - 10 * day) })).id;
  ana = await seekerWithApplication("Ana Diaz", job.id, new Date(now));
  bo = await seekerWithApplication("Bo Lee", other.id, new Date(now));
});
afterAll(() => env.close());

describe("GET /api/v1/follow-ups", () => {
  it("gives a seeker the follow-ups of their own applications only, soonest first", async () => {
    const { status, body } = await list(ana.key);
    expect(status).toBe(200);
    expect(body).toMatchObject({ page: 1, total: 3, total_pages: 1 });
    expect(body.data.length).toBe(3);
    expect(body.data.every((f) => f.application_id === ana.applicationId)).toBe(true);
    const dues = body.data.map((f) => Date.parse(f.due_at!));
    expect(dues).toEqual([...dues].sort((a, b) => a - b));
    expect(body.data[0]).toMatchObject({ kind: "sequence", status: "planned", step: 0, application: { stage: "applied", candidate: { full_name: "Ana Diaz" } } });
    expect(body.data[0].body).toContain("Best regards,\nAna");
  });

  it("gives recruiters every application's follow-ups, filtered by application, status and due date, paged", async () => {
    const all = await list(env.keys.recruiter, "limit=2");
    expect(all.body).toMatchObject({ total: 9, limit: 2, total_pages: 5 });
    const own = await list(env.keys.recruiter, `application_id=${recruiterApplication}`);
    expect(own.body.data.map((f) => f.application_id)).toEqual([recruiterApplication, recruiterApplication, recruiterApplication]);
    const soon = await list(env.keys.recruiter, `due_before=${new Date(Date.now() + 5 * day).toISOString()}`);
    // Applied 10 days ago: days 3, 7 and 14 (in 4 days) fall before the cut-off; of the seekers', each day-3 one.
    expect(soon.body.total).toBe(5);
    expect(soon.body.data.filter((f) => f.application_id === recruiterApplication)).toHaveLength(3);
    const page2 = await list(env.keys.recruiter, "limit=2&page=2");
    expect(page2.body.data.length).toBe(2);
    expect(page2.body.data.some((f) => all.body.data.some((g) => g.id === f.id))).toBe(false);
  });

  it("filters by a comma-separated status list", async () => {
    const [first] = (await list(ana.key)).body.data;
    expect((await change(ana.key, first.id, { status: "done" })).status).toBe(200);
    const done = await list(ana.key, "status=done");
    expect(done.body.data.map((f) => f.id)).toEqual([first.id]);
    expect((await list(ana.key, "status=planned,due")).body.total).toBe(2);
  });

  it("answers a seeker asking for another seeker's application with 404, and malformed filters with 400", async () => {
    const other = await list(ana.key, `application_id=${bo.applicationId}`);
    expect(other.status).toBe(404);
    expect((other.body as unknown as ErrorBody).error.code).toBe("not_found");
    expect((await list(ana.key, "application_id=nope")).status).toBe(400);
    expect((await list(ana.key, "status=finished")).status).toBe(400);
    expect((await list(ana.key, "due_before=tomorrow")).status).toBe(400);
    expect((await list(env.keys.recruiter, `application_id=${randomUUID()}`)).status).toBe(404);
  });

  it("refuses a caller without a key", async () => {
    const res = await callJson<ErrorBody>(listFollowUps, "/api/v1/follow-ups");
    expect(res.status).toBe(401);
  });
});

describe("PATCH /api/v1/follow-ups/{id}", () => {
  it("edits the text and due time and answers with the follow-up", async () => {
    const [, second] = (await list(bo.key)).body.data;
    const due = new Date(Date.now() + 20 * day).toISOString();
    const { status, body } = await change(bo.key, second.id, { body: "Short and friendly.", due_at: due });
    expect(status).toBe(200);
    expect(body.data).toMatchObject({ id: second.id, body: "Short and friendly.", due_at: due, status: "planned" });
  });

  it("skips, and undoes the skip by reopening", async () => {
    const [first] = (await list(bo.key)).body.data;
    expect((await change(bo.key, first.id, { status: "skipped" })).body.data).toMatchObject({ status: "skipped", completed_at: expect.any(String) });
    expect((await change(bo.key, first.id, { status: "planned" })).body.data).toMatchObject({ status: "planned", completed_at: null });
  });

  it("refuses a change the follow-up's state does not allow with 422 and the allowed statuses", async () => {
    const [first] = (await list(bo.key)).body.data;
    await change(bo.key, first.id, { status: "done" });
    const { status, body } = await change(bo.key, first.id, { status: "skipped" });
    expect(status).toBe(422);
    expect(body.error).toMatchObject({ code: "unprocessable", details: { from: "done", allowed: ["planned"] } });
    expect((await change(bo.key, first.id, { body: "edit after done" })).status).toBe(422);
  });

  it("answers 404 for another seeker's follow-up or an unknown id, 400 for a malformed id or body", async () => {
    const [anas] = (await list(ana.key)).body.data;
    expect((await change(bo.key, anas.id, { status: "done" })).status).toBe(404);
    expect((await change(bo.key, randomUUID(), { status: "done" })).status).toBe(404);
    expect((await change(bo.key, "not-an-id", { status: "done" })).status).toBe(400);
    expect((await change(bo.key, anas.id, {})).status).toBe(400);
    expect((await change(bo.key, anas.id, { status: "cancelled" })).status).toBe(400);
    expect((await change(bo.key, anas.id, { due_at: "next week" })).status).toBe(400);
    expect((await change(bo.key, anas.id, { stage: "offer" })).status).toBe(400);
  });
});
