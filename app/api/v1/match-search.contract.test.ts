import { eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { candidates, jobs, users } from "@/db/schema";
import { callJson, openApiTestEnvironment, type ApiKeys, type ApiTestEnvironment } from "@/tests/api";
import { insertLabelledCandidates, insertLabelledJobs } from "@/tests/labelled";
import { labelledSet, type LabelledSet } from "@/simulator/labelled";
import { GET as learnNext } from "./candidates/[id]/learn-next/route";
import { POST as searchJd } from "./match/jd/route";
import { POST as searchResume } from "./match/resume/route";

type Match = { score: number; parts: Record<string, number>; skills: { matching: string[]; missing: string[] }; reasons: string[] };
type Ranked = { job: { id: string; title: string; remote: boolean; status: string; salary: { max: number | null; min: number | null } | null }; relevance_score: number; match: Match };
type SearchBody = { total_matches: number; total_is_estimate: boolean; search_time_ms: number; cached: boolean; jobs: Ranked[]; candidates?: Array<{ candidate: { id: string; name: string }; relevance_score: number; match: Match }> };
type ErrorBody = { error: { code: string; message: string; details: unknown } };

let env: ApiTestEnvironment;
let keys: ApiKeys;
let set: LabelledSet;
let jobIds: Map<string, string>;
let candidateIds: string[];

beforeAll(async () => {
  env = await openApiTestEnvironment();
  keys = env.keys;
  set = labelledSet({ seed: 11, jobs: 80, candidates: 10 });
  jobIds = await insertLabelledJobs(env.handle.db, set.jobs);
  candidateIds = await insertLabelledCandidates(env.handle.db, set.candidates);
});
afterAll(() => env.close());

const resume = (body: unknown, key = keys.seeker) => callJson<SearchBody & ErrorBody>(searchResume, "/api/v1/match/resume", { key, body });
const jd = (body: unknown, key = keys.recruiter) => callJson<SearchBody & ErrorBody>(searchJd, "/api/v1/match/jd", { key, body });

describe("POST /api/v1/match/resume", () => {
  it("ranks open jobs for a resume, best first, each with its score explained", async () => {
    const candidate = set.candidates[0];
    const res = await resume({ resume_text: candidate.resumeText, limit: 10 });
    expect(res.status).toBe(200);
    expect(res.body.total_matches).toBeGreaterThan(0);
    // A small catalogue is read whole: the count is exact.
    expect(res.body.total_is_estimate).toBe(false);
    expect(res.body.search_time_ms).toEqual(expect.any(Number));
    expect(res.body.jobs.length).toBeGreaterThan(0);
    expect(res.body.jobs.length).toBeLessThanOrEqual(10);
    const scores = res.body.jobs.map((j) => j.relevance_score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    for (const ranked of res.body.jobs) {
      expect(ranked.job.status).toBe("open");
      expect(ranked.match.score).toBeGreaterThanOrEqual(0);
      expect(ranked.match.score).toBeLessThanOrEqual(1);
      expect(Object.keys(ranked.match.parts).sort()).toEqual(["experience", "location", "salary", "skills"]);
      expect(ranked.match.reasons.length).toBeGreaterThan(0);
    }
    expect(res.body.jobs.slice(0, 5).map((j) => j.job.id)).toContain(jobIds.get(candidate.intendedJobId));
  });

  it("applies the filters: remote only, a salary floor, a place", async () => {
    const text = set.candidates[1].resumeText;
    const remote = await resume({ resume_text: text, remote: true });
    expect(remote.status).toBe(200);
    expect(remote.body.jobs.length).toBeGreaterThan(0);
    expect(remote.body.jobs.every((j) => j.job.remote)).toBe(true);
    const floor = 60_000;
    const paid = await resume({ resume_text: text, min_salary: floor });
    expect(paid.body.jobs.length).toBeGreaterThan(0);
    expect(paid.body.jobs.every((j) => (j.job.salary?.max ?? j.job.salary?.min ?? 0) >= floor)).toBe(true);
    const all = await resume({ resume_text: text, limit: 100 });
    expect(paid.body.total_matches).toBeLessThan(all.body.total_matches);
  });

  it("finds nothing, and says so, for text with no skill or title in it", async () => {
    const res = await resume({ resume_text: "Lorem ipsum dolor sit amet, consectetur adipiscing elit." });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ total_matches: 0, jobs: [] });
  });

  it("refuses bad bodies with a 400 naming the field", async () => {
    const cases: unknown[] = [
      {},
      { resume_text: "" },
      { resume_text: "   \n  " },
      { resume_text: 42 },
      { resume_text: "x".repeat(50_001) },
      { resume_text: "Python developer", limit: 101 },
      { resume_text: "Python developer", limit: 0 },
      { resume_text: "Python developer", level: "wizard" },
      { resume_text: "Python developer", remote: "yes" },
      { resume_text: "Python developer", min_salary: -5 },
      { resume_text: "Python developer", surprise: true },
    ];
    for (const body of cases) {
      const res = await resume(body);
      expect(res.status, JSON.stringify(body).slice(0, 80)).toBe(400);
      expect(res.body.error).toMatchObject({ code: "invalid_request", message: expect.any(String) });
    }
    const raw = await callJson<ErrorBody>(searchResume, "/api/v1/match/resume", { key: keys.seeker, rawBody: "{not json" });
    expect(raw.status).toBe(400);
  });

  it("needs a caller", async () => {
    const res = await callJson<ErrorBody>(searchResume, "/api/v1/match/resume", { body: { resume_text: "Python" } });
    expect(res.status).toBe(401);
  });

  it("serves the same query from the cache until the catalogue changes", async () => {
    const body = { resume_text: set.candidates[2].resumeText, limit: 5 };
    const first = await resume(body);
    const second = await resume(body);
    expect(first.body.cached).toBe(false);
    expect(second.body.cached).toBe(true);
    expect(second.body.jobs).toEqual(first.body.jobs);
    // Closing the top job changes the catalogue: the answer is recomputed without it.
    const top = first.body.jobs[0].job.id;
    await env.handle.db.update(jobs).set({ status: "closed" }).where(eq(jobs.id, top));
    const third = await resume(body);
    expect(third.body.cached).toBe(false);
    expect(third.body.jobs.map((j) => j.job.id)).not.toContain(top);
    await env.handle.db.update(jobs).set({ status: "open" }).where(eq(jobs.id, top));
  });

  it("keeps the cache when a sync only re-sees jobs without changing them", async () => {
    const body = { resume_text: set.candidates[3].resumeText, limit: 5 };
    await resume(body);
    await env.handle.db.update(jobs).set({ lastSeenAt: new Date(), status: "open" }).where(inArray(jobs.id, [...jobIds.values()].slice(0, 20)));
    expect((await resume(body)).body.cached).toBe(true);
  });
});

describe("POST /api/v1/match/jd", () => {
  const description = (i: number) => `${set.jobs[i].title}\n\n${set.jobs[i].description}`;

  it("returns similar open jobs, the described one first, and the candidates who fit it for recruiters", async () => {
    const res = await jd({ job_description: description(4), limit: 5 });
    expect(res.status).toBe(200);
    expect(res.body.jobs.length).toBeGreaterThan(0);
    expect(res.body.jobs.slice(0, 3).map((j) => j.job.id)).toContain(jobIds.get(set.jobs[4].id));
    expect(res.body.candidates?.length).toBeGreaterThan(0);
    const scores = res.body.candidates!.map((c) => c.relevance_score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    expect(res.body.candidates![0].match.skills.matching.length).toBeGreaterThan(0);
  });

  it("never shows candidates to a job seeker", async () => {
    const res = await jd({ job_description: description(4) }, keys.seeker);
    expect(res.status).toBe(200);
    expect(res.body.jobs.length).toBeGreaterThan(0);
    expect(res.body).not.toHaveProperty("candidates");
  });

  it("filters by employment type and finds nothing for text without skills", async () => {
    const res = await jd({ job_description: description(5), employment_type: "contract" });
    expect(res.status).toBe(200);
    for (const ranked of res.body.jobs) expect(ranked.job).toMatchObject({ status: "open" });
    const empty = await jd({ job_description: "We are a friendly team. Apply now!" });
    expect(empty.status).toBe(200);
    expect(empty.body).toMatchObject({ total_matches: 0, jobs: [], candidates: [] });
  });

  it("refuses bad bodies with a 400", async () => {
    for (const body of [{}, { job_description: "" }, { job_description: ["a"] }, { job_description: "Go developer", employment_type: "forever" }, { job_description: "Go", limit: 1000 }]) {
      const res = await jd(body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.body.error.code).toBe("invalid_request");
    }
  });
});

describe("GET /api/v1/candidates/{id}/learn-next", () => {
  type LearnNextBody = { data: { candidate_id: string; min_score: number; near_jobs: number; jobs_considered: number; skills: Array<{ name: string; near_jobs_asking: number; jobs_unlocked: number }> } };
  const ask = (id: string, key = keys.recruiter) => callJson<LearnNextBody & ErrorBody>(learnNext, `/api/v1/candidates/${id}/learn-next`, { key, params: { id } });

  it("names the skills missing from nearly matched jobs, most useful first", async () => {
    const res = await ask(candidateIds[0]);
    expect(res.status).toBe(200);
    expect(res.body.data).toMatchObject({ candidate_id: candidateIds[0], min_score: expect.any(Number) });
    expect(res.body.data.jobs_considered).toBeGreaterThan(0);
    const unlocks = res.body.data.skills.map((s) => s.jobs_unlocked);
    expect([...unlocks].sort((a, b) => b - a)).toEqual(unlocks);
    for (const skill of res.body.data.skills) expect(skill.jobs_unlocked).toBeLessThanOrEqual(skill.near_jobs_asking);
  });

  it("lets a seeker see their own profile's only: 404 for anyone else's, 400 for a malformed id, 404 for an unknown one", async () => {
    expect((await ask(candidateIds[1], keys.seeker)).status).toBe(404);
    const [seeker] = await env.handle.db.select({ id: users.id }).from(users).where(eq(users.email, "seeker@example.com"));
    await env.handle.db.update(candidates).set({ userId: seeker.id }).where(eq(candidates.id, candidateIds[1]));
    expect((await ask(candidateIds[1], keys.seeker)).status).toBe(200);
    const malformed = await ask("not-a-uuid");
    expect(malformed.status).toBe(400);
    expect(malformed.body.error.code).toBe("invalid_request");
    expect((await ask("00000000-0000-4000-8000-000000000000")).status).toBe(404);
  });
});
