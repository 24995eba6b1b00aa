import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { defaultSimulatorCredentials, lamodaWebhookHeaders, type SignedLamodaWebhook } from "@/simulator";
import { callJson, openApiTestEnvironment, type ApiTestEnvironment } from "@/tests/api";
import { GET as getJob } from "../../jobs/[id]/route";
import { GET as listJobs } from "../../jobs/route";
import { POST as receiveWebhook } from "./route";

const lamodaSource = "Lamoda marketplace";
const secret = defaultSimulatorCredentials.lamodaWebhookSecret;

let env: ApiTestEnvironment;
let externalId: string;
beforeAll(async () => {
  env = await openApiTestEnvironment({ volumes: { lamoda: 20 } });
  externalId = env.sim.simulator.groundTruthEntries(["lamoda"]).next().value!.externalId;
});
afterAll(() => env.close());

type JobSummary = { id: string; title: string; status: string };
type JobDetail = JobSummary & { updated_at: string; sources: Array<{ source: string; external_id: string }> };

const deliver = (rawBody: string, headers: Record<string, string>) => callJson(receiveWebhook, "/api/v1/webhooks/lamoda", { method: "POST", rawBody, headers });
const signed = (type: "job.created" | "job.closed", atMs?: number): SignedLamodaWebhook => env.sim.simulator.lamodaJobWebhook(externalId, type, atMs)!;

async function lamodaJobs(status = "open") {
  const res = await callJson<{ data: JobSummary[]; total: number }>(listJobs, `/api/v1/jobs?source=${encodeURIComponent(lamodaSource)}&status=${status}`, { key: env.keys.recruiter });
  return res.body;
}
async function jobDetail(id: string) {
  return (await callJson<{ data: JobDetail }>(getJob, `/api/v1/jobs/${id}`, { key: env.keys.recruiter, params: { id } })).body.data;
}
const unauthenticated = (message: RegExp) => ({ status: 401, body: { error: { code: "unauthenticated", message: expect.stringMatching(message), details: null } } });

describe("POST /api/v1/webhooks/lamoda", () => {
  let jobId: string;

  it("applies a signed job.created event: 200, and the job is in the catalogue linked to the Lamoda source", async () => {
    expect((await lamodaJobs("any")).total).toBe(0);
    const webhook = signed("job.created");
    expect(await deliver(webhook.rawBody, webhook.headers)).toEqual({ status: 200, body: { applied: true, duplicate: false, type: "job.created" } });

    const listed = await lamodaJobs();
    expect(listed.total).toBe(1);
    jobId = listed.data[0].id;
    const job = await jobDetail(jobId);
    expect(job.title).toBe(webhook.event.data.title);
    expect(job.sources).toEqual([expect.objectContaining({ source: lamodaSource, external_id: externalId })]);
  });

  it("ignores a redelivery of the same event id: 200 duplicate, nothing changes", async () => {
    const before = await jobDetail(jobId);
    const webhook = signed("job.created");
    expect(await deliver(webhook.rawBody, webhook.headers)).toEqual({ status: 200, body: { applied: false, duplicate: true, type: "job.created" } });
    expect(await jobDetail(jobId)).toEqual(before);
    expect((await lamodaJobs("any")).total).toBe(1);
  });

  it("refuses a wrong signature, a missing one and a stale timestamp with 401 and the error body", async () => {
    const webhook = signed("job.closed");
    const wrongSecret = lamodaWebhookHeaders("not-the-secret", webhook.rawBody);
    expect(await deliver(webhook.rawBody, wrongSecret)).toEqual(unauthenticated(/does not match/));
    expect(await deliver(webhook.rawBody.replace("job.closed", "job.updated"), webhook.headers)).toEqual(unauthenticated(/does not match/));
    const { "X-Lamoda-Signature": _dropped, ...unsigned } = webhook.headers;
    expect(await deliver(webhook.rawBody, unsigned)).toEqual(unauthenticated(/missing/));
    const stale = lamodaWebhookHeaders(secret, webhook.rawBody, Date.now() - 301_000);
    expect(await deliver(webhook.rawBody, stale)).toEqual(unauthenticated(/replay window/));
    expect((await jobDetail(jobId)).status).toBe("open");
  });

  it("rejects an event whose job is invalid with 422, and still rejects it when redelivered", async () => {
    // Built by hand per docs/sources/lamoda.md: the simulator only signs valid jobs.
    const rawBody = JSON.stringify({ id: "evt_contract_invalid", type: "job.created", created_at: new Date().toISOString(), data: { id: "job_broken" } });
    const rejected = { status: 422, body: { error: { code: "unprocessable", message: expect.stringMatching(/job in the event is invalid/), details: null } } };
    expect(await deliver(rawBody, lamodaWebhookHeaders(secret, rawBody))).toEqual(rejected);
    expect(await deliver(rawBody, lamodaWebhookHeaders(secret, rawBody))).toEqual(rejected);
    expect((await lamodaJobs("any")).total).toBe(1);
  });

  it("closes the job on job.closed", async () => {
    const webhook = signed("job.closed");
    expect(await deliver(webhook.rawBody, webhook.headers)).toEqual({ status: 200, body: { applied: true, duplicate: false, type: "job.closed" } });
    expect((await jobDetail(jobId)).status).toBe("closed");
    expect((await lamodaJobs()).total).toBe(0);
    expect((await lamodaJobs("closed")).data.map((j) => j.id)).toEqual([jobId]);
  });
});
