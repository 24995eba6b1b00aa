import { randomUUID } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { and, eq } from "drizzle-orm";
import { Webhook } from "standardwebhooks";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { candidates, jobs, notifications, outbox, users, webhookAttempts, webhookDeliveries, webhookEndpoints, type User } from "@/db/schema";
import { createApplication } from "@/lib/applications";
import { moveApplication } from "@/lib/applications/move";
import { resetConfigForTests } from "@/lib/config";
import { applicationStageChanged, emit } from "@/lib/events";
import type { PageResponse } from "@/lib/http/pagination";
import { attemptDelivery, claimDueDeliveries, maxAutomaticAttempts } from "@/lib/webhooks/deliver";
import type { DeliveryView, EndpointView } from "@/lib/webhooks/serialize";
import { drainRunner } from "@/inngest/runner";
import { deliverWebhooks, notifyWebhookDisabled } from "@/inngest/functions/deliver-webhooks";
import { callJson, openApiTestEnvironment, type ApiTestEnvironment } from "@/tests/api";
import { POST as redeliverRoute } from "./webhooks/deliveries/[id]/redeliver/route";
import { GET as listDeliveriesRoute } from "./webhooks/endpoints/[id]/deliveries/route";
import { DELETE as deleteRoute, GET as getRoute, PATCH as patchRoute } from "./webhooks/endpoints/[id]/route";
import { POST as rotateRoute } from "./webhooks/endpoints/[id]/rotate-secret/route";
import { POST as testRoute } from "./webhooks/endpoints/[id]/test/route";
import { GET as listRoute, POST as createRoute } from "./webhooks/endpoints/route";

type ErrorBody = { error: { code: string; message: string; details: unknown } };
type Received = { path: string; headers: http.IncomingHttpHeaders; body: string };
type Created = { data: EndpointView & { secret: string } } & ErrorBody;

let env: ApiTestEnvironment;
let server: http.Server;
let baseUrl: string;
let admin: User;
let recruiter: User;
const received: Received[] = [];
/** What the receiver answers, by path. */
const answers = new Map<string, number>();

const register = (body: unknown, key = env.keys.admin) => callJson<Created>(createRoute, "/api/v1/webhooks/endpoints", { key, body });
const redeliver = (id: string, key = env.keys.admin) => callJson<{ data: DeliveryView } & ErrorBody>(redeliverRoute, `/api/v1/webhooks/deliveries/${id}/redeliver`, { key, method: "POST", params: { id } });
const receivedAt = (path: string) => received.filter((r) => r.path === path);
const functions = () => [deliverWebhooks, notifyWebhookDisabled];

function setUrlPolicy(policy: "strict" | "open" | undefined) {
  if (policy) process.env.WEBHOOK_URL_POLICY = policy;
  else delete process.env.WEBHOOK_URL_POLICY;
  resetConfigForTests();
}

async function newApplication(): Promise<string> {
  const { db } = env.handle;
  const [job] = await db.select({ id: jobs.id }).from(jobs).limit(1);
  const [candidate] = await db.insert(candidates).values({ fullName: `Cy ${randomUUID().slice(0, 6)}` }).returning({ id: candidates.id });
  return (await createApplication(db, recruiter, { jobId: job.id, candidateId: candidate.id })).id;
}

beforeAll(async () => {
  env = await openApiTestEnvironment();
  const { db } = env.handle;
  [admin] = await db.select().from(users).where(eq(users.email, "admin@example.com"));
  [recruiter] = await db.select().from(users).where(eq(users.email, "recruiter@example.com"));
  server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const path = req.url ?? "/";
      received.push({ path, headers: req.headers, body: Buffer.concat(chunks).toString("utf8") });
      const status = answers.get(path) ?? 204;
      if (status >= 300 && status < 400) res.setHeader("location", "http://127.0.0.1:1/elsewhere");
      res.writeHead(status).end(status >= 400 ? "receiver says no" : "");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  // Deliveries started by the seed's own events are not this file's business.
  await db.update(outbox).set({ dispatchedAt: new Date() });
}, 180_000);
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await env.close();
});
afterEach(() => setUrlPolicy(undefined));

describe("who may manage webhooks", () => {
  it("refuses recruiters and seekers, and callers without a key", async () => {
    const body = { url: `${baseUrl}/x`, events: ["job.created"] };
    expect((await register(body, env.keys.recruiter)).status).toBe(403);
    expect((await register(body, env.keys.seeker)).status).toBe(403);
    expect((await callJson(listRoute, "/api/v1/webhooks/endpoints", { key: env.keys.seeker })).status).toBe(403);
    expect((await callJson(listRoute, "/api/v1/webhooks/endpoints")).status).toBe(401);
    expect((await redeliver(randomUUID(), env.keys.recruiter)).status).toBe(403);
  });
});

describe("POST /api/v1/webhooks/endpoints validation", () => {
  it("answers 400 for missing or unknown events, a bad URL, an unknown field", async () => {
    for (const body of [
      { url: `${baseUrl}/x` },
      { url: `${baseUrl}/x`, events: [] },
      { url: `${baseUrl}/x`, events: ["job.deleted"] },
      { url: "not a url", events: ["job.created"] },
      { url: "ftp://example.com/hook", events: ["job.created"] },
      { url: "https://user:pw@example.com/hook", events: ["job.created"] },
      { url: `${baseUrl}/x`, events: ["job.created"], secret: "mine" },
    ]) {
      const { status, body: answer } = await register(body);
      expect(status, JSON.stringify(body)).toBe(400);
      expect(answer.error.code).toBe("invalid_request");
    }
    expect((await callJson(getRoute, "/api/v1/webhooks/endpoints/nope", { key: env.keys.admin, params: { id: "nope" } })).status).toBe(400);
  });
});

describe("SSRF", () => {
  it("in production (strict) refuses http, loopback, private and link-local hosts at registration", async () => {
    setUrlPolicy("strict");
    const refusals: Array<[string, string]> = [
      [`${baseUrl}/hook`, "https_required"],
      ["https://127.0.0.1/hook", "private_address"],
      ["https://localhost/hook", "private_address"],
      ["https://10.1.2.3/hook", "private_address"],
      ["https://192.168.0.10/hook", "private_address"],
      ["https://169.254.169.254/latest/meta-data", "private_address"],
      ["https://[::1]/hook", "private_address"],
      ["https://[::ffff:127.0.0.1]/hook", "private_address"],
    ];
    for (const [url, reason] of refusals) {
      const { status, body } = await register({ url, events: ["job.created"] });
      expect(status, url).toBe(400);
      expect(body.error.details, url).toEqual({ url: reason });
    }
    // A public address literal needs no lookup and passes.
    const ok = await register({ url: "https://93.184.215.14/hook", events: ["job.created"], enabled: false });
    expect(ok.status).toBe(201);
    expect((await callJson(deleteRoute, `/api/v1/webhooks/endpoints/${ok.body.data.id}`, { key: env.keys.admin, method: "DELETE", params: { id: ok.body.data.id } })).status).toBe(200);
  });

  it("checks again at delivery: an endpoint registered outside production is not called once the policy is strict", async () => {
    const created = await register({ url: `${baseUrl}/ssrf`, events: ["sync.failed"] });
    expect(created.status).toBe(201);
    const ping = await callJson<{ data: DeliveryView }>(testRoute, "/", { key: env.keys.admin, method: "POST", params: { id: created.body.data.id } });
    expect(ping.body.data.status).toBe("delivered");
    setUrlPolicy("strict");
    const again = await redeliver(ping.body.data.id);
    expect(again.status).toBe(200);
    const last = again.body.data.attempt_history.at(-1)!;
    expect(last).toMatchObject({ succeeded: false, trigger: "manual", response: { status: null } });
    expect(last.error).toMatch(/^Refused: The URL must use https/);
    expect(receivedAt("/ssrf")).toHaveLength(1);
    // Changing the URL is checked like registering one.
    const moved = await callJson<ErrorBody>(patchRoute, "/", { key: env.keys.admin, method: "PATCH", params: { id: created.body.data.id }, body: { url: "https://169.254.169.254/hook" } });
    expect(moved.status).toBe(400);
    expect(moved.body.error.details).toEqual({ url: "private_address" });
  });
});

describe("delivery", () => {
  it("an endpoint on a local server receives a signed application.status_changed that verifies with its secret", async () => {
    const created = await register({ url: `${baseUrl}/status`, description: "HRIS", events: ["application.status_changed"] });
    expect(created.status).toBe(201);
    expect(created.body.data).toMatchObject({ url: `${baseUrl}/status`, description: "HRIS", events: ["application.status_changed"], enabled: true });
    const secret = created.body.data.secret;
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{32}$/);

    const applicationId = await newApplication();
    await moveApplication(env.handle.db, recruiter, applicationId, { stage: "screening" });
    await drainRunner({ db: env.handle.db, functions: functions() });

    const got = receivedAt("/status");
    // application.created was not subscribed: only the move arrives.
    expect(got).toHaveLength(1);
    const [message] = got;
    expect(message.headers["content-type"]).toBe("application/json");
    const verified = new Webhook(secret).verify(message.body, message.headers as Record<string, string>) as { type: string; timestamp: string; data: Record<string, unknown> };
    expect(verified).toMatchObject({ type: "application.status_changed", data: { application_id: applicationId, from_stage: "applied", to_stage: "screening", actor_id: recruiter.id } });
    expect(Date.parse(verified.timestamp)).toBeGreaterThan(Date.now() - 60_000);
    expect(() => new Webhook(`whsec_${Buffer.alloc(24, 1).toString("base64")}`).verify(message.body, message.headers as Record<string, string>)).toThrow();

    // The outbox handing the event on again creates no second delivery.
    const [row] = await env.handle.db.select().from(webhookDeliveries).where(eq(webhookDeliveries.endpointId, created.body.data.id));
    expect(row).toMatchObject({ status: "delivered", attempts: 1, eventType: "application.status_changed" });
    await env.handle.db.update(outbox).set({ dispatchedAt: null, nextAttemptAt: new Date() }).where(eq(outbox.id, row.eventId));
    await drainRunner({ db: env.handle.db, functions: functions() });
    expect(receivedAt("/status")).toHaveLength(1);

    const history = await callJson<PageResponse<DeliveryView>>(listDeliveriesRoute, "/", { key: env.keys.admin, params: { id: created.body.data.id } });
    expect(history.body).toMatchObject({ total: 1, page: 1 });
    expect(history.body.data[0]).toMatchObject({ status: "delivered", attempts: 1, webhook_id: message.headers["webhook-id"] });
    expect(history.body.data[0].attempt_history[0]).toMatchObject({ attempt: 1, trigger: "automatic", succeeded: true, response: { status: 204 } });
    expect(history.body.data[0].attempt_history[0].request.body).toBe(message.body);
  });

  it("retries a failing endpoint with growing delays, then disables it, tells the admins, and a redelivery gets through", async () => {
    const { db } = env.handle;
    answers.set("/flaky", 500);
    const created = await register({ url: `${baseUrl}/flaky`, events: ["application.status_changed"] });
    const endpointId = created.body.data.id;
    const applicationId = await newApplication();
    await emit(db, applicationStageChanged.create({ applicationId, eventId: randomUUID(), fromStage: "applied", toStage: "offer", actorId: admin.id }));
    await drainRunner({ db, functions: functions() });
    const [delivery] = await db.select().from(webhookDeliveries).where(eq(webhookDeliveries.endpointId, endpointId));
    expect(delivery).toMatchObject({ status: "pending", attempts: 1 });

    const [first] = await db.select().from(webhookAttempts).where(eq(webhookAttempts.deliveryId, delivery.id));
    const tries: Date[] = [first.attemptedAt];
    for (let n = 2; n <= maxAutomaticAttempts; n++) {
      const [current] = await db.select().from(webhookDeliveries).where(eq(webhookDeliveries.id, delivery.id));
      const due = current.nextAttemptAt!;
      // Not yet due a second before its time.
      expect(await claimDueDeliveries(db, new Date(due.getTime() - 1000))).not.toContain(delivery.id);
      const claimed = await claimDueDeliveries(db, due);
      expect(claimed).toContain(delivery.id);
      await attemptDelivery(db, delivery.id, "automatic", { now: due, claimed: true });
      tries.push(due);
    }
    const gaps = tries.slice(1).map((t, i) => t.getTime() - tries[i].getTime());
    expect(gaps).toHaveLength(7);
    for (let i = 1; i < gaps.length; i++) expect(gaps[i]).toBeGreaterThan(gaps[i - 1]);
    expect(gaps[0]).toBe(60_000);
    const span = tries.at(-1)!.getTime() - tries[0].getTime();
    expect(span).toBeGreaterThanOrEqual(23 * 3600_000);
    expect(span).toBeLessThanOrEqual(25 * 3600_000);

    const [failed] = await db.select().from(webhookDeliveries).where(eq(webhookDeliveries.id, delivery.id));
    expect(failed).toMatchObject({ status: "failed", attempts: 8, nextAttemptAt: null, lastResponseStatus: 500 });
    const got = receivedAt("/flaky");
    expect(got).toHaveLength(8);
    expect(new Set(got.map((r) => r.headers["webhook-id"])).size).toBe(1);
    expect(new Set(got.map((r) => r.body)).size).toBe(1);

    const endpoint = await callJson<{ data: EndpointView }>(getRoute, "/", { key: env.keys.admin, params: { id: endpointId } });
    expect(endpoint.body.data.enabled).toBe(false);
    expect(endpoint.body.data.disabled_reason).toMatch(/failed all 8 tries/);
    await drainRunner({ db, functions: functions() });
    const told = await db.select().from(notifications).where(eq(notifications.kind, "webhook_disabled"));
    const admins = await db.select({ id: users.id }).from(users).where(eq(users.role, "admin"));
    expect(admins.length).toBeGreaterThan(0);
    expect(told.map((n) => n.userId).sort()).toEqual(admins.map((a) => a.id).sort());
    expect(told[0]).toMatchObject({ link: "/settings#webhooks", data: { endpoint_id: endpointId } });

    // A disabled endpoint gets no new messages and its sweep is idle.
    await emit(db, applicationStageChanged.create({ applicationId, eventId: randomUUID(), fromStage: "offer", toStage: "hired", actorId: admin.id }));
    await drainRunner({ db, functions: functions() });
    expect(await db.select().from(webhookDeliveries).where(eq(webhookDeliveries.endpointId, endpointId))).toHaveLength(1);

    answers.set("/flaky", 200);
    const again = await redeliver(delivery.id);
    expect(again.status).toBe(200);
    expect(again.body.data).toMatchObject({ status: "delivered", attempts: 9 });
    expect(again.body.data.attempt_history.map((a) => a.trigger)).toEqual([...Array(8).fill("automatic"), "manual"]);
    const last = receivedAt("/flaky").at(-1)!;
    expect(last.headers["webhook-id"]).toBe(got[0].headers["webhook-id"]);
    expect(new Webhook(created.body.data.secret).verify(last.body, last.headers as Record<string, string>)).toMatchObject({ type: "application.status_changed" });

    // Enabling it again clears the reason.
    const enabled = await callJson<{ data: EndpointView }>(patchRoute, "/", { key: env.keys.admin, method: "PATCH", params: { id: endpointId }, body: { enabled: true } });
    expect(enabled.body.data).toMatchObject({ enabled: true, disabled_reason: null, failing_since: null });
  });

  it("counts a redirect as a failure and does not follow it", async () => {
    answers.set("/moved", 302);
    const created = await register({ url: `${baseUrl}/moved`, events: ["sync.failed"] });
    const ping = await callJson<{ data: DeliveryView }>(testRoute, "/", { key: env.keys.admin, method: "POST", params: { id: created.body.data.id } });
    expect(ping.body.data.status).toBe("failed");
    expect(ping.body.data.attempt_history[0]).toMatchObject({ succeeded: false, response: { status: 302 }, error: "HTTP 302" });
    expect(receivedAt("/elsewhere")).toHaveLength(0);
  });
});

describe("endpoint management", () => {
  it("lists without secrets, rotates the secret, edits, and deletes with the history", async () => {
    const created = await register({ url: `${baseUrl}/manage`, events: ["job.created", "job.created", "job.expired"] });
    const id = created.body.data.id;
    expect(created.body.data.events).toEqual(["job.created", "job.expired"]);
    const list = await callJson<{ data: Array<Record<string, unknown>> }>(listRoute, "/", { key: env.keys.admin });
    expect(list.body.data.length).toBeGreaterThan(0);
    expect(list.body.data.every((e) => !("secret" in e))).toBe(true);
    const rotated = await callJson<Created>(rotateRoute, "/", { key: env.keys.admin, method: "POST", params: { id } });
    expect(rotated.body.data.secret).toMatch(/^whsec_/);
    expect(rotated.body.data.secret).not.toBe(created.body.data.secret);
    const edited = await callJson<Created>(patchRoute, "/", { key: env.keys.admin, method: "PATCH", params: { id }, body: { description: "BI", events: ["match.created"] } });
    expect(edited.body.data).toMatchObject({ description: "BI", events: ["match.created"] });
    expect((await callJson<ErrorBody>(patchRoute, "/", { key: env.keys.admin, method: "PATCH", params: { id }, body: {} })).status).toBe(400);
    expect((await callJson(deleteRoute, "/", { key: env.keys.admin, method: "DELETE", params: { id } })).status).toBe(200);
    expect((await callJson<ErrorBody>(getRoute, "/", { key: env.keys.admin, params: { id } })).status).toBe(404);
    expect(await env.handle.db.select().from(webhookEndpoints).where(and(eq(webhookEndpoints.id, id)))).toHaveLength(0);
  });
});
