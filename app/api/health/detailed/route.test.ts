import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applications, candidates, followUps, interviews, jobSources, jobs, notifications, syncRuns, users, webhookAttempts, webhookDeliveries, webhookEndpoints } from "@/db/schema";
import { callJson, openApiTestEnvironment, type ApiTestEnvironment } from "@/tests/api";
import { GET as integrationsHealth } from "../../v1/integrations/health/route";
import { GET } from "./route";

const TOKEN = "detailed-health-token-0123456789";

let env: ApiTestEnvironment;
beforeAll(async () => {
  env = await openApiTestEnvironment({}, { env: { METRICS_TOKEN: TOKEN } });
});
afterAll(() => env.close());

type Detailed = {
  status: string;
  database: { status: string; latency_ms: number };
  runner: { status: string; stuck_runs: number; lag_seconds: number };
  sources: Array<{ name: string; health: string; last_run: { status: string } | null; last_24h: { fetched: number; failed: number; error_rate: number | null } }>;
  cache: { status: string; search: { entries: number } };
  mail: { smtp_configured: boolean; last_send_error: unknown };
  error?: { code: string };
};

const detailed = (headers: Record<string, string> = {}) => callJson<Detailed>(GET, "/api/health/detailed", { headers });

describe("GET /api/health/detailed", () => {
  it("is for admins and METRICS_TOKEN only", async () => {
    expect((await detailed()).status).toBe(401);
    expect((await detailed({ authorization: "Bearer wrong-token-of-some-length" })).status).toBe(401);
    const recruiter = await detailed({ authorization: `Bearer ${env.keys.recruiter}` });
    expect(recruiter.status).toBe(403);
    expect(recruiter.body.error?.code).toBe("forbidden");
    for (const authorization of [`Bearer ${TOKEN}`, `Bearer ${env.keys.admin}`]) {
      const res = await detailed({ authorization });
      // The runner is not started in tests, so the report may say degraded (503); the body is complete either way.
      expect([200, 503]).toContain(res.status);
      expect(res.body.database).toMatchObject({ status: "up" });
      expect(typeof res.body.database.latency_ms).toBe("number");
    }
  });

  it("shows each source's last run and its error rate over the day, the runner's stuck runs, the cache and mail", async () => {
    const [source] = await env.handle.db.select().from(jobSources).limit(1);
    const now = new Date();
    await env.handle.db.insert(syncRuns).values({
      sourceId: source.id,
      mode: "full",
      status: "partial",
      stage: "done",
      counts: { fetched: 40, transformed: 36, failed: 4, inserted: 30, updated: 6, duplicates: 2, expired: 0 },
      createdAt: new Date(now.getTime() - 60_000),
      finishedAt: now,
    });
    const { body } = await detailed({ authorization: `Bearer ${TOKEN}` });
    const reported = body.sources.find((s) => s.name === source.name);
    expect(reported).toMatchObject({ health: "degraded", last_run: { status: "partial" }, last_24h: { fetched: 40, failed: 4, error_rate: 0.1 } });
    expect(body.runner.stuck_runs).toBe(0);
    expect(body.runner.lag_seconds).toBeGreaterThanOrEqual(0);
    expect(body.cache).toMatchObject({ status: "up", search: { entries: 0 } });
    expect(body.mail).toEqual({ smtp_configured: false, last_send_error: null });
  });
});

type Figures = {
  date: string;
  jobs_processed: number;
  follow_ups_scheduled: number;
  interviews_created: number;
  notifications_sent: number;
  emails_sent: number;
  webhook_deliveries_sent: number;
  webhook_deliveries_delivered: number;
  error?: { code: string };
};

describe("GET /api/v1/integrations/health", () => {
  it("counts one UTC day's work and nothing from the days around it", async () => {
    const db = env.handle.db;
    const day = (time: string) => new Date(`2026-03-15T${time}Z`);
    const [source] = await db.select().from(jobSources).limit(1);
    const [job] = await db.select().from(jobs).limit(1);
    const [candidate] = await db.select().from(candidates).limit(1);
    const [user] = await db.select().from(users).limit(1);
    const counts = (fetched: number) => ({ fetched, transformed: fetched, failed: 0, inserted: fetched, updated: 0, duplicates: 0, expired: 0 });
    await db.insert(syncRuns).values([
      { sourceId: source.id, mode: "full", status: "succeeded", stage: "done", counts: counts(25), createdAt: day("00:10:00"), finishedAt: day("00:20:00") },
      { sourceId: source.id, mode: "incremental", status: "succeeded", stage: "done", counts: counts(5), createdAt: day("23:50:00"), finishedAt: day("23:59:59") },
      // Finished the next day: not this day's.
      { sourceId: source.id, mode: "incremental", status: "succeeded", stage: "done", counts: counts(100), createdAt: day("23:59:00"), finishedAt: new Date("2026-03-16T00:00:01Z") },
    ]);
    const [application] = await db.insert(applications).values({ candidateId: candidate.id, jobId: job.id, stage: "applied", createdAt: day("09:00:00") }).returning();
    await db.insert(followUps).values([
      { applicationId: application.id, kind: "manual", dueAt: day("12:00:00"), body: "Check in", createdAt: day("09:00:00") },
      { applicationId: application.id, kind: "manual", dueAt: day("12:00:00"), body: "Check in again", createdAt: new Date("2026-03-14T23:59:59Z") },
    ]);
    await db.insert(interviews).values({ applicationId: application.id, type: "video", startsAt: day("15:00:00"), durationMinutes: 45, uid: `${randomUUID()}@test`, createdAt: day("10:00:00") });
    await db.insert(notifications).values([
      { userId: user.id, kind: "stage_changed", title: "Moved", eventId: randomUUID(), channel: "in_app", createdAt: day("09:01:00") },
      { userId: user.id, kind: "stage_changed", title: "Moved", eventId: randomUUID(), channel: "email", createdAt: day("09:02:00"), emailedAt: day("09:03:00") },
    ]);

    const [endpoint] = await db.insert(webhookEndpoints).values({ url: "https://hooks.example.com/in", events: ["job.created"], secret: "whsec_test" }).returning();
    const [delivery] = await db.insert(webhookDeliveries).values({ endpointId: endpoint.id, eventId: randomUUID(), eventType: "job.created", payload: "{}" }).returning();
    const attempt = (n: number, attemptedAt: Date, succeeded: boolean) => ({
      deliveryId: delivery.id, attempt: n, trigger: "automatic" as const, url: endpoint.url, requestHeaders: {}, requestBody: "{}", durationMs: 5, attemptedAt, succeeded,
    });
    await db.insert(webhookAttempts).values([
      attempt(1, day("08:00:00"), false),
      attempt(2, day("08:05:00"), true),
      // The next day's attempt is not this day's.
      attempt(3, new Date("2026-03-16T08:00:00Z"), true),
    ]);

    const res = await callJson<Figures>(integrationsHealth, "/api/v1/integrations/health?date=2026-03-15", { key: env.keys.recruiter });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ date: "2026-03-15", jobs_processed: 30, follow_ups_scheduled: 1, interviews_created: 1, notifications_sent: 2, emails_sent: 1, webhook_deliveries_sent: 2, webhook_deliveries_delivered: 1 });
  });

  it("defaults to today, refuses a seeker and a date that is not a day", async () => {
    const today = await callJson<Figures>(integrationsHealth, "/api/v1/integrations/health", { key: env.keys.admin });
    expect(today.status).toBe(200);
    expect(today.body.date).toBe(new Date().toISOString().slice(0, 10));
    expect((await callJson(integrationsHealth, "/api/v1/integrations/health", { key: env.keys.seeker })).status).toBe(403);
    const bad = await callJson<Figures>(integrationsHealth, "/api/v1/integrations/health?date=2026-02-30", { key: env.keys.admin });
    expect(bad.status).toBe(400);
    expect((await callJson(integrationsHealth, "/api/v1/integrations/health?date=yesterday", { key: env.keys.admin })).status).toBe(400);
  });
});
