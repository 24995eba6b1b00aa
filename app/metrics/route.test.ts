import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { queryRows } from "@/db/rows";
import { refreshMatchesForChangedCandidates } from "@/inngest/functions/refresh-matches";
import { drainRunner } from "@/inngest/runner";
import { resetConfigForTests } from "@/lib/config";
import { forgetScrapeCache } from "@/lib/observability/collect";
import { setLogSink } from "@/lib/observability/log";
import { callRoute, openApiTestEnvironment, type ApiTestEnvironment } from "@/tests/api";
import { POST as createCandidate } from "../api/v1/candidates/route";
import { GET as getJob } from "../api/v1/jobs/[id]/route";
import { GET } from "./route";

const TOKEN = "metrics-token-for-tests-0123456789";

let env: ApiTestEnvironment;
beforeAll(async () => {
  env = await openApiTestEnvironment({}, { env: { METRICS_TOKEN: TOKEN } });
});
afterAll(async () => {
  delete process.env.LOG_FORMAT;
  await env.close();
});
afterEach(() => forgetScrapeCache());

const scrape = (headers: Record<string, string> = {}) => callRoute(GET, "/metrics", { headers });

type Sample = { name: string; labels: Record<string, string>; value: number };
type Family = { name: string; type: string; help: string; samples: Sample[] };

const metricName = /^[a-zA-Z_:][a-zA-Z0-9_:]*$/;
const labelPair = /^([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\\n]|\\["\\n])*)"(,|$)/;

// As Prometheus reads values (Go's ParseFloat): NaN and Inf in any letter case (prom-client writes "Nan").
function parseValue(text: string, line: string): number {
  if (/^\+?inf(inity)?$/i.test(text)) return Infinity;
  if (/^-inf(inity)?$/i.test(text)) return -Infinity;
  if (/^nan$/i.test(text)) return NaN;
  if (!/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(text)) throw new Error(`not a number: ${line}`);
  return Number(text);
}

function parseLabels(text: string, line: string): Record<string, string> {
  const labels: Record<string, string> = {};
  let rest = text;
  while (rest.length > 0) {
    const match = labelPair.exec(rest);
    if (!match) throw new Error(`bad labels: ${line}`);
    if (match[1] in labels) throw new Error(`repeated label ${match[1]}: ${line}`);
    labels[match[1]] = match[2].replace(/\\n/g, "\n").replace(/\\"/g, '"').replace(/\\\\/g, "\\");
    rest = rest.slice(match[0].length);
  }
  return labels;
}

/** A strict reader of the Prometheus text format (0.0.4): throws on the first line it cannot read. */
function parsePrometheusText(body: string): Map<string, Family> {
  const families = new Map<string, Family>();
  const seen = new Set<string>();
  const familyOf = (sample: string) =>
    families.get(sample) ?? families.get(sample.replace(/_(bucket|sum|count)$/, "")) ?? families.get(sample.replace(/_total$/, ""));
  const lines = body.split("\n");
  if (lines.at(-1) !== "") throw new Error("the body must end with a newline");
  for (const line of lines.slice(0, -1)) {
    const meta = /^# (HELP|TYPE) (\S+) (.*)$/.exec(line);
    if (meta) {
      const [, kind, name, text] = meta;
      if (!metricName.test(name)) throw new Error(`bad metric name: ${line}`);
      const family = families.get(name) ?? { name, type: "untyped", help: "", samples: [] };
      if (kind === "TYPE") {
        if (!["counter", "gauge", "histogram", "summary", "untyped"].includes(text)) throw new Error(`bad type: ${line}`);
        if (family.samples.length) throw new Error(`TYPE after samples: ${line}`);
        family.type = text;
      } else family.help = text;
      families.set(name, family);
      continue;
    }
    // The format ignores blank lines and other comments.
    if (line === "" || line.startsWith("#")) continue;
    const sample = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})? (\S+)( -?\d+)?$/.exec(line);
    if (!sample) throw new Error(`unreadable line: ${JSON.stringify(line)}`);
    const [, name, labelText = "", valueText] = sample;
    const family = familyOf(name);
    if (!family) throw new Error(`sample before its TYPE: ${line}`);
    const labels = parseLabels(labelText, line);
    if (family.type === "histogram" && name.endsWith("_bucket") && !("le" in labels)) throw new Error(`bucket without le: ${line}`);
    const key = `${name}${JSON.stringify(Object.entries(labels).sort())}`;
    if (seen.has(key)) throw new Error(`duplicate series: ${line}`);
    seen.add(key);
    family.samples.push({ name, labels, value: parseValue(valueText, line) });
  }
  return families;
}

const sampleOf = (families: Map<string, Family>, name: string, labels: Record<string, string>) =>
  [...families.values()].flatMap((f) => f.samples).find((s) => s.name === name && Object.entries(labels).every(([k, v]) => s.labels[k] === v));

describe("the strict parser", () => {
  it("refuses what Prometheus would refuse", () => {
    expect(() => parsePrometheusText('# TYPE a counter\na{x="1} 1\n')).toThrow(/bad labels/);
    expect(() => parsePrometheusText("# TYPE a counter\na one\n")).toThrow(/not a number/);
    expect(() => parsePrometheusText("b 1\n")).toThrow(/before its TYPE/);
    expect(() => parsePrometheusText("# TYPE a gauge\na 1\na 2\n")).toThrow(/duplicate/);
    expect(parsePrometheusText('# HELP a Help.\n# TYPE a gauge\na{x="q\\"uote"} +Inf\n').get("a")?.samples[0]).toEqual({ name: "a", labels: { x: 'q"uote' }, value: Infinity });
  });
});

describe("GET /metrics", () => {
  it("is 401 with the JSON error body without the token, or with a wrong one", async () => {
    const attempts: Array<Record<string, string>> = [{}, { authorization: "Bearer not-the-token-but-long-enough" }, { authorization: "Basic abc" }];
    for (const headers of attempts) {
      const res = await scrape(headers);
      expect(res.status).toBe(401);
      expect((await res.json()).error.code).toBe("unauthenticated");
    }
  });

  it("refuses a signed-in non-admin, and answers an admin's API key", async () => {
    expect((await scrape({ authorization: `Bearer ${env.keys.recruiter}` })).status).toBe(403);
    expect((await scrape({ authorization: `Bearer ${env.keys.admin}` })).status).toBe(200);
  });

  it("answers the token with Prometheus text that parses, every known series present from the start", async () => {
    const res = await scrape({ authorization: `Bearer ${TOKEN}` });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^text\/plain; version=0\.0\.4/);
    const families = parsePrometheusText(await res.text());
    expect(families.get("process_resident_memory_bytes")?.type).toBe("gauge");
    expect(families.get("hireflow_http_request_duration_seconds")?.type).toBe("histogram");
    const [source] = await queryRows<{ name: string }>(env.handle.db, sql`select name from job_sources order by name limit 1`);
    expect(source).toBeDefined();
    for (const status of ["succeeded", "partial", "failed"]) expect(sampleOf(families, "hireflow_sync_runs_total", { source: source.name, status })).toBeDefined();
    for (const outcome of ["fetched", "failed", "duplicate"]) expect(sampleOf(families, "hireflow_sync_records_total", { source: source.name, outcome })).toBeDefined();
    expect(sampleOf(families, "hireflow_sync_last_success_timestamp_seconds", { source: source.name })?.value).toBeGreaterThan(1_600_000_000);
    expect(sampleOf(families, "hireflow_source_enabled", { source: source.name })).toBeDefined();
    for (const channel of ["in_app", "email"]) expect(sampleOf(families, "hireflow_notifications_sent_total", { channel })).toBeDefined();
    for (const outcome of ["delivered", "failed"]) expect(sampleOf(families, "hireflow_webhook_deliveries_total", { outcome })).toBeDefined();
    for (const gauge of ["hireflow_queue_depth", "hireflow_queue_oldest_due_seconds", "hireflow_outbox_pending", "hireflow_follow_ups_due", "hireflow_follow_ups_overdue", "hireflow_db_pool_connections_max"]) {
      expect(sampleOf(families, gauge, {}), gauge).toBeDefined();
    }
    const [stored] = await queryRows<{ n: number }>(env.handle.db, sql`select count(*)::int as n from matches`);
    expect(sampleOf(families, "hireflow_matches_stored", {})?.value).toBe(stored.n);
  });

  it("counts an API request under its route template, not its raw path, and echoes a sane request id", async () => {
    const id = "00000000-0000-4000-8000-00000000abcd";
    const res = await callRoute(getJob, `/api/v1/jobs/${id}`, { key: env.keys.recruiter, params: { id }, headers: { "x-request-id": "trace-42" } });
    expect(res.status).toBe(404);
    expect(res.headers.get("x-request-id")).toBe("trace-42");
    const made = await callRoute(getJob, `/api/v1/jobs/${id}`, { key: env.keys.recruiter, params: { id }, headers: { "x-request-id": "bad id with spaces" } });
    expect(made.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
    const body = await (await scrape({ authorization: `Bearer ${TOKEN}` })).text();
    const families = parsePrometheusText(body);
    expect(sampleOf(families, "hireflow_http_requests_total", { route: "/api/v1/jobs/{id}", method: "GET", status: "404" })?.value).toBeGreaterThanOrEqual(2);
    expect(sampleOf(families, "hireflow_http_request_duration_seconds_count", { route: "/api/v1/jobs/{id}", method: "GET" })?.value).toBeGreaterThanOrEqual(2);
    expect(body).not.toContain(id);
    // The scrape itself is counted under its own template.
    expect(sampleOf(families, "hireflow_http_requests_total", { route: "/metrics", method: "GET" })).toBeDefined();
  });

  it("logs a background run started by an API request with that request's id", async () => {
    process.env.LOG_FORMAT = "json";
    resetConfigForTests();
    const lines: string[] = [];
    const restore = setLogSink((_level, line) => lines.push(line));
    try {
      const res = await callRoute(createCandidate, "/api/v1/candidates", {
        key: env.keys.recruiter,
        body: { first_name: "Trace", last_name: "Able", skills: ["TypeScript"] },
        headers: { "x-request-id": "req-from-the-api-7" },
      });
      expect(res.status).toBe(201);
      await drainRunner({ db: env.handle.db, functions: [refreshMatchesForChangedCandidates], log: { warn() {}, error() {} } });
    } finally {
      restore();
      delete process.env.LOG_FORMAT;
      resetConfigForTests();
    }
    const entries = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    const finished = entries.filter((e) => e.msg === "background run finished" && e.function === "refresh-matches-changed-candidates");
    expect(finished.length).toBeGreaterThan(0);
    expect(finished.map((e) => e.requestId)).toContain("req-from-the-api-7");
    const mine = finished.find((e) => e.requestId === "req-from-the-api-7")!;
    expect(mine).toMatchObject({ level: "info", outcome: "succeeded" });
    expect(typeof mine.time).toBe("string");
    const families = parsePrometheusText(await (await scrape({ authorization: `Bearer ${TOKEN}` })).text());
    expect(sampleOf(families, "hireflow_background_runs_total", { function: "refresh-matches-changed-candidates", outcome: "succeeded" })?.value).toBeGreaterThanOrEqual(1);
  });
});
