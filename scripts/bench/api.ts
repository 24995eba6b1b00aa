import { execFile } from "node:child_process";
import { randomUUID } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { eq, sql } from "drizzle-orm";
import { NextRequest } from "next/server";
import postgres from "postgres";
import { GET as getJob } from "@/app/api/v1/jobs/[id]/route";
import { GET as listJobs } from "@/app/api/v1/jobs/route";
import { adoptDatabase, type Db } from "@/db";
import { openDatabase } from "@/db/client";
import { queryRows } from "@/db/rows";
import { users } from "@/db/schema";
import { seedDemoData } from "@/db/seed";
import { createApiKey } from "@/lib/auth/api-keys";
import { config } from "@/lib/config";
import { loadCatalogue } from "./api-catalogue";
import type { LoadPlan, LoadResult } from "./api-load";

// npm run bench:api [-- --jobs 100000 --soak 60 --keep | --reuse <database kept by --keep>]
// Loads ~N jobs into a scratch PostgreSQL database (DATABASE_URL), serves the real /api/v1/jobs
// route handlers in-process over node:http, drives them from a separate client process, prints JSON.
const { values } = parseArgs({
  options: { jobs: { type: "string", default: "100000" }, seed: { type: "string", default: "7" }, soak: { type: "string", default: "60" }, samples: { type: "string", default: "160" }, keep: { type: "boolean", default: false }, reuse: { type: "string" } },
});
const log = (...args: unknown[]) => console.error("[bench:api]", ...args);
const timeoutMs = 10_000;

type Handler = (request: NextRequest, context: { params: Promise<Record<string, string>> }) => Promise<Response>;

/** Routes the two job endpoints to their Next route handlers, with the request's abort wired as Next does. */
function serve(): Promise<{ url: string; close(): Promise<void> }> {
  const server = createServer(async (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? "/", "http://bench.local");
    const aborted = new AbortController();
    res.on("close", () => res.writableFinished || aborted.abort());
    const detail = /^\/api\/v1\/jobs\/([^/]+)$/.exec(url.pathname);
    const handler: Handler | null = url.pathname === "/api/v1/jobs" ? listJobs : detail ? getJob : null;
    if (!handler) return res.writeHead(404).end();
    const headers = new Headers();
    for (const [k, v] of Object.entries(req.headers)) if (typeof v === "string") headers.set(k, v);
    const response = await handler(new NextRequest(url, { headers, signal: aborted.signal }), { params: Promise.resolve<Record<string, string>>(detail ? { id: detail[1] } : {}) });
    res.writeHead(response.status, Object.fromEntries(response.headers));
    res.end(Buffer.from(await response.arrayBuffer()));
  });
  server.keepAliveTimeout = 30_000;
  return new Promise((resolve) => {
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as AddressInfo;
      resolve({ url: `http://127.0.0.1:${port}`, close: () => new Promise((done) => server.close(() => done())) });
    });
  });
}

function drive(plan: LoadPlan): Promise<LoadResult> {
  const tsx = path.join(process.cwd(), "node_modules/tsx/dist/cli.mjs");
  return new Promise((resolve, reject) => {
    execFile(process.execPath, [tsx, "scripts/bench/api-load.ts", "--plan", JSON.stringify(plan)], { maxBuffer: 1 << 20 }, (err, stdout) => (err ? reject(err) : resolve(JSON.parse(stdout) as LoadResult)));
  });
}

async function indexScans(db: Db): Promise<Record<string, number>> {
  const rows = await queryRows<{ name: string; scans: string }>(db, sql`select indexrelname as name, idx_scan as scans from pg_stat_user_indexes where relname = 'jobs'`);
  return Object.fromEntries(rows.map((r) => [r.name, Number(r.scans)]));
}

async function main() {
  // 32 clients share one API key here; the per-caller rate limit is for runaway scripts, not this.
  process.env.API_RATE_LIMIT_PER_MINUTE ??= "1000000";
  const base = process.env.DATABASE_URL;
  if (!base) throw new Error("bench:api measures PostgreSQL: set DATABASE_URL");
  const name = values.reuse ?? `hireflow_bench_api_${randomUUID().replaceAll("-", "").slice(0, 12)}`;
  const admin = postgres(base, { max: 1, onnotice: () => {} });
  if (!values.reuse) await admin.unsafe(`create database "${name}"`);
  const target = new URL(base);
  target.pathname = `/${name}`;
  const started0 = performance.now();
  const handle = await openDatabase({ url: target.toString(), statementTimeoutMs: config().DB_STATEMENT_TIMEOUT_MS });
  adoptDatabase(handle);
  const db = handle.db;
  log(`database ready (migrations included) in ${((performance.now() - started0) / 1000).toFixed(1)} s`);
  const server = await serve();
  try {
    const now = new Date("2026-12-02T00:00:00Z");
    if (!values.reuse) await seedDemoData(db, now);
    const [recruiter] = await db.select().from(users).where(eq(users.email, "recruiter@example.com"));
    const { key } = await createApiKey(db, recruiter.id, "bench");
    let started = performance.now();
    const loaded = values.reuse ? (await queryRows<{ n: number }>(db, sql`select count(*)::int as n from jobs`))[0].n : await loadCatalogue(db, Number(values.jobs), Number(values.seed), now);
    log(`loaded ${loaded} jobs in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    // Planner statistics and the visibility map (index-only scans), as autovacuum would leave them.
    const maintenance = postgres(target.toString(), { max: 1, onnotice: () => {} });
    await maintenance.unsafe("vacuum analyze");
    await maintenance.end({ timeout: 5 });

    const ids = (await queryRows<{ id: string }>(db, sql`select id from jobs order by random() limit 200`)).map((r) => r.id);
    const requests: Record<string, string[]> = {
      "?limit=20": ["/api/v1/jobs?limit=20"],
      "?q=engineer": ["/api/v1/jobs?q=engineer"],
      "?q=developer&remote=true&min_salary=80000": ["/api/v1/jobs?q=developer&remote=true&min_salary=80000"],
      "?location=London&employment_type=full_time&level=senior&page=50": ["/api/v1/jobs?location=London&employment_type=full_time&level=senior&page=50"],
      "/api/v1/jobs/{id}": ids.map((id) => `/api/v1/jobs/${id}`),
    };
    const plan = { baseUrl: server.url, key, timeoutMs };
    const scansBefore = await indexScans(db);
    const latency: Record<string, { clients_1: LoadResult; clients_16: LoadResult }> = {};
    const samples = Number(values.samples);
    for (const [label, paths] of Object.entries(requests)) {
      await drive({ ...plan, kind: "fixed", paths, clients: 1, requestsPerClient: 5 });
      const clients_1 = await drive({ ...plan, kind: "fixed", paths, clients: 1, requestsPerClient: Math.max(20, samples / 4) });
      const clients_16 = await drive({ ...plan, kind: "fixed", paths, clients: 16, requestsPerClient: Math.max(1, Math.round(samples / 16)) });
      latency[label] = { clients_1, clients_16 };
      log(label, `1 client p50/p95/p99 ${clients_1.p50_ms}/${clients_1.p95_ms}/${clients_1.p99_ms} ms;`, `16 clients ${clients_16.p50_ms}/${clients_16.p95_ms}/${clients_16.p99_ms} ms`);
    }
    const scansAfter = await indexScans(db);

    started = performance.now();
    const soak = await drive({ ...plan, kind: "soak", paths: Object.values(requests).flatMap((p) => p.slice(0, 5)), clients: 32, seconds: Number(values.soak) });
    const soakSeconds = (performance.now() - started) / 1000;
    const [{ n: stillRunning }] = await queryRows<{ n: string }>(db, sql`select count(*) as n from pg_stat_activity where datname = current_database() and state = 'active' and pid <> pg_backend_pid()`);
    log(`soak: ${soak.requests} requests, ${soak.timeouts} timeouts, ${soak.other_5xx} 5xx, ${soak.shed_503} shed`);

    const [{ version }] = await queryRows<{ version: string }>(db, sql`select version()`);
    const result = {
      bench: "api",
      server: "route handlers in-process over node:http (no next build); clients in a separate process",
      database: version.split(" on ")[0],
      jobs: loaded,
      machine: { cpus: os.cpus().length, cpu: os.cpus()[0]?.model, load_average: os.loadavg().map((l) => Number(l.toFixed(2))) },
      admission: { max_concurrent: config().API_MAX_CONCURRENT, queue_limit: config().API_QUEUE_LIMIT, queue_timeout_ms: config().API_QUEUE_TIMEOUT_MS, statement_timeout_ms: config().DB_STATEMENT_TIMEOUT_MS },
      latency_ms: latency,
      soak_32_clients: { seconds: Number(soakSeconds.toFixed(1)), ...soak, throughput_per_s: Number((soak.requests / soakSeconds).toFixed(1)), queries_still_active_after: Number(stillRunning) },
      jobs_index_scans_during_latency_runs: Object.fromEntries(Object.entries(scansAfter).map(([k, v]) => [k, v - (scansBefore[k] ?? 0)])),
    };
    console.log(JSON.stringify(result, null, 2));
  } finally {
    await server.close();
    await handle.close();
    if (values.keep || values.reuse) log(`kept ${target.toString()}`);
    else await admin.unsafe(`drop database if exists "${name}" with (force)`);
    await admin.end({ timeout: 5 });
  }
}

await main();
process.exit(0);
