import { eq } from "drizzle-orm";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import { getIntrospectionQuery } from "graphql";
import { encode } from "next-auth/jwt";
import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { adoptDatabase, type Db } from "@/db";
import * as schema from "@/db/schema";
import { candidates, companies, matches, users } from "@/db/schema";
import { seedDemoMatches } from "@/db/seed";
import { createApplication } from "@/lib/applications/create";
import { config, resetConfigForTests } from "@/lib/config";
import { graphqlLimits } from "@/lib/graphql/limits";
import { scheduleInterview } from "@/lib/interviews/schedule";
import { metrics } from "@/lib/observability/metrics";
import { graphqlHandler } from "@/server/graphql";
import { callJson, callRoute, openApiTestEnvironment, type ApiKeys, type ApiTestEnvironment } from "@/tests/api";
import { GET as listJobsRest } from "../v1/jobs/route";
import { GET as listApplicationsRest } from "../v1/applications/route";
import { GET as listInterviewsRest } from "../v1/interviews/route";
import { POST } from "./route";

let env: ApiTestEnvironment;
let keys: ApiKeys;
let seekerApplicationId: string;

type GraphQLError = { message: string; path?: string[]; extensions: { code: string; details?: unknown } };
type GraphQLBody<T> = { data?: T; errors?: GraphQLError[] };

async function graphql<T = Record<string, unknown>>(query: string, key: string | undefined, variables?: Record<string, unknown>) {
  return callJson<GraphQLBody<T>>(POST, "/api/graphql", { key, body: { query, variables } });
}

beforeAll(async () => {
  env = await openApiTestEnvironment();
  keys = env.keys;
  const { db } = env.handle;
  await seedDemoMatches(db);
  const [seeker] = await db.select().from(users).where(eq(users.role, "seeker"));
  const [recruiter] = await db.select().from(users).where(eq(users.role, "recruiter"));
  const jobs = (await callJson<{ data: Array<{ id: string }> }>(listJobsRest, "/api/v1/jobs?limit=3", { key: keys.recruiter })).body.data;
  seekerApplicationId = (await createApplication(db, seeker, { jobId: jobs[0].id })).id;
  const [someoneElse] = await db.select({ id: candidates.id }).from(candidates).where(eq(candidates.fullName, "Priya Patel"));
  const other = someoneElse ?? (await db.select({ id: candidates.id }).from(candidates).limit(1))[0];
  const othersApplication = await createApplication(db, recruiter, { jobId: jobs[1].id, candidateId: other.id });
  const startsAt = new Date(Date.now() + 3 * 86_400_000).toISOString();
  await scheduleInterview(db, recruiter, { applicationId: othersApplication.id, type: "video", startsAt, durationMinutes: 45, timeZone: "UTC", location: null, videoUrl: null, interviewers: [] });
});
afterAll(() => env.close());

const jobFields = "id title company { id name } location country_code remote employment_type level internship salary { min max currency period predicted } skills status posted_at";
const pageFields = "page limit total total_is_estimate total_pages next_cursor";

describe("POST /api/graphql: jobs", () => {
  const cases: Array<[string, string]> = [
    ["limit=10", "limit: 10"],
    ["remote=true&limit=5", "remote: true, limit: 5"],
    ["q=engineer&limit=5", `q: "engineer", limit: 5`],
    ["location=london&min_salary=30000&limit=50", `location: "london", min_salary: 30000, limit: 50`],
    ["level=senior&page=2&limit=3", `level: "senior", page: 2, limit: 3`],
    ["status=any&employment_type=full_time&limit=4", `status: "any", employment_type: "full_time", limit: 4`],
  ];

  it.each(cases)("answers like GET /api/v1/jobs?%s", async (rest, args) => {
    const expected = await callJson<{ data: Array<{ company: { id: string; name: string } | null }> }>(listJobsRest, `/api/v1/jobs?${rest}`, { key: keys.seeker });
    expect(expected.status).toBe(200);
    expect(expected.body.data.length).toBeGreaterThan(0);
    const got = await graphql<{ jobs: unknown }>(`{ jobs(${args}) { data { ${jobFields} } ${pageFields} } }`, keys.seeker);
    expect(got.body.errors).toBeUndefined();
    expect(got.body.data!.jobs).toEqual(expected.body);
  });

  it("continues by cursor like REST", async () => {
    const first = await graphql<{ jobs: { next_cursor: string } }>(`{ jobs(limit: 4) { next_cursor } }`, keys.seeker);
    const cursor = first.body.data!.jobs.next_cursor;
    expect(cursor).toEqual(expect.any(String));
    const rest = await callJson<{ data: Array<{ id: string }> }>(listJobsRest, `/api/v1/jobs?limit=4&cursor=${encodeURIComponent(cursor)}`, { key: keys.seeker });
    const next = await graphql<{ jobs: { data: Array<{ id: string }>; page: number | null } }>(`query($c: String) { jobs(limit: 4, cursor: $c) { data { id } page } }`, keys.seeker, { c: cursor });
    expect(next.body.data!.jobs.page).toBeNull();
    expect(next.body.data!.jobs.data.map((j) => j.id)).toEqual(rest.body.data.map((j) => j.id));
  });

  it("refuses what REST refuses, with REST's code and message", async () => {
    const rest = await callJson<{ error: { code: string; message: string } }>(listJobsRest, "/api/v1/jobs?limit=500", { key: keys.seeker });
    expect(rest.status).toBe(400);
    const got = await graphql(`{ jobs(limit: 500) { total } }`, keys.seeker);
    expect(got.body.data).toEqual({ jobs: null });
    expect(got.body.errors).toEqual([{ message: rest.body.error.message.replace("Query", "Arguments"), path: ["jobs"], locations: expect.any(Array), extensions: { code: "invalid_request", details: [{ path: "limit", message: expect.any(String) }] } }]);
  });

  it("answers a malformed query or body with invalid_request", async () => {
    const syntax = await graphql(`{ jobs { `, keys.seeker);
    expect(syntax.body.errors).toEqual([{ message: expect.stringContaining("Syntax Error"), locations: expect.any(Array), extensions: { code: "invalid_request", details: null } }]);
    const unknownField = await graphql(`{ jobs { salary_band } }`, keys.seeker);
    expect(unknownField.body.errors?.[0].extensions).toEqual({ code: "invalid_request", details: null });
    const notJson = await callRoute(POST, "/api/graphql", { key: keys.seeker, rawBody: "not json" });
    expect(notJson.status).toBe(400);
    expect(await notJson.json()).toEqual({ errors: [{ message: "POST body sent invalid JSON.", extensions: { code: "invalid_request", details: null } }] });
  });

  it("answers a missing job with not_found", async () => {
    const got = await graphql(`{ job(id: "00000000-0000-4000-8000-000000000000") { id } }`, keys.seeker);
    expect(got.body.data).toEqual({ job: null });
    expect(got.body.errors?.[0]).toMatchObject({ message: "Job was not found.", extensions: { code: "not_found" } });
  });

  it("gives one job's details, company and sources", async () => {
    const [job] = (await callJson<{ data: Array<{ id: string }> }>(listJobsRest, "/api/v1/jobs?limit=1", { key: keys.seeker })).body.data;
    const got = await graphql<{ job: { id: string; description: string; company: { name: string; open_jobs_count: number }; sources: unknown[] } }>(
      `{ job(id: "${job.id}") { id description apply_url company { name open_jobs_count } sources { source } } }`,
      keys.seeker,
    );
    expect(got.body.errors).toBeUndefined();
    expect(got.body.data!.job).toMatchObject({ id: job.id, description: expect.stringContaining("hiring"), company: { name: expect.any(String), open_jobs_count: expect.any(Number) }, sources: [] });
    expect(got.body.data!.job.company.open_jobs_count).toBeGreaterThan(0);
  });
});

describe("POST /api/graphql: who may see what", () => {
  it("refuses candidates to a seeker, with no data", async () => {
    const got = await graphql(`{ candidates { data { id full_name email } total } }`, keys.seeker);
    expect(got.status).toBe(200);
    expect(got.body.data).toEqual({ candidates: null });
    expect(got.body.errors).toEqual([{ message: "Your role does not allow this.", path: ["candidates"], locations: expect.any(Array), extensions: { code: "forbidden", details: null } }]);
  });

  it("refuses a job's matches to a seeker but still answers the jobs", async () => {
    const got = await graphql<{ jobs: { data: Array<{ id: string; matches: null }> } }>(`{ jobs(limit: 2) { data { id matches { candidate { full_name } } } } }`, keys.seeker);
    expect(got.body.data!.jobs.data).toHaveLength(2);
    expect(got.body.data!.jobs.data.every((j) => j.matches === null)).toBe(true);
    expect(got.body.errors!.map((e) => e.extensions.code)).toEqual(["forbidden", "forbidden"]);
  });

  it("lists candidates for a recruiter", async () => {
    const got = await graphql<{ candidates: { data: Array<{ id: string; matches: Array<{ score: number }> }>; total: number } }>(
      `{ candidates(limit: 5) { data { id full_name skills { name level } matches(limit: 2) { score job { title } } } total } }`,
      keys.recruiter,
    );
    expect(got.body.errors).toBeUndefined();
    expect(got.body.data!.candidates.data.length).toBeGreaterThan(0);
    expect(got.body.data!.candidates.data.some((c) => c.matches.length > 0)).toBe(true);
  });

  it("shows a seeker only their own applications, with history, like REST", async () => {
    const query = `{ applications { data { id candidate_name stage history { to_stage actor_name } } total } }`;
    const seeker = await graphql<{ applications: { data: Array<{ id: string; history: Array<{ to_stage: string }> }>; total: number } }>(query, keys.seeker);
    expect(seeker.body.errors).toBeUndefined();
    expect(seeker.body.data!.applications.data.map((a) => a.id)).toEqual([seekerApplicationId]);
    expect(seeker.body.data!.applications.data[0].history.map((h) => h.to_stage)).toEqual(["applied"]);
    const rest = await callJson<{ data: Array<{ id: string }> }>(listApplicationsRest, "/api/v1/applications", { key: keys.seeker });
    expect(seeker.body.data!.applications.data.map((a) => a.id)).toEqual(rest.body.data.map((a) => a.id));

    const recruiter = await graphql<{ applications: { total: number } }>(query, keys.recruiter);
    expect(recruiter.body.data!.applications.total).toBe(2);
  });

  it("answers another's application as not found to a seeker", async () => {
    const all = await graphql<{ applications: { data: Array<{ id: string }> } }>(`{ applications { data { id } } }`, keys.recruiter);
    const other = all.body.data!.applications.data.find((a) => a.id !== seekerApplicationId)!;
    const got = await graphql(`{ application(id: "${other.id}") { id } }`, keys.seeker);
    expect(got.body.errors?.[0].extensions.code).toBe("not_found");
    const own = await graphql<{ application: { id: string } }>(`{ application(id: "${seekerApplicationId}") { id history { to_stage } } }`, keys.seeker);
    expect(own.body.data!.application.id).toBe(seekerApplicationId);
  });

  it("lists interviews like REST: a seeker none of another's applications", async () => {
    const query = `{ interviews { data { id application_id type starts_at ends_at candidate { full_name } job { title } } total } }`;
    const recruiter = await graphql<{ interviews: { data: Array<{ id: string; type: string }>; total: number } }>(query, keys.recruiter);
    expect(recruiter.body.errors).toBeUndefined();
    const rest = await callJson<{ data: Array<{ id: string }> }>(listInterviewsRest, "/api/v1/interviews", { key: keys.recruiter });
    expect(recruiter.body.data!.interviews.data.map((i) => i.id)).toEqual(rest.body.data.map((i) => i.id));
    expect(recruiter.body.data!.interviews.data).toHaveLength(1);
    expect(recruiter.body.data!.interviews.data[0].type).toBe("video");
    const seeker = await graphql<{ interviews: { data: unknown[]; total: number } }>(query, keys.seeker);
    expect(seeker.body.data!.interviews).toMatchObject({ data: [], total: 0 });
  });

  it("lets a seeker read their own matches only", async () => {
    const [{ id: own }] = await env.handle.db.select({ id: candidates.id }).from(candidates).where(eq(candidates.email, "seeker@example.com"));
    const mine = await graphql<{ matches: { data: Array<{ candidate: { id: string } }> } }>(`{ matches(candidate_id: "${own}", limit: 3) { data { score candidate { id } } } }`, keys.seeker);
    expect(mine.body.errors).toBeUndefined();
    expect(mine.body.data!.matches.data.length).toBeGreaterThan(0);
    expect(mine.body.data!.matches.data.every((m) => m.candidate.id === own)).toBe(true);
    const all = await graphql(`{ matches { data { id } } }`, keys.seeker);
    expect(all.body.errors?.[0].extensions.code).toBe("forbidden");
  });

  it("keeps sync runs and sources to recruiters and admins", async () => {
    expect((await graphql(`{ sync_runs { total } }`, keys.seeker)).body.errors?.[0].extensions.code).toBe("forbidden");
    const got = await graphql<{ sources: Array<{ name: string }>; sync_runs: { total: number } }>(`{ sources { name health } sync_runs { total data { id } } }`, keys.recruiter);
    expect(got.body.errors).toBeUndefined();
    expect(got.body.data!.sources.length).toBeGreaterThan(0);
  });

  it("answers without credentials with 401 and unauthenticated", async () => {
    const none = await graphql(`{ jobs { total } }`, undefined);
    expect(none).toEqual({ status: 401, body: { errors: [{ message: expect.stringContaining("Sign in"), extensions: { code: "unauthenticated", details: null } }] } });
    const bad = await graphql(`{ jobs { total } }`, "hf_not_a_key");
    expect(bad.status).toBe(401);
    expect(bad.body.errors?.[0].extensions.code).toBe("unauthenticated");
  });

  it("takes the session cookie from the app's own pages only", async () => {
    const [seeker] = await env.handle.db.select().from(users).where(eq(users.role, "seeker"));
    const cookie = `next-auth.session-token=${await encode({ token: { uid: seeker.id, role: seeker.role, email: seeker.email }, secret: config().authSecret })}`;
    const post = (origin: string) => callJson<GraphQLBody<{ jobs: { data: unknown[] } }>>(POST, "/api/graphql", { body: { query: "{ jobs(limit: 1) { data { id } } }" }, headers: { cookie, host: "localhost", origin } });
    const own = await post("http://localhost");
    expect(own.status).toBe(200);
    expect(own.body.data!.jobs.data).toHaveLength(1);
    const crossSite = await post("https://evil.example");
    expect(crossSite.status).toBe(403);
    expect(crossSite.body).toEqual({ errors: [{ message: expect.stringContaining("Cross-site"), extensions: { code: "forbidden", details: null } }] });
  });

  it("refuses a body over the cap before reading it", async () => {
    const res = await callRoute(POST, "/api/graphql", { key: keys.seeker, rawBody: JSON.stringify({ query: `{ jobs { total } }`, pad: "x".repeat(2_000_000) }) });
    expect(res.status).toBe(413);
    expect(((await res.json()) as GraphQLBody<unknown>).errors?.[0].extensions.code).toBe("payload_too_large");
  });
});

describe("POST /api/graphql: limits", () => {
  it("refuses a query nested deeper than the limit, before running it", async () => {
    const deepest = `{ candidates { data { matches { job { id } } } } application(id: "${seekerApplicationId}") { history { id } } }`;
    expect((await graphql(deepest, keys.recruiter)).body.errors).toBeUndefined();
    // The schema's deepest path is 5 fields, under the limit of 8; the refusal is shown with a lower limit.
    const original = graphqlLimits.maxDepth;
    graphqlLimits.maxDepth = 3;
    try {
      const counting = countingDb(env.handle.db);
      adoptDatabase({ ...env.handle, db: counting.db });
      // The key, once looked up on this handle, is remembered for a few seconds (lib/auth/api-keys.ts).
      await graphql(`{ __typename }`, keys.recruiter);
      counting.reset();
      const got = await graphql(`fragment C on Job { company { name } } { jobs { data { ...C } } }`, keys.recruiter);
      expect(got.body.data).toBeUndefined();
      expect(got.body.errors).toEqual([{ message: "The query is nested 4 fields deep; the limit is 3.", locations: expect.any(Array), extensions: { code: "query_too_deep", details: { depth: 4, max_depth: 3 } } }]);
      // Only authentication touched the database: nothing was resolved.
      const authOnly = counting.count();
      counting.reset();
      await graphql(`{ __typename }`, keys.recruiter);
      expect(authOnly).toBe(counting.count());
    } finally {
      graphqlLimits.maxDepth = original;
      adoptDatabase(env.handle);
    }
  });

  it("refuses a query that could return too many objects, counting list limits", async () => {
    const fine = await graphql(`{ jobs(limit: 50) { data { company { id } matches(limit: 5) { id } } } }`, keys.recruiter);
    expect(fine.body.errors).toBeUndefined();
    const costly = await graphql(`{ jobs(limit: 100) { data { company { id } matches(limit: 100) { id job { id } } } } }`, keys.recruiter);
    expect(costly.body.data).toBeUndefined();
    expect(costly.body.errors).toEqual([
      { message: expect.stringMatching(/^The query could return \d+ objects; the limit is 10000\./), locations: expect.any(Array), extensions: { code: "query_too_costly", details: { cost: expect.any(Number), max_cost: 10000 } } },
    ]);
    // A limit in a variable is taken at its largest, since validation runs before variables are known.
    const variable = await graphql(`query($n: Int) { jobs(limit: 100) { data { matches(limit: $n) { id job { id } } } } }`, keys.recruiter, { n: 1 });
    expect(variable.body.errors?.[0].extensions.code).toBe("query_too_costly");
  });

  it("does not count introspection, so GraphiQL can load the schema", async () => {
    const got = await graphql<{ __schema: { types: unknown[] } }>(getIntrospectionQuery(), keys.seeker);
    expect(got.body.errors).toBeUndefined();
    expect(got.body.data!.__schema.types.length).toBeGreaterThan(20);
  });
});

/** The test database behind a drizzle instance whose logger counts every statement, transactions included. */
function countingDb(db: Db): { db: Db; count: () => number; reset: () => void } {
  let n = 0;
  const logger = { logQuery: () => void n++ };
  const client = (db as unknown as { $client: unknown }).$client;
  const counted = env.handle.kind === "pglite" ? drizzlePglite(client as never, { schema, logger }) : drizzlePostgres(client as never, { schema, logger });
  return { db: counted as unknown as Db, count: () => n, reset: () => (n = 0) };
}

describe("POST /api/graphql: batched loading", () => {
  it("loads a page of jobs with companies and top matches in the same number of queries for 10 and 50 jobs", async () => {
    const counting = countingDb(env.handle.db);
    adoptDatabase({ ...env.handle, db: counting.db });
    // Batching alone: nothing remembered between requests (the next test covers that).
    process.env.JOBS_PAGE_CACHE_MS = "0";
    resetConfigForTests();
    try {
      // Both runs find the key remembered (lib/auth/api-keys.ts), so they count the same work.
      await graphql(`{ __typename }`, keys.recruiter);
      const queryFor = (limit: number) => `{ jobs(limit: ${limit}) { data { id title company { name website } matches(limit: 3) { score candidate { full_name } } } total } }`;
      const run = async (limit: number) => {
        counting.reset();
        const got = await graphql<{ jobs: { data: Array<{ company: unknown; matches: unknown[] }> } }>(queryFor(limit), keys.recruiter);
        expect(got.body.errors).toBeUndefined();
        return { jobs: got.body.data!.jobs.data, queries: counting.count() };
      };
      const ten = await run(10);
      const fifty = await run(50);
      expect(ten.jobs).toHaveLength(10);
      expect(fifty.jobs).toHaveLength(50);
      expect(fifty.jobs.every((j) => j.company !== null)).toBe(true);
      expect(fifty.jobs.filter((j) => j.matches.length > 0).length).toBeGreaterThan(10);
      // Not one more for five times the jobs (the second run may find the catalogue stamp remembered: fewer).
      expect(fifty.queries).toBeLessThanOrEqual(ten.queries);
      console.info(`[graphql] 10 jobs: ${ten.queries} queries, 50 jobs: ${fifty.queries} queries`);
      // Authentication, the page (count, keys, rows), companies, matches: a handful, not one per job.
      expect(fifty.queries).toBeLessThanOrEqual(10);
    } finally {
      delete process.env.JOBS_PAGE_CACHE_MS;
      resetConfigForTests();
      adoptDatabase(env.handle);
    }
  });

  it("remembers the page, its companies and top matches between requests until one of them changes", async () => {
    const counting = countingDb(env.handle.db);
    adoptDatabase({ ...env.handle, db: counting.db });
    try {
      type Page = { jobs: { data: Array<{ id: string; company: { id: string; website: string | null } | null; matches: Array<{ id: string; status: string }> }> } };
      const query = `{ jobs(limit: 50) { data { id company { id website } matches(limit: 3) { id status } } } }`;
      const run = async () => {
        counting.reset();
        const got = await graphql<Page>(query, keys.recruiter);
        expect(got.body.errors).toBeUndefined();
        return { jobs: got.body.data!.jobs.data, queries: counting.count() };
      };
      await run();
      const again = await run();
      // Nothing changed: no statement but, when a second has passed, the catalogue stamp's.
      expect(again.queries).toBeLessThanOrEqual(1);

      // A dismissed match shows as dismissed on the next request.
      const job = again.jobs.find((j) => j.matches.length > 0)!;
      const [dismissed] = job.matches;
      expect(dismissed.status).toBe("new");
      await env.handle.db.update(matches).set({ status: "dismissed" }).where(eq(matches.id, dismissed.id));
      const afterDismiss = await run();
      expect(afterDismiss.queries).toBeGreaterThan(0);
      expect(afterDismiss.jobs.find((j) => j.id === job.id)!.matches.find((m) => m.id === dismissed.id)?.status).toBe("dismissed");

      // A company's new website shows on the next request.
      const withCompany = again.jobs.find((j) => j.company)!;
      await env.handle.db.update(companies).set({ website: "https://cache-test.example" }).where(eq(companies.id, withCompany.company!.id));
      const afterWebsite = await run();
      expect(afterWebsite.jobs.find((j) => j.id === withCompany.id)!.company!.website).toBe("https://cache-test.example");
    } finally {
      adoptDatabase(env.handle);
    }
  });
});

describe("GET /api/graphql", () => {
  const get = (handler: (r: NextRequest) => Promise<Response>, query = "", headers: Record<string, string> = {}) => handler(new NextRequest(new URL(`/api/graphql${query}`, "http://localhost"), { headers }));

  it("serves GraphiQL outside production only", async () => {
    const development = await get(graphqlHandler({ production: () => false }), "", { accept: "text/html" });
    expect(development.status).toBe(200);
    expect(development.headers.get("content-type")).toContain("text/html");
    expect(await development.text()).toContain("/api/graphql");
    const production = await get(graphqlHandler({ production: () => true }), "", { accept: "text/html" });
    expect(production.status).toBe(404);
    expect(((await production.json()) as GraphQLBody<unknown>).errors?.[0].extensions.code).toBe("not_found");
  });

  it("runs a query sent by GET, with the same authentication", async () => {
    const handler = graphqlHandler({ production: () => true });
    const query = `?query=${encodeURIComponent("{ jobs(limit: 2) { data { id } } }")}`;
    const anonymous = await get(handler, query);
    expect(anonymous.status).toBe(401);
    const res = await get(handler, query, { authorization: `Bearer ${keys.seeker}`, accept: "application/json" });
    expect(res.status).toBe(200);
    expect(((await res.json()) as GraphQLBody<{ jobs: { data: unknown[] } }>).data!.jobs.data).toHaveLength(2);
  });
});

describe("HTTP metrics", () => {
  it("counts GraphQL requests under /api/graphql with their status and answers with a request id", async () => {
    const counted = async (status: string) => (await metrics().httpRequests.get()).values.find((v) => v.labels.route === "/api/graphql" && v.labels.method === "POST" && v.labels.status === status)?.value ?? 0;
    const [ok, unauthenticated] = [await counted("200"), await counted("401")];
    const res = await callRoute(POST, "/api/graphql", { key: keys.seeker, body: { query: "{ jobs(limit: 1) { total } }" } });
    expect(res.status).toBe(200);
    expect(res.headers.get("x-request-id")).toEqual(expect.any(String));
    await graphql(`{ jobs { total } }`, undefined);
    expect(await counted("200")).toBe(ok + 1);
    expect(await counted("401")).toBe(unauthenticated + 1);
  });
});

describe("the benchmark's query", () => {
  it("runs without errors as the bench's role and stays within the limits", async () => {
    const { graphqlBenchQuery, graphqlBenchRole } = await import("@/scripts/bench/graphql-query");
    const got = await graphql<{ jobs: { data: Array<{ company: unknown; matches: unknown[] }> } }>(graphqlBenchQuery, keys[graphqlBenchRole]);
    expect(got.body.errors).toBeUndefined();
    expect(got.body.data!.jobs.data).toHaveLength(50);
  });
});
