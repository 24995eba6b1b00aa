import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { candidates, jobs, users } from "@/db/schema";
import { createApiKey } from "@/lib/auth/api-keys";
import { callJson, openApiTestEnvironment, type ApiKeys, type ApiTestEnvironment } from "@/tests/api";
import { GET as getOne, PATCH as patchOne } from "./applications/[id]/route";
import { POST as moveRoute } from "./applications/[id]/status/route";
import { GET as list, POST as create } from "./applications/route";
import { GET as funnelRoute } from "./jobs/[id]/funnel/route";
import { GET as listPlacementsRoute, POST as placementRoute } from "./placements/route";

type ErrorBody = { error: { code: string; message: string; details: Record<string, unknown> } };
type HistoryEntry = { from_stage: string | null; to_stage: string; note: string | null; actor_id: string | null; at: string };
type Application = {
  id: string;
  job_id: string | null;
  candidate_id: string;
  stage: string;
  notes: string | null;
  contacts: Array<{ name: string; email: string | null }>;
  history: HistoryEntry[];
  time_in_stage_days: number;
  allowed_next_stages: string[];
  placement: { report_state: string; salary: number | null } | null;
};
type Page<T> = { data: T[]; total: number; page: number };

let env: ApiTestEnvironment;
let keys: ApiKeys;
let otherSeekerKey: string;
let seekerCandidateId: string;
let jobIds: string[];
let candidateIds: string[];
let nextJob = 0;

const createAs = (key: string, body: unknown) => callJson<{ id: string } & ErrorBody>(create, "/api/v1/applications", { key, body });
const getAs = (key: string, id: string) => callJson<{ data: Application } & ErrorBody>(getOne, `/api/v1/applications/${id}`, { key, params: { id } });
const moveAs = (key: string, id: string, body: unknown) => callJson<{ data: Application } & ErrorBody>(moveRoute, `/api/v1/applications/${id}/status`, { key, params: { id }, body });
const listAs = (key: string, qs = "") => callJson<Page<Application> & ErrorBody>(list, `/api/v1/applications${qs}`, { key });
/** A demo job no other test has used, so each test starts with a clean pipeline for it. */
const freshJob = () => jobIds[nextJob++];

async function seekerWithProfile(): Promise<{ key: string; candidateId: string }> {
  const db = env.handle.db;
  const [user] = await db.insert(users).values({ email: `seeker-${randomUUID()}@example.com`, name: "Second Seeker", role: "seeker", passwordHash: "x" }).returning();
  const [profile] = await db.insert(candidates).values({ fullName: "Second Seeker", userId: user.id }).returning();
  return { key: (await createApiKey(db, user.id, "contract test")).key, candidateId: profile.id };
}

beforeAll(async () => {
  env = await openApiTestEnvironment();
  keys = env.keys;
  const db = env.handle.db;
  jobIds = (await db.select({ id: jobs.id }).from(jobs)).map((j) => j.id);
  candidateIds = (await db.select({ id: candidates.id }).from(candidates)).map((c) => c.id);
  expect(jobIds.length).toBeGreaterThan(10);
  const [seeker] = await db.select().from(users).where(eq(users.role, "seeker"));
  const [own] = await db.insert(candidates).values({ fullName: "Demo Seeker", userId: seeker.id }).returning();
  seekerCandidateId = own.id;
  otherSeekerKey = (await seekerWithProfile()).key;
});
afterAll(() => env.close());

describe("POST /api/v1/applications", () => {
  it("creates an application in applied with its first history entry", async () => {
    const res = await createAs(keys.recruiter, { job_id: freshJob(), candidate_id: candidateIds[0] });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    const { status, body } = await getAs(keys.recruiter, res.body.id);
    expect(status).toBe(200);
    expect(body.data).toMatchObject({ id: res.body.id, stage: "applied", candidate_id: candidateIds[0], placement: null });
    expect(body.data.history).toEqual([expect.objectContaining({ from_stage: null, to_stage: "applied", note: null })]);
    expect(body.data.time_in_stage_days).toBe(0);
    expect(body.data.allowed_next_stages).toContain("screening");
  });

  it("answers 409 naming the existing application for a second one of the same candidate and job", async () => {
    const job_id = freshJob();
    const first = await createAs(keys.recruiter, { job_id, candidate_id: candidateIds[1] });
    const second = await createAs(keys.admin, { job_id, candidate_id: candidateIds[1] });
    expect(second.status).toBe(409);
    expect(second.body.error).toMatchObject({ code: "application_exists", details: { existing_application_id: first.body.id } });
  });

  it("refuses a malformed body with 400, an unknown job with 404, and a recruiter without a candidate with 400", async () => {
    expect((await createAs(keys.recruiter, { job_id: "nope", candidate_id: candidateIds[0] })).status).toBe(400);
    expect((await createAs(keys.recruiter, { job_id: randomUUID(), candidate_id: candidateIds[0] })).body.error.code).toBe("not_found");
    const missing = await createAs(keys.recruiter, { job_id: freshJob() });
    expect(missing.status).toBe(400);
    expect(missing.body.error.code).toBe("invalid_request");
  });

  it("uses a seeker's own profile when candidate_id is omitted, and hides another seeker's profile", async () => {
    const saved = await createAs(keys.seeker, { job_id: freshJob(), stage: "saved" });
    expect(saved.status, JSON.stringify(saved.body)).toBe(201);
    expect((await getAs(keys.seeker, saved.body.id)).body.data).toMatchObject({ stage: "saved", candidate_id: seekerCandidateId });
    const theirs = await createAs(otherSeekerKey, { job_id: freshJob(), candidate_id: seekerCandidateId });
    expect(theirs.status).toBe(404);
  });

  it("warns a seeker before applying to the same job reposted, and applies when they confirm", async () => {
    const db = env.handle.db;
    const key = `repost|${randomUUID()}`;
    const [a, b] = await db.insert(jobs).values([{ title: "Analyst", dedupeKey: key }, { title: "Analyst", dedupeKey: key }]).returning({ id: jobs.id });
    const first = await createAs(keys.seeker, { job_id: a.id });
    const warned = await createAs(keys.seeker, { job_id: b.id });
    expect(warned.status).toBe(409);
    expect(warned.body.error).toMatchObject({ code: "application_reposted_job", details: { existing_application_id: first.body.id } });
    expect((await createAs(keys.seeker, { job_id: b.id, allow_repost: true })).status).toBe(201);
  });

  it("takes a job found elsewhere from a seeker", async () => {
    const res = await createAs(keys.seeker, { external_job: { url: "https://careers.example/jobs/42", title: "Data Engineer", company: "Elsewhere Ltd" } });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect((await getAs(keys.seeker, res.body.id)).body.data).toMatchObject({ job_id: null, stage: "applied" });
    expect((await createAs(keys.seeker, { external_job: { url: "javascript:alert(1)", title: "x" } })).status).toBe(400);
  });
});

describe("POST /api/v1/applications/{id}/status", () => {
  it("moves along the stage machine and records who, from, to and the note", async () => {
    const { body: created } = await createAs(keys.recruiter, { job_id: freshJob(), candidate_id: candidateIds[2] });
    const res = await moveAs(keys.recruiter, created.id, { status: "screening", note: "Strong CV" });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.data.stage).toBe("screening");
    expect(res.body.data.history.at(-1)).toMatchObject({ from_stage: "applied", to_stage: "screening", note: "Strong CV" });
    expect(res.body.data.history.at(-1)?.actor_id).toBeTruthy();
  });

  it("answers 422 invalid_transition with the allowed next stages", async () => {
    const { body: created } = await createAs(keys.recruiter, { job_id: freshJob(), candidate_id: candidateIds[3] });
    const res = await moveAs(keys.recruiter, created.id, { status: "hired" });
    expect(res.status).toBe(422);
    expect(res.body.error).toMatchObject({ code: "invalid_transition", details: { from: "applied", to: "hired" } });
    expect(res.body.error.details.allowed).toEqual(["screening", "interview_scheduled", "interviewing", "offer", "rejected", "withdrawn"]);
  });

  it("answers 422 note_required when leaving rejected without a note", async () => {
    const { body: created } = await createAs(keys.recruiter, { job_id: freshJob(), candidate_id: candidateIds[4] });
    await moveAs(keys.recruiter, created.id, { status: "rejected" });
    const res = await moveAs(keys.recruiter, created.id, { status: "screening" });
    expect(res.status).toBe(422);
    expect(res.body.error.code).toBe("note_required");
    expect((await moveAs(keys.recruiter, created.id, { status: "screening", note: "Reconsidered" })).status).toBe(200);
  });

  it("lets a seeker withdraw their own but not move it to a recruiter's stage", async () => {
    const { body: created } = await createAs(keys.seeker, { job_id: freshJob() });
    const refused = await moveAs(keys.seeker, created.id, { status: "screening" });
    expect(refused.status).toBe(403);
    expect(refused.body.error).toMatchObject({ code: "stage_not_allowed", details: { allowed: ["withdrawn"] } });
    expect((await moveAs(keys.seeker, created.id, { status: "withdrawn" })).body.data.stage).toBe("withdrawn");
  });

  it("answers 400 for a malformed id or status and 404 for an unknown id", async () => {
    expect((await moveAs(keys.recruiter, "not-a-uuid", { status: "screening" })).status).toBe(400);
    expect((await moveAs(keys.recruiter, randomUUID(), { status: "screening" })).status).toBe(404);
    const { body: created } = await createAs(keys.recruiter, { job_id: freshJob(), candidate_id: candidateIds[5] });
    expect((await moveAs(keys.recruiter, created.id, { status: "promoted" })).status).toBe(400);
  });
});

describe("GET /api/v1/applications and /{id}", () => {
  it("filters by job and stage, and shows a seeker only their own", async () => {
    const job_id = freshJob();
    const a = await createAs(keys.recruiter, { job_id, candidate_id: candidateIds[6] });
    await createAs(keys.recruiter, { job_id, candidate_id: candidateIds[7] });
    await moveAs(keys.recruiter, a.body.id, { status: "screening" });
    const byJob = await listAs(keys.recruiter, `?job_id=${job_id}`);
    expect(byJob.body.total).toBe(2);
    const screening = await listAs(keys.recruiter, `?job_id=${job_id}&stage=screening`);
    expect(screening.body.data.map((x) => x.id)).toEqual([a.body.id]);

    const mine = await listAs(keys.seeker);
    expect(mine.body.data.length).toBeGreaterThan(0);
    expect(mine.body.data.every((x) => x.candidate_id === seekerCandidateId)).toBe(true);
    expect((await listAs(keys.seeker, `?job_id=${job_id}`)).body.total).toBe(0);
  });

  it("answers 404 to a seeker asking for another seeker's application", async () => {
    const { body: created } = await createAs(keys.seeker, { job_id: freshJob() });
    expect((await getAs(keys.seeker, created.id)).status).toBe(200);
    const other = await getAs(otherSeekerKey, created.id);
    expect(other.status).toBe(404);
    expect(other.body.error.code).toBe("not_found");
    expect((await moveAs(otherSeekerKey, created.id, { status: "withdrawn" })).status).toBe(404);
    expect((await getAs(keys.recruiter, created.id)).status).toBe(200);
  });

  it("answers 400 for a malformed id and 404 for an unknown one", async () => {
    expect((await getAs(keys.recruiter, "1")).status).toBe(400);
    expect((await getAs(keys.recruiter, randomUUID())).status).toBe(404);
  });
});

describe("PATCH /api/v1/applications/{id}", () => {
  it("edits notes and contacts, leaving what is not sent alone", async () => {
    const { body: created } = await createAs(keys.seeker, { job_id: freshJob(), notes: "First note" });
    const patch = (body: unknown) => callJson<{ data: Application } & ErrorBody>(patchOne, `/api/v1/applications/${created.id}`, { key: keys.seeker, method: "PATCH", params: { id: created.id }, body });
    const res = await patch({ contacts: [{ name: "Hiring Manager", email: "hm@acme.example" }] });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.data).toMatchObject({ notes: "First note", contacts: [{ name: "Hiring Manager", email: "hm@acme.example" }] });
    expect((await patch({ notes: "" })).body.data.notes).toBeNull();
    expect((await patch({})).status).toBe(400);
    expect((await patch({ contacts: [{ name: "x", email: "not-an-email" }] })).status).toBe(400);
  });
});

describe("GET /api/v1/jobs/{id}/funnel", () => {
  it("counts each stage reached with conversions, for recruiters only", async () => {
    const job_id = freshJob();
    const a = await createAs(keys.recruiter, { job_id, candidate_id: candidateIds[8] });
    await createAs(keys.recruiter, { job_id, candidate_id: candidateIds[9] });
    await moveAs(keys.recruiter, a.body.id, { status: "interview_scheduled" });
    const call = (key: string, id: string) => callJson<{ data: { total: number; stages: Array<{ stage: string; reached: number; conversion_from_previous: number | null }> } } & ErrorBody>(funnelRoute, `/api/v1/jobs/${id}/funnel`, { key, params: { id } });
    const res = await call(keys.recruiter, job_id);
    expect(res.status).toBe(200);
    expect(res.body.data.total).toBe(2);
    const screening = res.body.data.stages.find((s) => s.stage === "screening");
    expect(screening).toMatchObject({ reached: 1, conversion_from_previous: 0.5 });
    expect((await call(keys.seeker, job_id)).status).toBe(403);
    expect((await call(keys.recruiter, randomUUID())).status).toBe(404);
    expect((await call(keys.recruiter, "x")).status).toBe(400);
  });
});

describe("/api/v1/placements", () => {
  it("hires an application at offer with the placement's details, and lists it", async () => {
    const { body: created } = await createAs(keys.recruiter, { job_id: freshJob(), candidate_id: candidateIds[10], stage: "offer" });
    const post = (body: unknown) => callJson<{ data: { id: string; application_id: string; salary: number; salary_currency: string; report_state: string; start_date: string } } & ErrorBody>(placementRoute, "/api/v1/placements", { key: keys.recruiter, body });
    const res = await post({ application_id: created.id, start_date: "2027-03-01", salary: 64000, salary_currency: "gbp", source: "referral" });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body.data).toMatchObject({ application_id: created.id, salary: 64000, salary_currency: "GBP", start_date: "2027-03-01", report_state: "not_applicable" });
    const app = await getAs(keys.recruiter, created.id);
    expect(app.body.data).toMatchObject({ stage: "hired", placement: { salary: 64000 } });
    const again = await post({ application_id: created.id, salary: 66000 });
    expect(again.status).toBe(200);
    expect(again.body.data).toMatchObject({ salary: 66000, start_date: "2027-03-01" });
    const listed = await callJson<Page<{ id: string; job_title: string }>>(listPlacementsRoute, "/api/v1/placements", { key: keys.recruiter });
    expect(listed.body.data.map((p) => p.id)).toContain(res.body.data.id);
    expect((await callJson(listPlacementsRoute, "/api/v1/placements", { key: keys.seeker })).status).toBe(403);
  });

  it("refuses to hire an application that is not at offer", async () => {
    const { body: created } = await createAs(keys.recruiter, { job_id: freshJob(), candidate_id: candidateIds[11] });
    const res = await callJson<ErrorBody>(placementRoute, "/api/v1/placements", { key: keys.recruiter, body: { application_id: created.id } });
    expect(res.status).toBe(422);
    expect(res.body.error.code).toBe("invalid_transition");
    expect((await callJson(placementRoute, "/api/v1/placements", { key: keys.recruiter, body: { application_id: randomUUID() } })).status).toBe(404);
  });
});
