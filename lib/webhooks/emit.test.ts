import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "@/db";
import { candidates, jobs, jobSourceLinks, jobSources, outbox, webhookEndpoints, type User } from "@/db/schema";
import { createCandidate } from "@/lib/candidates/create";
import { createCandidateSchema } from "@/lib/candidates/input";
import type { CanonicalJob } from "@/lib/etl/canonical";
import { expireStaleJobs, loadJobs } from "@/lib/etl/load";
import { jobsCreated } from "@/lib/events";
import { createOwnJob } from "@/lib/jobs/own/write";
import { rescoreMatches } from "@/lib/matching/refresh";
import { finishRun, startRun } from "@/lib/sync/lifecycle";
import { requestSync } from "@/lib/sync/runs";
import { createSource } from "@/lib/sync/sources";
import { createJobSchema } from "@/lib/jobs/own/input";
import { openTestDatabase } from "@/tests/db";
import { makeUser } from "@/tests/notifications";
import { emitForWebhooks } from "./emit";
import { generateSecret } from "./endpoints";
import { webhookMessageFor } from "./messages";

let handle: DatabaseHandle;
let recruiter: User;
const db = () => handle.db;
const outboxOf = (name: string) => db().select().from(outbox).where(eq(outbox.name, name));
const subscribe = (events: Array<(typeof webhookEndpoints.$inferInsert)["events"][number]>) =>
  db().insert(webhookEndpoints).values({ url: "http://127.0.0.1:9/hook", events, secret: generateSecret() });

beforeAll(async () => {
  handle = await openTestDatabase();
  recruiter = await makeUser(db(), "recruiter", "Rita Recruiter");
}, 120_000);
afterAll(() => handle.close());
beforeEach(async () => {
  await db().delete(webhookEndpoints);
  await db().delete(outbox);
});

describe("webhook-only events", () => {
  it("are not recorded while no enabled endpoint subscribes", async () => {
    await db().insert(webhookEndpoints).values({ url: "http://127.0.0.1:9/off", events: ["job.created"], secret: generateSecret(), enabled: false });
    await createOwnJob(db(), recruiter, createJobSchema.parse({ title: "Data engineer", description: "Pipelines", company: "Acme" }));
    expect(await outboxOf("jobs/created")).toHaveLength(0);
    // The events other features rely on are unchanged.
    expect(await outboxOf("jobs/changed")).toHaveLength(1);
  });

  it("an own job announces job.created with the job in the payload", async () => {
    await subscribe(["job.created"]);
    const { id } = await createOwnJob(db(), recruiter, createJobSchema.parse({ title: "Data engineer", description: "Pipelines", company: "Acme" }));
    const [row] = await outboxOf("jobs/created");
    expect(row.data).toEqual({ jobIds: [id], sourceId: null, runId: null });
    const message = await webhookMessageFor(db(), { id: row.id, name: row.name, data: row.data, ts: row.createdAt.getTime() });
    expect(message).toMatchObject({ type: "job.created", timestamp: row.createdAt.toISOString(), data: { source_id: null, jobs: [{ id, title: "Data engineer", company: { name: "Acme" }, status: "open", origin: "own" }] } });
  });

  it("splits a big batch into events of at most 100 ids", async () => {
    await subscribe(["job.created"]);
    const ids = Array.from({ length: 250 }, () => randomUUID());
    expect(await emitForWebhooks(db(), "job.created", ids, (jobIds) => jobsCreated.create({ jobIds, sourceId: null, runId: null }))).toBe(3);
    const rows = await outboxOf("jobs/created");
    expect(rows.map((r) => (r.data.jobIds as string[]).length).sort((a, b) => a - b)).toEqual([50, 100, 100]);
    expect(new Set(rows.flatMap((r) => r.data.jobIds as string[])).size).toBe(250);
  });

  it("expiring stale synced jobs announces job.expired with their ids", async () => {
    await subscribe(["job.expired"]);
    const old = new Date(Date.now() - 90 * 24 * 3600_000);
    const [stale] = await db().insert(jobs).values({ title: "Old role", origin: "synced", lastSeenAt: old }).returning({ id: jobs.id });
    await db().insert(jobs).values({ title: "Fresh role", origin: "synced" });
    const { count } = await expireStaleJobs(db(), new Date(), 30);
    expect(count).toBeGreaterThanOrEqual(1);
    const rows = await outboxOf("jobs/expired");
    expect(rows).toHaveLength(1);
    expect(rows[0].data.jobIds).toContain(stale.id);
    const message = await webhookMessageFor(db(), { id: rows[0].id, name: rows[0].name, data: rows[0].data, ts: Date.now() });
    expect(message?.data.jobs).toContainEqual(expect.objectContaining({ id: stale.id, status: "expired" }));
  });

  it("a new candidate announces candidate.created", async () => {
    await subscribe(["candidate.created"]);
    const { id } = await createCandidate(db(), recruiter, createCandidateSchema.parse({ first_name: "Cy", last_name: "Park" }));
    const [row] = await outboxOf("candidates/created");
    expect(row.data).toEqual({ candidateIds: [id] });
    const message = await webhookMessageFor(db(), { id: row.id, name: row.name, data: row.data, ts: Date.now() });
    expect(message).toMatchObject({ type: "candidate.created", data: { candidates: [{ id, full_name: "Cy Park" }] } });
  });

  it("a finished sync announces sync.completed once, even if the finish step runs again", async () => {
    await subscribe(["sync.completed"]);
    const source = await createSource(db(), { type: "greenhouse", name: "Webhook sync", config: { board_token: "brightwave" }, enabled: true });
    const run = await requestSync(db(), source, { mode: "incremental" });
    await startRun(db(), run.id);
    await finishRun(db(), run.id, null);
    await finishRun(db(), run.id, null);
    const rows = await outboxOf("source/sync.completed");
    expect(rows.map((r) => r.data)).toEqual([{ runId: run.id, sourceId: source.id, status: "succeeded", fetched: 0, inserted: 0, updated: 0, failed: 0 }]);
    const message = await webhookMessageFor(db(), { id: rows[0].id, name: rows[0].name, data: rows[0].data, ts: Date.now() });
    expect(message).toMatchObject({ type: "sync.completed", data: { run_id: run.id, source_id: source.id, status: "succeeded" } });
  });

  it("newly stored matches announce match.created, a rescore of the same pairs does not", async () => {
    await subscribe(["match.created"]);
    const [job] = await db()
      .insert(jobs)
      .values({ title: "Backend engineer", skills: ["Python", "PostgreSQL", "Docker"], experienceYearsMin: 3, salaryMin: 60_000, salaryMax: 80_000, salaryCurrency: "EUR", city: "Berlin", countryCode: "DE" })
      .returning({ id: jobs.id });
    const [fit] = await db()
      .insert(candidates)
      .values({ fullName: "Ana Fit", skills: ["Python", "PostgreSQL", "Docker"], yearsExperience: 6, salaryExpectation: 70_000, salaryCurrency: "EUR", city: "Berlin", countryCode: "DE" })
      .returning({ id: candidates.id });
    await rescoreMatches(db(), { kind: "all" });
    const rows = await outboxOf("matches/created");
    const pairs = rows.flatMap((r) => r.data.matches as Array<{ jobId: string; candidateId: string }>);
    expect(pairs).toContainEqual(expect.objectContaining({ jobId: job.id, candidateId: fit.id }));
    await rescoreMatches(db(), { kind: "all" });
    expect(await outboxOf("matches/created")).toHaveLength(rows.length);
  });

  it("a sync's load announces only the jobs it inserted, 100 per event, with the source and run", async () => {
    await subscribe(["job.created"]);
    const [source] = await db().insert(jobSources).values({ type: "adzuna", name: "Webhook load", config: {} }).returning();
    const record = (n: number, title = `Engineer ${n}`): CanonicalJob => ({
      externalId: `wh-${n}`,
      title,
      description: `Role number ${n} building pipelines.`,
      companyName: `Company ${n}`,
      companyWebsite: null,
      applyUrl: `https://jobs.example/wh-${n}`,
      location: { display: "London", city: "London", region: null, countryCode: "GB", remote: false },
      salary: { minAnnual: 60000, maxAnnual: 70000, currency: "GBP", period: "year", predicted: false },
      employmentType: "full_time",
      level: "senior",
      internship: false,
      experienceYearsMin: null,
      skillRequirements: [],
      occupationCode: null,
      skills: [],
      postedAt: new Date(),
      sourceUpdatedAt: null,
      sourceGroupId: null,
    });
    const records = Array.from({ length: 150 }, (_, i) => record(i));
    // Same apply URL as the first: merged into it, not a new job.
    records.push({ ...record(0), externalId: "wh-dup" });
    const counts = await loadJobs(db(), { sourceId: source.id, runId: null, now: new Date() }, records.map((job) => ({ externalId: job.externalId, job })));
    expect(counts.inserted).toBe(150);
    const rows = await outboxOf("jobs/created");
    expect(rows.map((r) => (r.data.jobIds as string[]).length).sort((a, b) => a - b)).toEqual([50, 100]);
    expect(rows.every((r) => r.data.sourceId === source.id && r.data.runId === null)).toBe(true);
    const linked = await db().select({ jobId: jobSourceLinks.jobId }).from(jobSourceLinks).where(eq(jobSourceLinks.sourceId, source.id));
    expect(new Set(rows.flatMap((r) => r.data.jobIds as string[]))).toEqual(new Set(linked.map((l) => l.jobId)));
  });
});
