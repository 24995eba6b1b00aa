import { execFile, spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { createInterface } from "node:readline";
import { parseArgs } from "node:util";
import { eq, sql } from "drizzle-orm";
import postgres from "postgres";
import { GET as getJob } from "@/app/api/v1/jobs/[id]/route";
import { GET as exportJobs } from "@/app/api/v1/jobs/export/route";
import { GET as listJobs } from "@/app/api/v1/jobs/route";
import { adoptDatabase, type Db } from "@/db";
import { openDatabase } from "@/db/client";
import { queryRows } from "@/db/rows";
import { users } from "@/db/schema";
import { seedDemoData } from "@/db/seed";
import { createApiKey } from "@/lib/auth/api-keys";
import { config } from "@/lib/config";
import { rescoreMatches } from "@/lib/matching/refresh";
import { loadCatalogue } from "./api-catalogue";
import type { DownloadResult, LoadPlan, LoadResult } from "./api-load";
import { serve, type Handler } from "./api-serve";

// npm run bench:api [-- --jobs 100000 --soak 60 --keep | --reuse <database kept by --keep>]
// Loads ~N jobs into a scratch PostgreSQL database (DATABASE_URL), serves the real route handlers
// (jobs list, detail and export; GraphQL and /metrics when those exist) in-process over
// node:http, drives them from a separate client process, prints one JSON object with the targets.
const { values } = parseArgs({
  options: { jobs: { type: "string", default: "100000" }, seed: { type: "string", default: "7" }, soak: { type: "string", default: "60" }, samples: { type: "string", default: "640" }, keep: { type: "boolean", default: false }, reuse: { type: "string" } },
});
const log = (...args: unknown[]) => console.error("[bench:api]", ...args);
const timeoutMs = 10_000;


/** A route handler that may not exist on this branch yet (GraphQL, /metrics): its export, or null. */
async function optionalHandler(file: string, method: "GET" | "POST"): Promise<Handler | null> {
  try {
    const mod = (await import(pathToFileURL(path.join(process.cwd(), file)).href)) as Record<string, Handler | undefined>;
    return mod[method] ?? null;
  } catch (err) {
    if ((err as { code?: string }).code === "ERR_MODULE_NOT_FOUND") return null;
    throw err;
  }
}

type Routes = { graphql: Handler | null; metrics: Handler | null };

function drive<R = LoadResult>(plan: LoadPlan): Promise<R> {
  const tsx = path.join(process.cwd(), "node_modules/tsx/dist/cli.mjs");
  return new Promise((resolve, reject) => {
    execFile(process.execPath, [tsx, "scripts/bench/api-load.ts", "--plan", JSON.stringify(plan)], { maxBuffer: 1 << 20 }, (err, stdout) => (err ? reject(err) : resolve(JSON.parse(stdout) as R)));
  });
}

async function indexScans(db: Db): Promise<Record<string, number>> {
  const rows = await queryRows<{ name: string; scans: string }>(db, sql`select indexrelname as name, idx_scan as scans from pg_stat_user_indexes where relname = 'jobs'`);
  return Object.fromEntries(rows.map((r) => [r.name, Number(r.scans)]));
}

const mb = (bytes: number) => Math.round(bytes / 1024 / 1024);
type Plan = { baseUrl: string; key: string; timeoutMs: number };

/**
 * Exports every open job as CSV through the route, served by a process of its own
 * (api-export-server.ts, which loads what a serving process loads and not the catalogue
 * generator) and downloaded by the client process: time, size, records, and the serving
 * process's RSS before and at peak.
 */
async function measureExport(db: Db, plan: Plan, databaseUrl: string) {
  const [{ n: expected }] = await queryRows<{ n: number }>(db, sql`select count(*)::int as n from jobs where status = 'open'`);
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/bench/api-export-server.ts", databaseUrl], { stdio: ["pipe", "pipe", "inherit"] });
  const lines = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
  const nextLine = async () => {
    const line = await lines.next();
    if (line.done) throw new Error("the export server stopped before answering");
    return JSON.parse(line.value) as Record<string, unknown>;
  };
  try {
    const { url } = (await nextLine()) as { url: string };
    const download = await drive<DownloadResult>({ ...plan, baseUrl: url, kind: "download", path: "/api/v1/jobs/export?format=csv", timeoutMs: 120_000 });
    child.stdin.write("report\n");
    const memory = (await nextLine()) as { rss_before_mb: number; peak_rss_mb: number; peak_heap_used_mb: number };
    const rows = Math.max(0, download.csv_records - 1);
    return { status: download.status, error: download.error, rows, rows_expected: expected, one_row_per_job: rows === expected, seconds: download.seconds, first_byte_ms: download.first_byte_ms, mb: mb(download.bytes), chunks: download.chunks, server: "own process (scripts/bench/api-export-server.ts)", ...memory };
  } finally {
    child.kill();
  }
}

/** The GraphQL query of scripts/bench/graphql-query.ts (the graphql helper's), if that file exists. */
async function graphqlQuery(): Promise<{ query: string; variables?: unknown } | null> {
  let mod: Record<string, unknown>;
  try {
    mod = (await import(pathToFileURL(path.join(process.cwd(), "scripts/bench/graphql-query.ts")).href)) as Record<string, unknown>;
  } catch (err) {
    if ((err as { code?: string }).code === "ERR_MODULE_NOT_FOUND") return null;
    throw err;
  }
  const query = [mod.query, mod.default, ...Object.values(mod)].find((v): v is string => typeof v === "string" && v.includes("{"));
  return query ? { query, variables: mod.variables } : null;
}

async function main() {
  // 32 clients share one API key here; the per-caller rate limit is for runaway scripts, not this.
  process.env.API_RATE_LIMIT_PER_MINUTE ??= "1000000";
  // The scrape's bearer token (when /metrics exists on this branch); never a constant.
  process.env.METRICS_TOKEN ??= randomUUID();
  const base = process.env.DATABASE_URL;
  if (!base) throw new Error("bench:api measures PostgreSQL: set DATABASE_URL");
  const name = values.reuse ?? `hireflow_bench_api_${randomUUID().replaceAll("-", "").slice(0, 12)}`;
  const admin = postgres(base, { max: 1, onnotice: () => {} });
  if (!values.reuse) await admin.unsafe(`create database "${name}"`);
  const target = new URL(base);
  target.pathname = `/${name}`;
  const started0 = performance.now();
  // As `next start` opens it: request queries on their own pool under DB_STATEMENT_TIMEOUT_MS.
  const handle = await openDatabase({ url: target.toString(), requestTimeoutMs: config().DB_STATEMENT_TIMEOUT_MS });
  adoptDatabase(handle);
  const db = handle.db;
  log(`database ready (migrations included) in ${((performance.now() - started0) / 1000).toFixed(1)} s`);
  const routes: Routes = { graphql: await optionalHandler("app/api/graphql/route.ts", "POST"), metrics: await optionalHandler("app/metrics/route.ts", "GET") };
  const server = await serve({ fixed: { "/api/v1/jobs": listJobs, "/api/v1/jobs/export": exportJobs, "/api/graphql": routes.graphql, "/metrics": routes.metrics }, jobDetail: getJob });
  try {
    const now = new Date("2026-12-02T00:00:00Z");
    if (!values.reuse) await seedDemoData(db, now);
    const [recruiter] = await db.select().from(users).where(eq(users.email, "recruiter@example.com"));
    const { key } = await createApiKey(db, recruiter.id, "bench");
    let started = performance.now();
    const loaded = values.reuse ? (await queryRows<{ n: number }>(db, sql`select count(*)::int as n from jobs`))[0].n : await loadCatalogue(db, Number(values.jobs), Number(values.seed), now);
    log(`loaded ${loaded} jobs in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    // The demo candidates' matches over the whole catalogue, as the match refresh after a sync
    // would store them: the GraphQL query reads each job's top matches.
    const [{ n: stored }] = await queryRows<{ n: number }>(db, sql`select count(*)::int as n from matches`);
    if (stored === 0) {
      started = performance.now();
      const rescore = await rescoreMatches(db, { kind: "all" });
      log(`matched ${rescore.candidates} candidates against ${rescore.jobs} jobs in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    }
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
      "?remote=true&level=senior&min_salary=60000": ["/api/v1/jobs?remote=true&level=senior&min_salary=60000"],
      "/api/v1/jobs/{id}": ids.map((id) => `/api/v1/jobs/${id}`),
    };
    const plan = { baseUrl: server.url, key, timeoutMs };
    const scansBefore = await indexScans(db);
    const latency: Record<string, { clients_1: LoadResult; clients_16: LoadResult }> = {};
    const samples = Number(values.samples);
    for (const [label, paths] of Object.entries(requests)) {
      // Each client process warms up (its connection, both processes' code) before it is measured.
      const clients_1 = await drive({ ...plan, kind: "fixed", paths, clients: 1, warmupPerClient: 5, requestsPerClient: Math.max(20, samples / 4) });
      const clients_16 = await drive({ ...plan, kind: "fixed", paths, clients: 16, warmupPerClient: 3, requestsPerClient: Math.max(1, Math.round(samples / 16)) });
      latency[label] = { clients_1, clients_16 };
      log(label, `1 client p50/p95/p99 ${clients_1.p50_ms}/${clients_1.p95_ms}/${clients_1.p99_ms} ms;`, `16 clients ${clients_16.p50_ms}/${clients_16.p95_ms}/${clients_16.p99_ms} ms`);
    }
    const scansAfter = await indexScans(db);

    const gql = await graphqlQuery();
    let graphql: { available: false; note: string } | { available: true; clients_1: LoadResult; clients_16: LoadResult };
    if (!routes.graphql || !gql) {
      graphql = { available: false, note: `graphql not available on this branch (${!routes.graphql ? "no app/api/graphql/route.ts" : "no scripts/bench/graphql-query.ts"})` };
    } else {
      // A GraphQL error is still a 200: check once that the query answers data, not errors.
      const probe = await fetch(`${server.url}/api/graphql`, { method: "POST", headers: { authorization: `Bearer ${key}`, "content-type": "application/json" }, body: JSON.stringify(gql) });
      const answer = (await probe.json()) as { data?: unknown; errors?: Array<{ message: string }> };
      if (answer.errors?.length || !answer.data) throw new Error(`the bench's GraphQL query failed: ${probe.status} ${JSON.stringify(answer.errors ?? answer).slice(0, 500)}`);
      const gplan = { ...plan, kind: "fixed" as const, paths: ["/api/graphql"], body: JSON.stringify(gql) };
      graphql = {
        available: true,
        clients_1: await drive<LoadResult>({ ...gplan, clients: 1, warmupPerClient: 5, requestsPerClient: Math.max(20, samples / 4) }),
        clients_16: await drive<LoadResult>({ ...gplan, clients: 16, warmupPerClient: 3, requestsPerClient: Math.max(1, Math.round(samples / 16)) }),
      };
      log(`graphql 16 clients p50/p95/p99 ${graphql.clients_16.p50_ms}/${graphql.clients_16.p95_ms}/${graphql.clients_16.p99_ms} ms`);
    }

    let metricsScrape: { available: false; note: string } | ({ available: true } & LoadResult);
    if (!routes.metrics) metricsScrape = { available: false, note: "metrics not available on this branch (no app/metrics/route.ts)" };
    else {
      const mplan = { ...plan, key: process.env.METRICS_TOKEN, kind: "fixed" as const, paths: ["/metrics"], clients: 1 };
      const scrapes = await drive<LoadResult>({ ...mplan, warmupPerClient: 3, requestsPerClient: 30 });
      metricsScrape = { available: true, ...scrapes };
      log(`/metrics scrape p50/p95 ${scrapes.p50_ms}/${scrapes.p95_ms} ms`);
    }

    const exported = await measureExport(db, plan, target.toString());
    log(`export: ${exported.rows} of ${exported.rows_expected} jobs as CSV in ${exported.seconds} s, peak RSS ${exported.peak_rss_mb} MB (before ${exported.rss_before_mb} MB)`);

    started = performance.now();
    const soak = await drive({ ...plan, kind: "soak", paths: Object.values(requests).flatMap((p) => p.slice(0, 5)), clients: 32, seconds: Number(values.soak) });
    const soakSeconds = (performance.now() - started) / 1000;
    const [{ n: stillRunning }] = await queryRows<{ n: string }>(db, sql`select count(*) as n from pg_stat_activity where datname = current_database() and state = 'active' and pid <> pg_backend_pid()`);
    log(`soak: ${soak.requests} requests, ${soak.timeouts} timeouts, ${soak.other_5xx} 5xx, ${soak.shed_503} shed`);

    const p95Of = (labels: string[]) => Math.max(...labels.map((label) => latency[label].clients_16.p95_ms));
    const goal = (value: number | null, limit: number, unit: string) => ({ value, target: `< ${limit} ${unit}`, met: value === null ? null : value < limit });
    const targets = {
      jobs_filters_p95_16_clients_ms: goal(p95Of(["?limit=20", "?location=London&employment_type=full_time&level=senior&page=50", "?remote=true&level=senior&min_salary=60000"]), 50, "ms"),
      jobs_full_text_q_p95_16_clients_ms: goal(p95Of(["?q=engineer", "?q=developer&remote=true&min_salary=80000"]), 50, "ms"),
      graphql_50_jobs_p95_16_clients_ms: graphql.available ? goal(graphql.clients_16.p95_ms, 100, "ms") : { value: null, target: "< 100 ms", met: null, note: graphql.note },
      metrics_scrape_p95_ms: metricsScrape.available ? goal(metricsScrape.p95_ms, 100, "ms") : { value: null, target: "< 100 ms", met: null, note: metricsScrape.note },
      export_csv_seconds: { ...goal(exported.status === 200 && exported.one_row_per_job ? exported.seconds : null, 10, "s"), rows: exported.rows },
      // The bench's process is the server and also generated the catalogue: the growth is the export's own share.
      export_peak_rss_mb: { ...goal(exported.peak_rss_mb, 300, "MB"), before_export_mb: exported.rss_before_mb, growth_mb: exported.peak_rss_mb - exported.rss_before_mb },
      soak_32_clients_5xx: { value: soak.other_5xx, target: "0 5xx", met: soak.other_5xx === 0 },
    };

    const [{ version }] = await queryRows<{ version: string }>(db, sql`select version()`);
    const result = {
      bench: "api",
      server: "route handlers in-process over node:http (no next build); clients in a separate process",
      targets,
      database: version.split(" on ")[0],
      jobs: loaded,
      machine: { cpus: os.cpus().length, cpu: os.cpus()[0]?.model, load_average: os.loadavg().map((l) => Number(l.toFixed(2))) },
      admission: { max_concurrent: config().API_MAX_CONCURRENT, queue_limit: config().API_QUEUE_LIMIT, queue_timeout_ms: config().API_QUEUE_TIMEOUT_MS, statement_timeout_ms: config().DB_STATEMENT_TIMEOUT_MS },
      latency_ms: latency,
      soak_32_clients: { seconds: Number(soakSeconds.toFixed(1)), ...soak, throughput_per_s: Number((soak.requests / soakSeconds).toFixed(1)), queries_still_active_after: Number(stillRunning) },
      graphql,
      metrics_scrape: metricsScrape,
      export_csv: exported,
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
