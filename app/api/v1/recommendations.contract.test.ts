import { randomUUID } from "node:crypto";
import { and, eq, ne } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applications, candidates, companies, jobs, users } from "@/db/schema";
import type { ApplicationStage } from "@/db/schema/applications";
import { createApiKey } from "@/lib/auth/api-keys";
import { rescoreMatches } from "@/lib/matching/refresh";
import type { CompanyInsightView } from "@/lib/companies/insight";
import type { RecommendationsResponse } from "@/lib/recommendations/serialize";
import { callJson, openApiTestEnvironment, type ApiKeys, type ApiTestEnvironment } from "@/tests/api";
import { POST as createApplication } from "./applications/route";
import { GET as insight } from "./companies/[id]/insight/route";
import { DELETE as undismiss, POST as dismiss } from "./recommendations/dismiss/route";
import { GET as recommendations } from "./recommendations/route";

let env: ApiTestEnvironment;
let keys: ApiKeys;
let seekerProfile: string;
let otherSeekerKey: string;
let otherProfile: string;
let noProfileKey: string;
let jobIds: Record<string, string>;
const unknownId = "00000000-0000-4000-8000-000000000000";

type ErrorBody = { error: { code: string; message: string; details: unknown } };

const get = (query: string, key: string) => callJson<RecommendationsResponse>(recommendations, `/api/v1/recommendations${query}`, { key });
const ids = (res: { body: RecommendationsResponse }) => res.body.data.map((r) => r.job.id);

async function seekerWithKey(name: string, profile: Partial<typeof candidates.$inferInsert> | null) {
  const { db } = env.handle;
  const [user] = await db.insert(users).values({ email: `${randomUUID()}@seekers.example`, name, role: "seeker", passwordHash: "x" }).returning();
  const key = (await createApiKey(db, user.id, "contract test")).key;
  if (!profile) return { key, candidateId: null };
  const [row] = await db.insert(candidates).values({ fullName: name, userId: user.id, ...profile }).returning({ id: candidates.id });
  return { key, candidateId: row.id };
}

async function track(candidateId: string, jobId: string, stage: ApplicationStage) {
  await env.handle.db.insert(applications).values({ candidateId, jobId, stage });
}

beforeAll(async () => {
  env = await openApiTestEnvironment();
  keys = env.keys;
  const { db } = env.handle;
  const [seeker] = await db.select().from(users).where(eq(users.email, "seeker@example.com"));
  const dataProfile = { headline: "Data engineer", skills: ["Python", "SQL", "Airflow", "Spark"], yearsExperience: 3, city: "London", region: "England", countryCode: "GB", salaryExpectation: 60_000, salaryCurrency: "GBP" };
  [{ id: seekerProfile }] = await db.insert(candidates).values({ fullName: "Sam Seeker", userId: seeker.id, ...dataProfile }).returning({ id: candidates.id });
  const other = await seekerWithKey("Olu Other", { ...dataProfile, headline: "Data engineer", city: "Manchester" });
  otherSeekerKey = other.key;
  otherProfile = other.candidateId!;
  noProfileKey = (await seekerWithKey("Nia Noprofile", null)).key;
  await rescoreMatches(db, { kind: "all" });
  const pick = async (title: string, city: string) => {
    const [row] = await db.select({ id: jobs.id }).from(jobs).where(and(eq(jobs.title, title), eq(jobs.city, city)));
    return row.id;
  };
  jobIds = {
    designer: await pick("Product Designer", "London"),
    frontend: await pick("Frontend Developer", "Berlin"),
    security: await pick("Security Analyst", "London"),
    qa: await pick("Junior QA Analyst", "Manchester"),
  };
  // Three synthetic seekers saved the designer job and applied to the frontend one.
  const crowd = await db.select({ id: candidates.id }).from(candidates).where(ne(candidates.id, seekerProfile)).limit(5);
  for (const c of crowd.filter((c) => c.id !== otherProfile).slice(0, 3)) {
    await track(c.id, jobIds.designer, "saved");
    await track(c.id, jobIds.frontend, "applied");
  }
}, 180_000);
afterAll(() => env.close());

describe("GET /api/v1/recommendations", () => {
  it("recommends the seeker's best-fitting jobs by content, with reasons from the match", async () => {
    const res = await get("?algorithm=content&limit=5", keys.seeker);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ algorithm: "content", candidate_id: seekerProfile, limit: 5, page: 1 });
    expect(res.body.data.length).toBeGreaterThan(0);
    expect(res.body.data.length).toBeLessThanOrEqual(5);
    expect(res.body.data[0].job.title).toBe("Data Engineer");
    expect(res.body.data[0].reasons[0]).toMatch(/^Fits your profile: \d+% match$/);
    expect(res.body.data[0].reasons).toContain("4 of 4 required skills");
    expect(res.body.data.every((r) => r.sources.includes("content"))).toBe(true);
  });

  it("defaults to hybrid, 20 jobs at most", async () => {
    const res = await get("", keys.seeker);
    expect(res.status).toBe(200);
    expect(res.body.algorithm).toBe("hybrid");
    expect(res.body.data.length).toBeGreaterThan(0);
    expect(res.body.data.length).toBeLessThanOrEqual(20);
    const scores = res.body.data.map((r) => r.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it("falls back to popular jobs for a seeker with no applications, and says so", async () => {
    const res = await get("?algorithm=collaborative", keys.seeker);
    expect(res.status).toBe(200);
    expect(res.body.cold_start).toBe(true);
    expect(res.body.message).toMatch(/not saved or applied/);
    expect(ids(res).slice(0, 2).sort()).toEqual([jobIds.designer, jobIds.frontend].sort());
    expect(res.body.data[0].reasons[0]).toMatch(/^Popular .*: 3 seekers saved or applied$/);
  });

  it("changes a similar seeker's collaborative list when someone saves a job", async () => {
    await track(otherProfile, jobIds.designer, "saved");
    const before = await get("?algorithm=collaborative", otherSeekerKey);
    expect(before.status).toBe(200);
    expect(before.body.cold_start).toBe(false);
    expect(ids(before)).toEqual([jobIds.frontend]);
    expect(before.body.data[0].reasons[0]).toMatch(/^3 seekers who saved Product Designer at .+ also applied here$/);
    // The demo seeker saves the designer job and the security one: the other seeker now sees the security job.
    for (const jobId of [jobIds.designer, jobIds.security]) {
      const saved = await callJson(createApplication, "/api/v1/applications", { key: keys.seeker, body: { job_id: jobId, stage: "saved" } });
      expect(saved.status).toBe(201);
    }
    const after = await get("?algorithm=collaborative", otherSeekerKey);
    expect(ids(after)).toContain(jobIds.security);
    expect(ids(after)).not.toEqual(ids(before));
    // The seeker's own saves leave their list, and their list is no longer a cold start.
    const own = await get("?algorithm=collaborative", keys.seeker);
    expect(own.body.cold_start).toBe(false);
    expect(ids(own)).not.toContain(jobIds.designer);
    expect(ids(own)).toContain(jobIds.frontend);
  });

  it("lets recruiters ask for any candidate_id, and a seeker only for their own (404)", async () => {
    expect((await get(`?candidate_id=${seekerProfile}`, keys.seeker)).status).toBe(200);
    const other = await get(`?candidate_id=${otherProfile}`, keys.seeker);
    expect(other.status).toBe(404);
    expect((other.body as unknown as ErrorBody).error.code).toBe("not_found");
    const recruiter = await get(`?candidate_id=${otherProfile}&algorithm=content`, keys.recruiter);
    expect(recruiter.status).toBe(200);
    expect(recruiter.body.candidate_id).toBe(otherProfile);
    expect((await get(`?candidate_id=${unknownId}`, keys.recruiter)).status).toBe(404);
  });

  it("gives a seeker without a profile an empty list with a message", async () => {
    const res = await get("", noProfileKey);
    expect(res.status).toBe(200);
    expect(res.body.data).toEqual([]);
    expect(res.body.candidate_id).toBeNull();
    expect(res.body.message).toMatch(/Create your profile/);
  });

  it("refuses a bad algorithm, limit or id with 400", async () => {
    for (const query of ["?algorithm=magic", "?limit=0", "?limit=51", "?limit=ten", "?candidate_id=42"]) {
      const res = await get(query, keys.seeker);
      expect(res.status, query).toBe(400);
      expect((res.body as unknown as ErrorBody).error.code).toBe("invalid_request");
    }
  });
});

describe("dismissing a recommended job", () => {
  it("removes it from every list, sinks jobs like it, and undo brings it back", async () => {
    const before = await get("?algorithm=hybrid&limit=50", keys.seeker);
    const top = before.body.data[0];
    expect(top.job.title).toBe("Data Engineer");
    const res = await callJson<{ job_id: string; dismissed: boolean }>(dismiss, "/api/v1/recommendations/dismiss", { key: keys.seeker, body: { job_id: top.job.id } });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ job_id: top.job.id, dismissed: true });
    // Twice is the same as once.
    expect((await callJson(dismiss, "/api/v1/recommendations/dismiss", { key: keys.seeker, body: { job_id: top.job.id } })).status).toBe(201);
    for (const algorithm of ["content", "collaborative", "hybrid"]) expect(ids(await get(`?algorithm=${algorithm}&limit=50`, keys.seeker))).not.toContain(top.job.id);
    const after = await get("?algorithm=hybrid&limit=50", keys.seeker);
    const sunk = after.body.data.filter((r) => r.reasons.some((why) => why.startsWith("Ranked lower: like Data Engineer")));
    expect(sunk.length).toBeGreaterThan(0);
    for (const r of sunk) {
      const was = before.body.data.find((b) => b.job.id === r.job.id)!;
      expect(r.score).toBeLessThan(was.score);
    }
    const undo = await callJson<{ dismissed: boolean }>(undismiss, `/api/v1/recommendations/dismiss?job_id=${top.job.id}`, { key: keys.seeker, method: "DELETE" });
    expect(undo.status).toBe(200);
    expect(undo.body.dismissed).toBe(false);
    expect(ids(await get("?algorithm=hybrid&limit=50", keys.seeker))[0]).toBe(top.job.id);
  });

  it("is 404 for an unknown job or another seeker's profile, 400 for a malformed id, 422 without a profile", async () => {
    const call = (key: string, body: unknown) => callJson<ErrorBody>(dismiss, "/api/v1/recommendations/dismiss", { key, body });
    expect((await call(keys.seeker, { job_id: unknownId })).status).toBe(404);
    expect((await call(keys.seeker, { job_id: "nope" })).status).toBe(400);
    expect((await call(keys.seeker, {})).status).toBe(400);
    expect((await call(keys.seeker, { job_id: jobIds.qa, candidate_id: otherProfile })).status).toBe(404);
    expect((await call(keys.recruiter, { job_id: jobIds.qa, candidate_id: otherProfile })).status).toBe(201);
    const none = await call(noProfileKey, { job_id: jobIds.qa });
    expect(none.status).toBe(422);
    expect(none.body.error.message).toMatch(/Create your profile/);
    const noJob = await callJson<ErrorBody>(undismiss, "/api/v1/recommendations/dismiss", { key: keys.seeker, method: "DELETE" });
    expect(noJob.status).toBe(400);
  });
});

describe("GET /api/v1/companies/{id}/insight", () => {
  it("tells a seeker what the catalogue knows of a saved job's company", async () => {
    const { db } = env.handle;
    const [job] = await db.select({ companyId: jobs.companyId }).from(jobs).where(eq(jobs.id, jobIds.designer));
    const [company] = await db.select().from(companies).where(eq(companies.id, job.companyId!));
    const res = await callJson<CompanyInsightView>(insight, `/api/v1/companies/${company.id}/insight`, { key: keys.seeker, params: { id: company.id } });
    expect(res.status).toBe(200);
    expect(res.body.company).toMatchObject({ id: company.id, name: company.name });
    expect(res.body.open_jobs).toBe(company.openJobsCount);
    expect(res.body.open_jobs).toBeGreaterThan(0);
    expect(res.body.top_skills.length).toBeGreaterThan(0);
    expect(res.body.salary_ranges.length).toBeGreaterThan(0);
    for (const range of res.body.salary_ranges) expect(range.min).toBeLessThanOrEqual(range.max);
    expect(res.body.postings_per_week).toBeGreaterThan(0);
    expect(new Date(res.body.expires_at).getTime() - new Date(res.body.computed_at).getTime()).toBe(30 * 24 * 60 * 60 * 1000);
    const again = await callJson<CompanyInsightView>(insight, `/api/v1/companies/${company.id}/insight`, { key: keys.seeker, params: { id: company.id } });
    expect(again.body.computed_at).toBe(res.body.computed_at);
  });

  it("is 400 for a malformed id and 404 for an unknown one", async () => {
    const malformed = await callJson<ErrorBody>(insight, "/api/v1/companies/x/insight", { key: keys.seeker, params: { id: "x" } });
    expect(malformed.status).toBe(400);
    const unknown = await callJson<ErrorBody>(insight, `/api/v1/companies/${unknownId}/insight`, { key: keys.seeker, params: { id: unknownId } });
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.code).toBe("not_found");
  });
});
