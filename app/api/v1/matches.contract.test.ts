import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { candidates, jobs, matches, users } from "@/db/schema";
import { rescoreMatches } from "@/lib/matching/refresh";
import { callJson, openApiTestEnvironment, type ApiKeys, type ApiTestEnvironment } from "@/tests/api";
import { GET as candidateMatches } from "./candidates/[id]/matches/route";
import { GET as jobMatches } from "./jobs/[id]/matches/route";
import { POST as explain } from "./match/route";
import { POST as dismiss } from "./matches/[id]/dismiss/route";
import { POST as shortlist } from "./matches/[id]/shortlist/route";
import { GET as newMatches } from "./matches/route";

let env: ApiTestEnvironment;
let keys: ApiKeys;
let jobId: string;
let seekerCandidate: string;
let otherCandidate: string;
const unknownId = "00000000-0000-4000-8000-000000000000";

type Explanation = { score: number; parts: Record<string, number>; skills: { matching: string[]; partial: unknown[]; transferable: { name: string; via: string }[]; missing: string[] }; reasons: string[] };
type Match = Explanation & { id: string; status: string; status_by: string | null; status_at: string | null; job: { id: string }; candidate: { id: string } };
type Page = { data: Match[]; page: number; limit: number; total: number; total_pages: number };
type ErrorBody = { error: { code: string; message: string; details: unknown } };

beforeAll(async () => {
  env = await openApiTestEnvironment();
  keys = env.keys;
  const { db } = env.handle;
  const [seeker] = await db.select().from(users).where(eq(users.role, "seeker"));
  [{ id: jobId }] = await db
    .insert(jobs)
    .values({
      title: "Platform engineer",
      skillRequirements: [
        { name: "Go", level: "advanced", required: true },
        { name: "Kubernetes", level: "intermediate", required: true },
        { name: "Terraform", level: "beginner", required: false },
      ],
      experienceYearsMin: 4,
      salaryMin: 70_000,
      salaryMax: 90_000,
      salaryCurrency: "EUR",
      city: "Amsterdam",
      countryCode: "NL",
    })
    .returning({ id: jobs.id });
  const people = await db
    .insert(candidates)
    .values([
      { fullName: "Sam Seeker", userId: seeker.id, skills: ["Go", "Kubernetes", "Terraform"], skillLevels: { Go: "expert" }, yearsExperience: 6, city: "Amsterdam", countryCode: "NL" },
      { fullName: "Olga Other", skills: ["Go", "Kubernetes", "Pulumi"], yearsExperience: 5, salaryExpectation: 80_000, salaryCurrency: "EUR", city: "Amsterdam", countryCode: "NL" },
      ...Array.from({ length: 3 }, (_, i) => ({ fullName: `Near ${i}`, skills: ["Go", "Kubernetes"], yearsExperience: 3 + i, city: "Utrecht", countryCode: "NL" })),
    ])
    .returning({ id: candidates.id });
  [seekerCandidate, otherCandidate] = people.map((p) => p.id);
  await rescoreMatches(db, { kind: "all" });
});
afterAll(() => env.close());

describe("POST /api/v1/match", () => {
  it("explains a pair: score, four parts, skills by kind, reasons", async () => {
    const res = await callJson<Explanation>(explain, "/api/v1/match", { key: keys.recruiter, body: { candidate_id: otherCandidate, job_id: jobId } });
    expect(res.status).toBe(200);
    expect(Object.keys(res.body.parts).sort()).toEqual(["experience", "location", "salary", "skills"]);
    expect(res.body.score).toBeGreaterThan(0.7);
    expect(res.body.skills.matching).toEqual(["Go", "Kubernetes"]);
    expect(res.body.skills.transferable).toEqual([{ name: "Terraform", via: "Pulumi" }]);
    expect(res.body.reasons).toContain("2 of 2 required skills");
    expect(res.body.reasons).toContain("salary expectation within range");
  });

  it("is 404 for an unknown id and 400 for a malformed one", async () => {
    const unknownJob = await callJson<ErrorBody>(explain, "/api/v1/match", { key: keys.recruiter, body: { candidate_id: otherCandidate, job_id: unknownId } });
    expect(unknownJob.status).toBe(404);
    expect(unknownJob.body.error.code).toBe("not_found");
    const unknownCandidate = await callJson<ErrorBody>(explain, "/api/v1/match", { key: keys.recruiter, body: { candidate_id: unknownId, job_id: jobId } });
    expect(unknownCandidate.status).toBe(404);
    const malformed = await callJson<ErrorBody>(explain, "/api/v1/match", { key: keys.recruiter, body: { candidate_id: "42", job_id: jobId } });
    expect(malformed.status).toBe(400);
    expect(malformed.body.error).toMatchObject({ code: "invalid_request" });
    expect((await callJson(explain, "/api/v1/match", { key: keys.recruiter, body: {} })).status).toBe(400);
  });

  it("lets a seeker explain only their own profile (404 for anyone else's)", async () => {
    expect((await callJson(explain, "/api/v1/match", { key: keys.seeker, body: { candidate_id: seekerCandidate, job_id: jobId } })).status).toBe(200);
    expect((await callJson(explain, "/api/v1/match", { key: keys.seeker, body: { candidate_id: otherCandidate, job_id: jobId } })).status).toBe(404);
  });
});

describe("match listings", () => {
  it("lists a job's matches best first, paged, with min_score", async () => {
    const all = await callJson<Page>(jobMatches, `/api/v1/jobs/${jobId}/matches?limit=2`, { key: keys.recruiter, params: { id: jobId } });
    expect(all.status).toBe(200);
    expect(all.body.total).toBeGreaterThanOrEqual(3);
    expect(all.body.data).toHaveLength(2);
    expect(all.body.data[0].score).toBeGreaterThanOrEqual(all.body.data[1].score);
    expect(all.body.data[0].reasons.length).toBeGreaterThan(0);
    const page2 = await callJson<Page>(jobMatches, `/api/v1/jobs/${jobId}/matches?limit=2&page=2`, { key: keys.recruiter, params: { id: jobId } });
    expect(page2.body.data[0].id).not.toBe(all.body.data[0].id);
    const high = await callJson<Page>(jobMatches, `/api/v1/jobs/${jobId}/matches?min_score=0.95`, { key: keys.recruiter, params: { id: jobId } });
    expect(high.body.total).toBeLessThan(all.body.total);
    for (const m of high.body.data) expect(m.score).toBeGreaterThanOrEqual(0.95);
  });

  it("refuses bad ids and queries, and hides job matches from seekers", async () => {
    expect((await callJson(jobMatches, `/api/v1/jobs/x/matches`, { key: keys.recruiter, params: { id: "x" } })).status).toBe(400);
    expect((await callJson(jobMatches, `/api/v1/jobs/${unknownId}/matches`, { key: keys.recruiter, params: { id: unknownId } })).status).toBe(404);
    expect((await callJson(jobMatches, `/api/v1/jobs/${jobId}/matches?min_score=2`, { key: keys.recruiter, params: { id: jobId } })).status).toBe(400);
    expect((await callJson(jobMatches, `/api/v1/jobs/${jobId}/matches`, { key: keys.seeker, params: { id: jobId } })).status).toBe(403);
  });

  it("lists a candidate's matched jobs; a seeker sees their own and 404 for others", async () => {
    const own = await callJson<Page>(candidateMatches, `/api/v1/candidates/${seekerCandidate}/matches`, { key: keys.seeker, params: { id: seekerCandidate } });
    expect(own.status).toBe(200);
    expect(own.body.data.map((m) => m.job.id)).toContain(jobId);
    const other = await callJson<ErrorBody>(candidateMatches, `/api/v1/candidates/${otherCandidate}/matches`, { key: keys.seeker, params: { id: otherCandidate } });
    expect(other.status).toBe(404);
    expect((await callJson(candidateMatches, `/api/v1/candidates/${otherCandidate}/matches`, { key: keys.recruiter, params: { id: otherCandidate } })).status).toBe(200);
  });
});

describe("shortlist and dismiss", () => {
  it("keeps who and when, survives a rescore, and leaves the new matches", async () => {
    const before = await callJson<Page>(newMatches, `/api/v1/matches?job_id=${jobId}&limit=100`, { key: keys.recruiter });
    const [first, second] = before.body.data;
    const res = await callJson<{ status: string; status_by: string; status_at: string }>(shortlist, `/api/v1/matches/${first.id}/shortlist`, {
      key: keys.recruiter,
      params: { id: first.id },
    });
    expect(res.status).toBe(200);
    expect(res.body.status).toBe("shortlisted");
    expect(res.body.status_by).toBeTruthy();
    expect((await callJson(dismiss, `/api/v1/matches/${second.id}/dismiss`, { key: keys.admin, params: { id: second.id } })).status).toBe(200);
    await rescoreMatches(env.handle.db, { kind: "all" });
    const after = await callJson<Page>(newMatches, `/api/v1/matches?job_id=${jobId}&limit=100`, { key: keys.recruiter });
    expect(after.body.total).toBe(before.body.total - 2);
    const [row] = await env.handle.db.select().from(matches).where(eq(matches.id, first.id));
    expect(row.status).toBe("shortlisted");
    const shortlisted = await callJson<Page>(newMatches, `/api/v1/matches?status=shortlisted`, { key: keys.recruiter });
    expect(shortlisted.body.data.map((m) => m.id)).toEqual([first.id]);
  });

  it("is 404 for an unknown match, 400 for a malformed id, 403 for a seeker", async () => {
    expect((await callJson(shortlist, `/api/v1/matches/${unknownId}/shortlist`, { key: keys.recruiter, params: { id: unknownId } })).status).toBe(404);
    expect((await callJson(shortlist, `/api/v1/matches/abc/shortlist`, { key: keys.recruiter, params: { id: "abc" } })).status).toBe(400);
    expect((await callJson(dismiss, `/api/v1/matches/${unknownId}/dismiss`, { key: keys.seeker, params: { id: unknownId } })).status).toBe(403);
  });
});
