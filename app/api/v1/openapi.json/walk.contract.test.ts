import http from "node:http";
import type { AddressInfo } from "node:net";
import { Ajv2020, type ValidateFunction } from "ajv/dist/2020";
import addFormats from "ajv-formats";
import { and, eq, isNotNull } from "drizzle-orm";
import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDemoMatches } from "@/db/seed";
import { candidates, companies, jobs, matches, users } from "@/db/schema";
import { drainRunner } from "@/inngest/runner";
import "@/lib/follow-ups/stage-hook";
import "@/lib/interviews/stage-hook";
import { httpMethods, type HttpMethod } from "@/lib/openapi/document";
import { callRoute, openApiTestEnvironment, type ApiTestEnvironment } from "@/tests/api";
import { apiDocument } from "./document";
import { apiRouteModules } from "./route-modules";

// Walks every /api/v1 route on seeded data as admin, recruiter and seeker and validates each real
// answer (2xx and error bodies) against the document, so the document cannot drift from the code.

type Role = "admin" | "recruiter" | "seeker";
type Content = Record<string, { schema: Record<string, unknown> }>;
type Operation = { responses: Record<string, { content?: Content }>; requestBody?: { content: Content } };
type Call = { as?: Role; params?: Record<string, string>; query?: string; body?: unknown; rawBody?: string; headers?: Record<string, string>; path?: string; form?: FormData };

const document = apiDocument();
const paths = document.paths as Record<string, Record<string, Operation>>;
const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);
const validators = new Map<object, ValidateFunction>();
/** Operations answered with a 2xx body that matched the document, and every status seen per operation. */
const validatedSuccess = new Set<string>();
const statusesSeen = new Set<number>();

let env: ApiTestEnvironment;
const ids: Record<string, string> = {};
const unknownId = "00000000-0000-4000-8000-000000000000";

function schemaFor(template: string, method: string, status: number, contentType: string) {
  const operation = paths[template]?.[method.toLowerCase()];
  expect(operation, `${method} ${template} is in the document`).toBeDefined();
  const response = operation.responses[String(status)];
  expect(response, `${method} ${template} documents status ${status}`).toBeDefined();
  const content = response.content ?? {};
  expect(Object.keys(content), `${method} ${template} ${status} documents ${contentType}`).toContain(contentType in content ? contentType : "application/octet-stream");
  const schema = content[contentType]?.schema;
  if (schema?.$ref === "#/components/schemas/Error") return document.components.schemas.Error as Record<string, unknown>;
  return schema;
}

function validatorFor(schema: Record<string, unknown>): ValidateFunction {
  let validate = validators.get(schema);
  if (!validate) validators.set(schema, (validate = ajv.compile(schema)));
  return validate;
}

/** Calls the route as Next would, then checks the status is documented and the body matches its schema. */
async function hit(method: HttpMethod, template: string, call: Call = {}) {
  const handler = apiRouteModules.find((r) => r.template === template)?.module[method] as Parameters<typeof callRoute>[0] | undefined;
  expect(handler, `${method} ${template} exists`).toBeDefined();
  const params = call.params ?? {};
  const path = (call.path ?? template.replace(/\{(\w+)\}/g, (_, name: string) => params[name] ?? name)) + (call.query ? `?${call.query}` : "");
  const key = call.as ? env.keys[call.as] : undefined;
  let res: Response;
  if (call.form) {
    const request = new NextRequest(new URL(path, "http://localhost"), { method, body: call.form, headers: key ? { authorization: `Bearer ${key}` } : {} });
    res = await handler!(request, { params: Promise.resolve(params) });
  } else {
    res = await callRoute(handler!, path, { key, method, params, body: call.body, rawBody: call.rawBody, headers: call.headers });
  }
  const contentType = (res.headers.get("content-type") ?? "").split(";")[0].trim();
  const label = `${method} ${path} as ${call.as ?? "nobody"} -> ${res.status}`;
  statusesSeen.add(res.status);
  const schema = schemaFor(template, method, res.status, contentType);
  if (contentType !== "application/json") {
    await res.body?.cancel();
    if (res.status < 300) validatedSuccess.add(`${method} ${template}`);
    return { status: res.status, body: undefined as never };
  }
  if (res.status < 300 && call.body !== undefined) {
    // A body the route accepted must also be one the document says it takes.
    const bodySchema = paths[template][method.toLowerCase()].requestBody?.content["application/json"]?.schema;
    expect(bodySchema, `${label}: documents its JSON body`).toBeDefined();
    const validateBody = validatorFor(bodySchema!);
    expect(validateBody(call.body) ? [] : validateBody.errors, `${label}: request body ${JSON.stringify(call.body)}`).toEqual([]);
  }
  const body = await res.json();
  expect(schema, `${label}: a JSON schema`).toBeDefined();
  const validate = validatorFor(schema!);
  expect(validate(body) ? [] : validate.errors, `${label}: ${JSON.stringify(body).slice(0, 400)}`).toEqual([]);
  if (res.status < 300) validatedSuccess.add(`${method} ${template}`);
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- bodies are checked against the document above
  return { status: res.status, body: body as any };
}

async function expectStatus(status: number, method: HttpMethod, template: string, call: Call = {}) {
  const res = await hit(method, template, call);
  expect(res.status, `${method} ${template} as ${call.as}: ${JSON.stringify(res.body)?.slice(0, 300)}`).toBe(status);
  return res.body;
}

beforeAll(async () => {
  env = await openApiTestEnvironment({ volumes: { adzuna: 20, lamoda: 5 } });
  const { db } = env.handle;
  await seedDemoMatches(db);
  const [job] = await db.select({ id: jobs.id, companyId: jobs.companyId }).from(jobs).where(and(eq(jobs.status, "open"), isNotNull(jobs.companyId))).limit(1);
  const [seeker] = await db.select({ id: candidates.id }).from(candidates).innerJoin(users, eq(users.id, candidates.userId)).where(eq(users.email, "seeker@example.com"));
  const [match] = await db.select({ id: matches.id, candidateId: matches.candidateId }).from(matches).limit(1);
  const [company] = await db.select({ id: companies.id }).from(companies).where(eq(companies.id, job.companyId!));
  Object.assign(ids, { job: job.id, company: company.id, seekerCandidate: seeker.id, match: match.id, matchCandidate: match.candidateId });
}, 240_000);
afterAll(() => env?.close());

describe("every /api/v1 route answers what the OpenAPI document says", () => {
  it("the document, and refusals anyone can get: 401, 403, 400, 404", async () => {
    await expectStatus(200, "GET", "/api/v1/openapi.json");
    await expectStatus(401, "GET", "/api/v1/jobs");
    await expectStatus(401, "GET", "/api/v1/jobs", { headers: { authorization: "Bearer nope" } });
    await expectStatus(403, "POST", "/api/v1/users", { as: "recruiter", body: { email: "x@example.com", name: "X", role: "seeker", password: "a long enough secret" } });
    await expectStatus(400, "GET", "/api/v1/jobs", { as: "seeker", query: "limit=1000" });
    await expectStatus(400, "GET", "/api/v1/jobs/{id}", { as: "seeker", params: { id: "not-a-uuid" } });
    await expectStatus(404, "GET", "/api/v1/jobs/{id}", { as: "seeker", params: { id: unknownId } });
    await expectStatus(400, "POST", "/api/v1/match/resume", { as: "seeker", rawBody: "{not json" });
  });

  it("jobs, companies and search", async () => {
    await expectStatus(200, "GET", "/api/v1/jobs", { as: "seeker", query: "limit=5" });
    await expectStatus(200, "GET", "/api/v1/jobs", { as: "recruiter", query: "q=engineer&remote=true&limit=3" });
    await expectStatus(200, "GET", "/api/v1/jobs/{id}", { as: "seeker", params: { id: ids.job } });
    const created = await expectStatus(201, "POST", "/api/v1/jobs", {
      as: "recruiter",
      body: { title: "Platform Engineer", description: "Run the platform: Kubernetes, Go and PostgreSQL.", company: "Walk Test Ltd", location: "London, UK", salary_min: 60000, salary_max: 80000, salary_currency: "gbp", skills: ["Go", "Kubernetes"] },
    });
    ids.ownJob = created.id;
    await expectStatus(400, "POST", "/api/v1/jobs", { as: "recruiter", body: { title: "" } });
    await expectStatus(403, "POST", "/api/v1/jobs", { as: "seeker", body: { title: "Mine", description: "A job of my own." } });
    await expectStatus(200, "PATCH", "/api/v1/jobs/{id}", { as: "recruiter", params: { id: ids.ownJob }, body: { title: "Senior Platform Engineer" } });
    await expectStatus(200, "GET", "/api/v1/jobs/{id}/funnel", { as: "recruiter", params: { id: ids.job } });
    await expectStatus(200, "GET", "/api/v1/jobs/{id}/matches", { as: "recruiter", params: { id: ids.job } });
    await expectStatus(200, "GET", "/api/v1/companies/{id}/insight", { as: "seeker", params: { id: ids.company } });
    await expectStatus(404, "GET", "/api/v1/companies/{id}/insight", { as: "seeker", params: { id: unknownId } });
    await expectStatus(200, "POST", "/api/v1/match/resume", { as: "seeker", body: { resume_text: "Data engineer, 5 years of Python, SQL and Airflow in London." } });
    await expectStatus(200, "POST", "/api/v1/match/jd", { as: "recruiter", body: { job_description: "We need a senior Python engineer who knows SQL and Spark." } });
    await expectStatus(200, "POST", "/api/v1/match/jd", { as: "seeker", body: { job_description: "A data engineer with Python." } });
  });

  it("candidates, duplicates and matches", async () => {
    const list = await expectStatus(200, "GET", "/api/v1/candidates", { as: "recruiter", query: "limit=5" });
    expect(list.data.length).toBeGreaterThan(0);
    await expectStatus(200, "GET", "/api/v1/candidates", { as: "seeker" });
    const created = await expectStatus(201, "POST", "/api/v1/candidates", {
      as: "recruiter",
      body: { first_name: "Wally", last_name: "Walker", email: "wally.walker@example.com", phone: "+44 20 7946 0000", title: "Backend engineer", skills: ["Python", "SQL"], experience_years: 4, location: "Leeds, UK" },
    });
    ids.candidate = created.id;
    const twin = await expectStatus(201, "POST", "/api/v1/candidates", { as: "recruiter", body: { first_name: "Wally", last_name: "Walker", email: "wally.walker@example.com" } });
    ids.twin = twin.id;
    await expectStatus(200, "GET", "/api/v1/candidates/{id}", { as: "recruiter", params: { id: ids.candidate } });
    await expectStatus(200, "GET", "/api/v1/candidates/{id}", { as: "seeker", params: { id: ids.seekerCandidate } });
    await expectStatus(404, "GET", "/api/v1/candidates/{id}", { as: "seeker", params: { id: ids.candidate } });
    await expectStatus(200, "PATCH", "/api/v1/candidates/{id}", { as: "recruiter", params: { id: ids.candidate }, body: { title: "Senior backend engineer" } });
    const duplicates = await expectStatus(200, "GET", "/api/v1/candidates/{id}/duplicates", { as: "recruiter", params: { id: ids.candidate } });
    await expectStatus(200, "GET", "/api/v1/candidates/{id}/learn-next", { as: "seeker", params: { id: ids.seekerCandidate } });
    await expectStatus(200, "GET", "/api/v1/candidates/{id}/matches", { as: "recruiter", params: { id: ids.matchCandidate } });
    await expectStatus(200, "GET", "/api/v1/candidates/{id}/matches", { as: "seeker", params: { id: ids.seekerCandidate } });
    expect(duplicates.data.length, "the twin with the same e-mail is flagged").toBeGreaterThan(0);
    const third = await expectStatus(201, "POST", "/api/v1/candidates", { as: "recruiter", body: { first_name: "Wally", last_name: "Walker", email: "wally.walker@example.com", phone: "+44 20 7946 0000" } });
    await expectStatus(200, "POST", "/api/v1/candidates/{id}/duplicates/{duplicateId}/dismiss", { as: "recruiter", params: { id: ids.candidate, duplicateId: third.id } });
    await expectStatus(404, "POST", "/api/v1/candidates/{id}/duplicates/{duplicateId}/dismiss", { as: "recruiter", params: { id: ids.candidate, duplicateId: unknownId } });
    await expectStatus(200, "POST", "/api/v1/candidates/{id}/merge", { as: "recruiter", params: { id: ids.candidate }, body: { duplicate_id: ids.twin } });
    await expectStatus(200, "GET", "/api/v1/matches", { as: "recruiter", query: "limit=5" });
    await expectStatus(403, "GET", "/api/v1/matches", { as: "seeker" });
    await expectStatus(200, "POST", "/api/v1/match", { as: "recruiter", body: { candidate_id: ids.candidate, job_id: ids.job } });
    await expectStatus(200, "POST", "/api/v1/matches/{id}/shortlist", { as: "recruiter", params: { id: ids.match } });
    await expectStatus(200, "POST", "/api/v1/matches/{id}/dismiss", { as: "recruiter", params: { id: ids.match } });
    await expectStatus(404, "POST", "/api/v1/matches/{id}/dismiss", { as: "recruiter", params: { id: unknownId } });
    await expectStatus(200, "GET", "/api/v1/recommendations", { as: "seeker" });
    await expectStatus(200, "GET", "/api/v1/recommendations", { as: "recruiter", query: `candidate_id=${ids.seekerCandidate}&algorithm=content` });
    await expectStatus(201, "POST", "/api/v1/recommendations/dismiss", { as: "seeker", body: { job_id: ids.job } });
    await expectStatus(200, "DELETE", "/api/v1/recommendations/dismiss", { as: "seeker", query: `job_id=${ids.job}` });
  });

  it("applications, interviews, follow-ups and placements", async () => {
    const applied = await expectStatus(201, "POST", "/api/v1/applications", { as: "recruiter", body: { job_id: ids.job, candidate_id: ids.candidate, stage: "applied" } });
    ids.application = applied.id;
    await expectStatus(409, "POST", "/api/v1/applications", { as: "recruiter", body: { job_id: ids.job, candidate_id: ids.candidate } });
    await expectStatus(201, "POST", "/api/v1/applications", { as: "seeker", body: { job_id: ids.job, stage: "saved" } });
    await expectStatus(201, "POST", "/api/v1/applications", { as: "seeker", body: { external_job: { title: "Data engineer", company: "Elsewhere Ltd", url: "https://jobs.example.com/1" } } });
    await expectStatus(200, "GET", "/api/v1/applications", { as: "seeker" });
    await expectStatus(200, "GET", "/api/v1/applications", { as: "recruiter", query: "limit=5" });
    await expectStatus(200, "PATCH", "/api/v1/applications/{id}", { as: "recruiter", params: { id: ids.application }, body: { notes: "Strong on SQL." } });
    await expectStatus(200, "POST", "/api/v1/applications/{id}/status", { as: "recruiter", params: { id: ids.application }, body: { status: "screening" } });
    await expectStatus(422, "POST", "/api/v1/applications/{id}/status", { as: "recruiter", params: { id: ids.application }, body: { status: "hired" } });
    await expectStatus(200, "POST", "/api/v1/applications/{id}/status", { as: "recruiter", params: { id: ids.application }, body: { status: "interviewing" } });
    await expectStatus(200, "GET", "/api/v1/applications/{id}", { as: "recruiter", params: { id: ids.application } });

    const interview = await expectStatus(201, "POST", "/api/v1/interviews", {
      as: "recruiter",
      body: { application_id: ids.application, type: "video", starts_at: "2030-07-01T09:00:00Z", duration_minutes: 45, time_zone: "Europe/London", video_url: "https://meet.example.com/walk" },
    });
    ids.interview = interview.id;
    await expectStatus(200, "GET", "/api/v1/interviews", { as: "recruiter" });
    await expectStatus(200, "GET", "/api/v1/interviews", { as: "seeker" });
    await expectStatus(200, "GET", "/api/v1/interviews/{id}", { as: "recruiter", params: { id: ids.interview } });
    await expectStatus(200, "GET", "/api/v1/interviews/{id}", { as: "recruiter", params: { id: `${ids.interview}.ics` }, path: `/api/v1/interviews/${ids.interview}.ics` });
    await expectStatus(200, "PATCH", "/api/v1/interviews/{id}", { as: "recruiter", params: { id: ids.interview }, body: { starts_at: "2030-07-02T09:00:00Z" } });
    await expectStatus(200, "DELETE", "/api/v1/interviews/{id}", { as: "recruiter", params: { id: ids.interview } });

    const followUps = await expectStatus(200, "GET", "/api/v1/follow-ups", { as: "recruiter", query: "limit=50" });
    await expectStatus(200, "GET", "/api/v1/follow-ups", { as: "seeker" });
    expect(followUps.data.length, "the moves above planned follow-ups").toBeGreaterThan(0);
    const open = followUps.data.find((f: { status: string }) => f.status === "planned" || f.status === "due");
    expect(open, "an open follow-up").toBeDefined();
    await expectStatus(200, "PATCH", "/api/v1/follow-ups/{id}", { as: "recruiter", params: { id: open.id }, body: { status: "done" } });
    await expectStatus(422, "PATCH", "/api/v1/follow-ups/{id}", { as: "recruiter", params: { id: open.id }, body: { body: "Edited after it was done." } });
    await expectStatus(404, "PATCH", "/api/v1/follow-ups/{id}", { as: "recruiter", params: { id: unknownId }, body: { status: "done" } });

    await expectStatus(200, "POST", "/api/v1/applications/{id}/status", { as: "recruiter", params: { id: ids.application }, body: { status: "offer" } });
    await expectStatus(201, "POST", "/api/v1/placements", { as: "recruiter", body: { application_id: ids.application, start_date: "2030-09-01", salary: 65000, salary_currency: "gbp", source: "referral" } });
    await expectStatus(200, "GET", "/api/v1/placements", { as: "recruiter" });
    await expectStatus(200, "GET", "/api/v1/applications/{id}", { as: "recruiter", params: { id: ids.application } });
    await expectStatus(200, "POST", "/api/v1/jobs/{id}/close", { as: "recruiter", params: { id: ids.ownJob } });
  });

  it("resumes, notifications, calendar feed, users and live", async () => {
    const form = new FormData();
    form.append("file", new File([new TextEncoder().encode("Wendy Walker\nwendy@example.com\nData engineer\nSkills: Python, SQL, Airflow\n5 years of experience\nLondon, UK\n")], "wendy.txt", { type: "text/plain" }));
    const parsed = await expectStatus(200, "POST", "/api/v1/resumes/parse", { as: "seeker", form });
    await expectStatus(200, "GET", "/api/v1/resumes/{id}", { as: "seeker", params: { id: parsed.resume_id } });
    await expectStatus(200, "GET", "/api/v1/resumes/{id}/file", { as: "seeker", params: { id: parsed.resume_id } });
    await expectStatus(404, "GET", "/api/v1/resumes/{id}/file", { as: "seeker", params: { id: unknownId } });

    await expectStatus(200, "GET", "/api/v1/notifications", { as: "seeker" });
    await expectStatus(200, "GET", "/api/v1/notifications", { as: "recruiter", query: "unread=true" });
    await expectStatus(200, "POST", "/api/v1/notifications/read", { as: "seeker", body: { all: true } });
    await expectStatus(200, "GET", "/api/v1/notifications/preferences", { as: "seeker" });
    await expectStatus(200, "PUT", "/api/v1/notifications/preferences", { as: "seeker", body: { preferences: { strong_match: "email" } } });

    await expectStatus(200, "GET", "/api/v1/calendar-feed", { as: "recruiter" });
    await expectStatus(201, "POST", "/api/v1/calendar-feed", { as: "recruiter" });
    await expectStatus(200, "GET", "/api/v1/calendar-feed", { as: "recruiter" });
    await expectStatus(200, "DELETE", "/api/v1/calendar-feed", { as: "recruiter" });

    await expectStatus(201, "POST", "/api/v1/users", { as: "admin", body: { email: "walk.user@example.com", name: "Walk User", role: "seeker", password: "a long enough secret" } });
    await expectStatus(409, "POST", "/api/v1/users", { as: "admin", body: { email: "walk.user@example.com", name: "Walk User", role: "seeker", password: "a long enough secret" } });

    await expectStatus(200, "GET", "/api/v1/live", { as: "seeker", query: "topics=me" });
    await expectStatus(400, "GET", "/api/v1/live", { as: "seeker", query: "topics=everything" });
  });

  it("sources, syncs, runs and the Lamoda webhook", async () => {
    await expectStatus(200, "GET", "/api/v1/sources", { as: "recruiter" });
    await expectStatus(201, "POST", "/api/v1/sources", { as: "admin", body: { type: "adzuna", name: "Adzuna walk", config: { country: "GB", max_pages: 1 } } });
    await expectStatus(409, "POST", "/api/v1/sources", { as: "admin", body: { type: "adzuna", name: "Adzuna walk", config: { country: "GB" } } });
    const sync = await expectStatus(202, "POST", "/api/v1/sync", { as: "admin", body: { source: "Adzuna GB", mode: "full" } });
    await expectStatus(409, "POST", "/api/v1/sync", { as: "admin", body: { source: "Adzuna GB", mode: "full" } });
    await expectStatus(404, "POST", "/api/v1/sync", { as: "admin", body: { source: "No such board" } });
    await expectStatus(409, "POST", "/api/v1/sync/runs/{id}/reprocess", { as: "admin", params: { id: sync.run_id } });
    await drainRunner({ db: env.handle.db, timeoutMs: 60_000 });
    await expectStatus(200, "GET", "/api/v1/sync/runs", { as: "recruiter" });
    await expectStatus(200, "GET", "/api/v1/sync/runs", { as: "admin", query: "source=Adzuna%20GB&limit=2" });
    await expectStatus(200, "GET", "/api/v1/sync/runs/{id}", { as: "recruiter", params: { id: sync.run_id } });
    await expectStatus(202, "POST", "/api/v1/sync/runs/{id}/reprocess", { as: "admin", params: { id: sync.run_id }, body: { scope: "all" } });
    await expectStatus(200, "GET", "/api/v1/sources", { as: "admin" });
    await drainRunner({ db: env.handle.db, timeoutMs: 60_000 });

    const externalId = env.sim.simulator.groundTruthEntries(["lamoda"]).next().value!.externalId;
    const webhook = env.sim.simulator.lamodaJobWebhook(externalId, "job.created")!;
    await expectStatus(200, "POST", "/api/v1/webhooks/lamoda", { rawBody: webhook.rawBody, headers: webhook.headers });
    await expectStatus(401, "POST", "/api/v1/webhooks/lamoda", { rawBody: webhook.rawBody, headers: {} });
  }, 180_000);

  it("integrations health, the metrics dashboard and the exports", async () => {
    await expectStatus(200, "GET", "/api/v1/integrations/health", { as: "admin" });
    await expectStatus(200, "GET", "/api/v1/integrations/health", { as: "recruiter", query: "date=2030-01-01" });
    await expectStatus(400, "GET", "/api/v1/integrations/health", { as: "admin", query: "date=yesterday" });
    await expectStatus(403, "GET", "/api/v1/integrations/health", { as: "seeker" });
    await expectStatus(200, "GET", "/api/v1/metrics/dashboard", { as: "recruiter" });
    await expectStatus(200, "GET", "/api/v1/metrics/dashboard", { as: "admin", query: "range=7" });
    await expectStatus(400, "GET", "/api/v1/metrics/dashboard", { as: "admin", query: "from=2030-01-01" });
    await expectStatus(403, "GET", "/api/v1/metrics/dashboard", { as: "seeker" });
    for (const resource of ["jobs", "candidates", "applications", "matches"]) {
      const exported = await expectStatus(200, "GET", `/api/v1/${resource}/export`, { as: "recruiter", query: "format=json" });
      expect(exported.length, `${resource} exported as JSON`).toBeGreaterThan(0);
      await expectStatus(200, "GET", `/api/v1/${resource}/export`, { as: "admin" });
    }
    await expectStatus(200, "GET", "/api/v1/applications/export", { as: "seeker", query: "format=json" });
    await expectStatus(200, "GET", "/api/v1/jobs/export", { as: "seeker", query: "format=json&remote=true" });
    await expectStatus(403, "GET", "/api/v1/candidates/export", { as: "seeker" });
    await expectStatus(400, "GET", "/api/v1/jobs/export", { as: "seeker", query: "format=xml" });
  });

  it("outbound webhook endpoints and their deliveries", async () => {
    const received: string[] = [];
    const receiver = http.createServer((req, res) => {
      req.on("data", () => {});
      req.on("end", () => {
        received.push(req.url ?? "/");
        res.writeHead(204).end();
      });
    });
    await new Promise<void>((resolve) => receiver.listen(0, "127.0.0.1", resolve));
    try {
      const url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hooks`;
      await expectStatus(403, "GET", "/api/v1/webhooks/endpoints", { as: "recruiter" });
      await expectStatus(400, "POST", "/api/v1/webhooks/endpoints", { as: "admin", body: { url, events: [] } });
      const created = await expectStatus(201, "POST", "/api/v1/webhooks/endpoints", { as: "admin", body: { url, description: "Walk", events: ["application.status_changed", "job.created"] } });
      const id = created.data.id;
      await expectStatus(200, "GET", "/api/v1/webhooks/endpoints", { as: "admin" });
      await expectStatus(200, "GET", "/api/v1/webhooks/endpoints/{id}", { as: "admin", params: { id } });
      await expectStatus(404, "GET", "/api/v1/webhooks/endpoints/{id}", { as: "admin", params: { id: unknownId } });
      await expectStatus(200, "PATCH", "/api/v1/webhooks/endpoints/{id}", { as: "admin", params: { id }, body: { description: "Walk, renamed" } });
      await expectStatus(200, "POST", "/api/v1/webhooks/endpoints/{id}/rotate-secret", { as: "admin", params: { id } });
      const test = await expectStatus(200, "POST", "/api/v1/webhooks/endpoints/{id}/test", { as: "admin", params: { id } });
      expect(received, "the receiver got the test message").toContain("/hooks");
      const deliveries = await expectStatus(200, "GET", "/api/v1/webhooks/endpoints/{id}/deliveries", { as: "admin", params: { id } });
      expect(deliveries.data.length).toBeGreaterThan(0);
      await expectStatus(200, "POST", "/api/v1/webhooks/deliveries/{id}/redeliver", { as: "admin", params: { id: test.data.id } });
      await expectStatus(404, "POST", "/api/v1/webhooks/deliveries/{id}/redeliver", { as: "admin", params: { id: unknownId } });
      await expectStatus(200, "DELETE", "/api/v1/webhooks/endpoints/{id}", { as: "admin", params: { id } });
    } finally {
      await new Promise((resolve) => receiver.close(resolve));
    }
  });

  it("a seeker's and a recruiter's own limits", async () => {
    await expectStatus(403, "GET", "/api/v1/sources", { as: "seeker" });
    await expectStatus(403, "POST", "/api/v1/sync", { as: "recruiter", body: { source: "Adzuna GB" } });
    await expectStatus(403, "GET", "/api/v1/placements", { as: "seeker" });
    await expectStatus(403, "GET", "/api/v1/jobs/{id}/funnel", { as: "seeker", params: { id: ids.job } });
    await expectStatus(200, "DELETE", "/api/v1/candidates/{id}", { as: "recruiter", params: { id: ids.candidate } });
  });

  it("covered every documented operation with a validated success, and the common refusals", () => {
    const documented = Object.entries(paths).flatMap(([template, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${template}`));
    expect(documented.length).toBeGreaterThan(50);
    expect(documented.every((op) => httpMethods.some((m) => op.startsWith(`${m} `)))).toBe(true);
    expect(documented.filter((op) => !validatedSuccess.has(op))).toEqual([]);
    expect([...statusesSeen].filter((s) => s >= 400).sort()).toEqual(expect.arrayContaining([400, 401, 403, 404, 409, 422]));
  });
});
