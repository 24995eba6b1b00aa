import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { drainRunner } from "@/inngest/runner";
import { callJson, openApiTestEnvironment, type ApiKeys, type ApiTestEnvironment } from "@/tests/api";
import { GET as listSources, POST as createSource } from "./sources/route";
import { POST as requestSync } from "./sync/route";
import { GET as getRun } from "./sync/runs/[id]/route";
import { POST as reprocessRun } from "./sync/runs/[id]/reprocess/route";
import { GET as listRuns } from "./sync/runs/route";

let env: ApiTestEnvironment;
let keys: ApiKeys;
beforeAll(async () => {
  env = await openApiTestEnvironment({ volumes: { adzuna: 300 } });
  keys = env.keys;
});
afterAll(() => env.close());

const drain = () => drainRunner({ db: env.handle.db, timeoutMs: 60_000 });
const errorBody = (code: string, details: unknown = null) => ({ error: { code, message: expect.any(String), details } });
const issue = (path: string) => ({ path, message: expect.any(String) });

const sourceName = "Contract Adzuna GB";
const runKeys = ["id", "source", "source_name", "source_type", "mode", "trigger", "parent_run_id", "reprocess_scope", "status", "stage", "counts", "errors", "timings_ms", "created_at", "started_at", "finished_at"];
const countKeys = ["fetched", "transformed", "failed", "inserted", "updated", "duplicates", "expired"];

type RunView = { id: string; source: string; status: string; stage: string; parent_run_id: string | null; trigger: string; counts: Record<string, number>; errors: unknown[]; started_at: string | null; finished_at: string | null };
type SourceView = { id: string; name: string; health: string; last_run: RunView | null };

let sourceId: string;
let firstRunId: string;

describe("POST /api/v1/sources", () => {
  it("creates a source for an admin: 201 with its id", async () => {
    const res = await callJson<{ id: string }>(createSource, "/api/v1/sources", {
      key: keys.admin,
      body: { type: "adzuna", name: sourceName, config: { country: "GB", max_pages: 2 }, schedule: "0 */6 * * *" },
    });
    expect(res).toEqual({ status: 201, body: { id: expect.stringMatching(/^[0-9a-f-]{36}$/) } });
    sourceId = res.body.id;
  });

  it("answers 401 without a key and 403 for a recruiter, creating nothing", async () => {
    const body = { type: "adzuna", name: "Not allowed", config: { country: "gb" } };
    expect(await callJson(createSource, "/api/v1/sources", { body })).toEqual({ status: 401, body: errorBody("unauthenticated") });
    expect(await callJson(createSource, "/api/v1/sources", { key: keys.recruiter, body })).toEqual({ status: 403, body: errorBody("forbidden") });
    const list = await callJson<{ data: SourceView[] }>(listSources, "/api/v1/sources", { key: keys.admin });
    expect(list.body.data.map((s) => s.name)).not.toContain("Not allowed");
  });

  it("answers 422 with details for a config or schedule the connector refuses", async () => {
    const badConfig = await callJson(createSource, "/api/v1/sources", { key: keys.admin, body: { type: "adzuna", name: "Broken", config: { country: "great britain" } } });
    expect(badConfig).toEqual({ status: 422, body: errorBody("unprocessable", [issue("country")]) });
    const badSchedule = await callJson(createSource, "/api/v1/sources", { key: keys.admin, body: { type: "lever", name: "Broken", config: { site: "orbitly" }, schedule: "every day" } });
    expect(badSchedule).toEqual({ status: 422, body: errorBody("unprocessable", [issue("schedule")]) });
  });

  it("answers 400 for an unknown type or malformed JSON, 409 for a taken name", async () => {
    const badType = await callJson(createSource, "/api/v1/sources", { key: keys.admin, body: { type: "monster", name: "Monster", config: {} } });
    expect(badType).toEqual({ status: 400, body: errorBody("invalid_request", [issue("type")]) });
    expect(await callJson(createSource, "/api/v1/sources", { key: keys.admin, rawBody: '{"type": "adzuna",' })).toEqual({ status: 400, body: errorBody("invalid_request") });
    const duplicate = await callJson(createSource, "/api/v1/sources", { key: keys.admin, body: { type: "adzuna", name: sourceName, config: { country: "us" } } });
    expect(duplicate).toEqual({ status: 409, body: errorBody("conflict") });
  });

  it("lists every source with its health and last run, readable by a recruiter", async () => {
    const res = await callJson<{ data: SourceView[] }>(listSources, "/api/v1/sources", { key: keys.recruiter });
    expect(res.status).toBe(200);
    expect(res.body.data.map((s) => s.name)).toEqual(expect.arrayContaining([sourceName, "Lamoda marketplace", "Adzuna GB"]));
    const created = res.body.data.find((s) => s.id === sourceId);
    expect(created).toEqual({
      id: sourceId,
      type: "adzuna",
      name: sourceName,
      config: { country: "gb", max_pages: 2, results_per_page: 50 },
      schedule: "0 */6 * * *",
      enabled: true,
      health: "never_synced",
      last_run: null,
      created_at: expect.any(String),
    });
  });
});

describe("POST /api/v1/sync and the runs it creates", () => {
  it("queues a sync by source name: 202 with the run id; a second request while queued is 409", async () => {
    const res = await callJson<{ run_id: string }>(requestSync, "/api/v1/sync", { key: keys.admin, body: { source: sourceName, mode: "full" } });
    expect(res).toEqual({ status: 202, body: { run_id: expect.any(String), status: "queued" } });
    firstRunId = res.body.run_id;
    const again = await callJson(requestSync, "/api/v1/sync", { key: keys.admin, body: { source: sourceId, mode: "incremental" } });
    expect(again).toEqual({ status: 409, body: errorBody("conflict", { run_id: firstRunId }) });
    const sources = await callJson<{ data: SourceView[] }>(listSources, "/api/v1/sources", { key: keys.admin });
    expect(sources.body.data.find((s) => s.id === sourceId)).toMatchObject({ health: "syncing", last_run: { id: firstRunId, status: "queued" } });
  });

  it("answers 404 for an unknown source, 400 for a bad mode and 403 for a recruiter", async () => {
    expect(await callJson(requestSync, "/api/v1/sync", { key: keys.admin, body: { source: "No such board" } })).toEqual({ status: 404, body: errorBody("not_found") });
    expect(await callJson(requestSync, "/api/v1/sync", { key: keys.admin, body: { source: sourceName, mode: "sometimes" } })).toEqual({ status: 400, body: errorBody("invalid_request", [issue("mode")]) });
    expect(await callJson(requestSync, "/api/v1/sync", { key: keys.recruiter, body: { source: sourceName } })).toEqual({ status: 403, body: errorBody("forbidden") });
  });

  it("shows the finished run with its stage, counts, errors and times", async () => {
    await drain();
    const res = await callJson<RunView>(getRun, `/api/v1/sync/runs/${firstRunId}`, { key: keys.recruiter, params: { id: firstRunId } });
    expect(res.status).toBe(200);
    const run = res.body;
    expect(Object.keys(run)).toEqual(expect.arrayContaining(runKeys));
    expect(Object.keys(run.counts).sort()).toEqual(expect.arrayContaining(countKeys));
    expect(run).toMatchObject({ id: firstRunId, source: sourceId, source_name: sourceName, source_type: "adzuna", mode: "full", trigger: "manual", status: "succeeded", stage: "done", errors: [] });
    expect(run.counts.fetched).toBe(100);
    expect(run.counts.inserted + run.counts.duplicates).toBe(run.counts.fetched);
    for (const key of countKeys) expect(Number.isInteger(run.counts[key]), key).toBe(true);
    expect(Date.parse(run.finished_at!)).toBeGreaterThanOrEqual(Date.parse(run.started_at!));

    const sources = await callJson<{ data: SourceView[]; total: number; total_is_estimate: boolean }>(listSources, "/api/v1/sources", { key: keys.admin });
    expect(sources.body).toMatchObject({ page: 1, total: sources.body.data.length, total_is_estimate: false, total_pages: 1, next_cursor: null });
    expect(sources.body.data.find((s) => s.id === sourceId)).toMatchObject({ health: "healthy", last_run: { id: firstRunId, status: "succeeded" } });
  });

  it("answers 400 for a run id that is not a UUID and 404 for an unknown one", async () => {
    expect(await callJson(getRun, "/api/v1/sync/runs/42", { key: keys.admin, params: { id: "42" } })).toEqual({ status: 400, body: errorBody("invalid_request", [issue("id")]) });
    const unknown = "00000000-0000-4000-8000-000000000000";
    expect(await callJson(getRun, `/api/v1/sync/runs/${unknown}`, { key: keys.admin, params: { id: unknown } })).toEqual({ status: 404, body: errorBody("not_found") });
  });

  it("reprocesses a finished run: 202, and the new run re-loads the stored pages without fetching", async () => {
    const path = `/api/v1/sync/runs/${firstRunId}/reprocess`;
    const res = await callJson<{ run_id: string }>(reprocessRun, path, { key: keys.admin, method: "POST", params: { id: firstRunId }, body: { scope: "all" } });
    expect(res).toEqual({ status: 202, body: { run_id: expect.any(String), status: "queued" } });
    expect((await callJson(reprocessRun, path, { key: keys.admin, method: "POST", params: { id: res.body.run_id } })).status).toBe(409);
    await drain();
    const run = await callJson<RunView>(getRun, "/api/v1/sync/runs/x", { key: keys.admin, params: { id: res.body.run_id } });
    expect(run.body).toMatchObject({ id: res.body.run_id, parent_run_id: firstRunId, trigger: "reprocess", status: "succeeded", counts: { fetched: 0, inserted: 0 } });
    expect(run.body.finished_at).not.toBeNull();
  });

  it("pages the run history of one source, newest first", async () => {
    const first = await callJson<{ data: RunView[]; page: number; limit: number; total: number; total_pages: number }>(listRuns, `/api/v1/sync/runs?source=${encodeURIComponent(sourceName)}&limit=1`, { key: keys.recruiter });
    expect(first).toMatchObject({ status: 200, body: { page: 1, limit: 1, total: 2, total_is_estimate: false, total_pages: 2, next_cursor: null } });
    expect(first.body.data).toHaveLength(1);
    expect(first.body.data[0].trigger).toBe("reprocess");
    const second = await callJson<{ data: RunView[] }>(listRuns, `/api/v1/sync/runs?source=${sourceId}&limit=1&page=2`, { key: keys.recruiter });
    expect(second.body.data.map((r) => r.id)).toEqual([firstRunId]);
    const other = await callJson<{ total: number }>(listRuns, "/api/v1/sync/runs?source=HeadHunter", { key: keys.recruiter });
    expect(other.body.total).toBe(0);
    expect(await callJson(listRuns, "/api/v1/sync/runs?source=nope", { key: keys.recruiter })).toEqual({ status: 404, body: errorBody("not_found") });
    expect((await callJson(listRuns, "/api/v1/sync/runs?limit=0", { key: keys.recruiter })).status).toBe(400);
  });
});
