import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { createWriteStream, existsSync } from "node:fs";
import { copyFile, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { createServer, type IncomingHttpHeaders } from "node:http";
import { createServer as createNetServer, type AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { webhookEventTypes } from "../../db/schema";
import { routeTemplates } from "../../lib/http/route-templates";
import { dashboardQueries, withoutThresholds, type NamedQuery } from "./prometheus-queries";

// npm run ci:prometheus (after npm run build): starts the built app on its own PGlite directory
// with the source simulator, sends it traffic (API calls with a 4xx, a sync, a webhook endpoint
// on a local server), runs Prometheus with ops/prometheus against it for about a minute, then
// asks Prometheus for every Grafana dashboard query and every alert expression (thresholds made
// `bool`) and fails, naming the query, when one returns no data.

const { values: args } = parseArgs({
  options: {
    seconds: { type: "string", default: "60" },
    keep: { type: "boolean", default: false },
  },
});
const windowSeconds = Number(args.seconds);
if (!Number.isFinite(windowSeconds) || windowSeconds < 20) throw new Error("--seconds must be a number of at least 20");

const root = fileURLToPath(new URL("../../", import.meta.url));
const bin = (name: string) => join(root, "node_modules", ".bin", name);
const resumeText =
  "Senior software engineer, 8 years of TypeScript, React and Node.js; PostgreSQL, Docker, AWS. Led a team of five building a hiring platform.";

const children: ChildProcess[] = [];
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const log = (message: string) => console.log(`[prometheus-check ${new Date().toISOString().slice(11, 19)}] ${message}`);

async function freePort(): Promise<number> {
  const server = createNetServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Runs a command to its end; its stdout is returned, its stderr goes to the log file. */
async function run(command: string, commandArgs: string[], env: NodeJS.ProcessEnv, logFile: string): Promise<string> {
  const child = spawn(command, commandArgs, { cwd: root, env, stdio: ["ignore", "pipe", "pipe"] });
  const logStream = createWriteStream(logFile, { flags: "a" });
  let stdout = "";
  child.stdout.on("data", (chunk: Buffer) => {
    stdout += chunk;
    logStream.write(chunk);
  });
  child.stderr.pipe(logStream);
  const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
  logStream.end();
  if (code !== 0) throw new Error(`${command} ${commandArgs.join(" ")} exited with ${code} (see ${logFile})`);
  return stdout;
}

/** Starts a long-running process in its own process group, its output appended to logFile. */
function start(command: string, commandArgs: string[], env: NodeJS.ProcessEnv, logFile: string): ChildProcess {
  const logStream = createWriteStream(logFile, { flags: "a" });
  const child = spawn(command, commandArgs, { cwd: root, env, stdio: ["ignore", "pipe", "pipe"], detached: true });
  child.stdout?.pipe(logStream);
  child.stderr?.pipe(logStream);
  child.on("exit", (code, signal) => logStream.write(`\n[exited: ${code ?? signal}]\n`));
  children.push(child);
  return child;
}

async function stop(child: ChildProcess) {
  if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  process.kill(-child.pid, "SIGTERM");
  const killed = await Promise.race([exited.then(() => true), sleep(10_000).then(() => false)]);
  if (!killed && child.exitCode === null) process.kill(-child.pid, "SIGKILL");
}

async function waitFor(what: string, seconds: number, check: () => Promise<boolean>, child?: ChildProcess) {
  const deadline = Date.now() + seconds * 1000;
  while (Date.now() < deadline) {
    if (child && child.exitCode !== null) throw new Error(`${what}: the process exited with ${child.exitCode}`);
    if (await check().catch(() => false)) return;
    await sleep(500);
  }
  throw new Error(`${what}: not ready after ${seconds} s`);
}

type Answer = { status: number; body: unknown };

function appClient(baseUrl: string, key: string) {
  return async function call(method: string, path: string, body?: unknown, options: { anonymous?: boolean } = {}): Promise<Answer> {
    const headers: Record<string, string> = {};
    if (!options.anonymous) headers.authorization = `Bearer ${key}`;
    if (body !== undefined) headers["content-type"] = "application/json";
    const response = await fetch(baseUrl + path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    const text = await response.text();
    let parsed: unknown = text;
    try {
      parsed = JSON.parse(text);
    } catch {
      // Not JSON (e.g. /metrics); the text is kept.
    }
    return { status: response.status, body: parsed };
  };
}
type Call = ReturnType<typeof appClient>;

function field<T>(value: unknown, ...path: (string | number)[]): T | undefined {
  let current: unknown = value;
  for (const key of path) {
    if (current === null || typeof current !== "object") return undefined;
    current = (current as Record<string | number, unknown>)[key];
  }
  return current as T | undefined;
}

/** A local receiver for webhook deliveries. */
async function startReceiver() {
  const received: IncomingHttpHeaders[] = [];
  const server = createServer((request, response) => {
    request.resume();
    request.on("end", () => {
      received.push(request.headers);
      response.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/hooks`, received, close: () => new Promise((resolve) => server.close(resolve)) };
}

async function expectStatus(what: string, answer: Promise<Answer>, expected: number[]): Promise<Answer> {
  const result = await answer;
  if (!expected.includes(result.status)) {
    throw new Error(`${what}: expected ${expected.join(" or ")}, got ${result.status} ${JSON.stringify(result.body).slice(0, 300)}`);
  }
  return result;
}

/** One-off actions that make background work and the sync, webhook and cache metrics move. */
async function startActivity(call: Call, receiverUrl: string | undefined): Promise<string[]> {
  if (receiverUrl) {
    await expectStatus("register a webhook endpoint", call("POST", "/api/v1/webhooks/endpoints", { url: receiverUrl, events: webhookEventTypes, description: "CI Prometheus check" }), [201]);
    log(`webhook endpoint registered: ${receiverUrl}`);
  }
  const runIds: string[] = [];
  for (const source of ["Adzuna GB", "JSearch developers"]) {
    const answer = await expectStatus(`sync ${source}`, call("POST", "/api/v1/sync", { source, mode: "full", max_items: 30 }), [202]);
    runIds.push(String(field(answer.body, "run_id")));
  }
  log(`syncs requested: ${runIds.join(", ")}`);

  // A stage change: application.status_changed for the webhook, a notification, follow-ups.
  const list = await expectStatus("list applications", call("GET", "/api/v1/applications?limit=20"), [200]);
  for (const application of field<{ id: string }[]>(list.body, "data") ?? []) {
    const detail = await call("GET", `/api/v1/applications/${application.id}`);
    const next = (field<string[]>(detail.body, "data", "allowed_next_stages") ?? []).find((stage) => !["rejected", "withdrawn", "hired"].includes(stage));
    if (!next) continue;
    const moved = await call("POST", `/api/v1/applications/${application.id}/status`, { status: next, note: "CI Prometheus check" });
    log(`application ${application.id} to ${next}: ${moved.status}${moved.status === 200 ? "" : ` ${JSON.stringify(moved.body).slice(0, 200)}`}`);
    if (moved.status === 200) break;
  }
  return runIds;
}

/**
 * A round of ordinary API traffic, including refusals (401, 404) and a cached search. An
 * unexpected status is reported once, not fatal: this check is about the metrics it leaves.
 */
async function trafficRound(call: Call, surprises: Set<string>) {
  const expect = async (what: string, answer: Promise<Answer>, status: number) => {
    const result = await answer.catch((error: unknown) => ({ status: 0, body: String(error) }));
    if (result.status !== status && !surprises.has(what)) {
      surprises.add(what);
      log(`warning: ${what} answered ${result.status}, not ${status}: ${JSON.stringify(result.body).slice(0, 200)}`);
    }
  };
  await Promise.all([
    expect("health", call("GET", "/api/health", undefined, { anonymous: true }), 200),
    expect("jobs", call("GET", "/api/v1/jobs?limit=5"), 200),
    expect("jobs q", call("GET", "/api/v1/jobs?q=engineer&limit=5"), 200),
    expect("unknown job", call("GET", "/api/v1/jobs/00000000-0000-4000-8000-000000000000"), 404),
    expect("jobs without a key", call("GET", "/api/v1/jobs", undefined, { anonymous: true }), 401),
    expect("candidates", call("GET", "/api/v1/candidates?limit=5"), 200),
    expect("matches", call("GET", "/api/v1/matches?limit=5"), 200),
    expect("sources", call("GET", "/api/v1/sources"), 200),
  ]);
  // The same resume twice: a cache miss, then a hit.
  await expect("match resume", call("POST", "/api/v1/match/resume", { resume_text: resumeText, limit: 5 }), 200);
  await expect("match resume again", call("POST", "/api/v1/match/resume", { resume_text: resumeText, limit: 5 }), 200);
}

function prometheusClient(baseUrl: string) {
  return async function query(expr: string): Promise<{ ok: true; series: number } | { ok: false; error: string }> {
    const response = await fetch(`${baseUrl}/api/v1/query?${new URLSearchParams({ query: expr })}`);
    const body = (await response.json()) as { status: string; error?: string; data?: { resultType: string; result: unknown } };
    if (body.status !== "success") return { ok: false, error: body.error ?? `HTTP ${response.status}` };
    const result = body.data?.result;
    const series = body.data?.resultType === "scalar" || body.data?.resultType === "string" ? 1 : Array.isArray(result) ? result.length : 0;
    return { ok: true, series };
  };
}

type RuleGroup = { name: string; rules: { name: string; type: string; query: string; health: string; lastError?: string }[] };

async function main() {
  if (!existsSync(join(root, ".next", "BUILD_ID"))) throw new Error("No production build: run `npm run build` first.");
  const dir = await mkdtemp(join(tmpdir(), "hireflow-prometheus-"));
  let failed = true;
  try {
    const [appPort, simulatorPort, prometheusPort] = [await freePort(), await freePort(), await freePort()];
    const token = randomBytes(24).toString("hex");
    const appLog = join(dir, "app.log");
    const prometheusLog = join(dir, "prometheus.log");
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      DATABASE_URL: "",
      PGLITE_DIR: join(dir, "pglite"),
      METRICS_TOKEN: token,
      SIMULATOR_ENABLED: "1",
      SIMULATOR_PORT: String(simulatorPort),
      NEXTAUTH_URL: `http://127.0.0.1:${appPort}`,
      WEBHOOK_URL_POLICY: "open",
      NEXT_TELEMETRY_DISABLED: "1",
    };
    // The app only: every query counts as slow, so the slow-query panel has series to show.
    const appEnv = { ...env, SLOW_QUERY_MS: "1" };
    log(`working in ${dir}`);

    await run(bin("tsx"), ["scripts/db-setup.ts"], env, appLog);
    const printed = await run(bin("tsx"), ["scripts/apikey.ts", "admin@example.com", "CI Prometheus check"], env, appLog);
    const key = printed.trim().split("\n").at(-1)?.trim() ?? "";
    if (!key.startsWith("hf_")) throw new Error(`apikey printed no key (last line: ${key.slice(0, 40)})`);

    const app = start(bin("next"), ["start", "-p", String(appPort), "-H", "127.0.0.1"], appEnv, appLog);
    const baseUrl = `http://127.0.0.1:${appPort}`;
    await waitFor("the app", 120, async () => (await fetch(`${baseUrl}/api/health`)).ok, app);
    log(`app up on ${baseUrl}`);
    const call = appClient(baseUrl, key);
    const unauthorised = await fetch(`${baseUrl}/metrics`);
    if (unauthorised.status !== 401) throw new Error(`GET /metrics without the token answered ${unauthorised.status}, not 401`);

    // The shipped config, with this run's target, token and a 5 s scrape interval.
    const shipped = await readFile(join(root, "ops/prometheus/prometheus.yml"), "utf8");
    const config = shipped.replace(/"127\.0\.0\.1:3000"/, `"127.0.0.1:${appPort}"`).replace(/(scrape_interval|evaluation_interval): 15s/g, "$1: 5s");
    if (!config.includes(`127.0.0.1:${appPort}`) || config.includes("15s")) throw new Error("ops/prometheus/prometheus.yml no longer has the target 127.0.0.1:3000 and 15 s intervals this check replaces");
    await writeFile(join(dir, "prometheus.yml"), config);
    await copyFile(join(root, "ops/prometheus/alerts.yml"), join(dir, "alerts.yml"));
    await writeFile(join(dir, "metrics-token"), token, { mode: 0o600 });
    const prometheus = start(
      "prometheus",
      [`--config.file=${join(dir, "prometheus.yml")}`, `--storage.tsdb.path=${join(dir, "tsdb")}`, `--web.listen-address=127.0.0.1:${prometheusPort}`, "--log.level=warn"],
      env,
      prometheusLog,
    );
    const prometheusUrl = `http://127.0.0.1:${prometheusPort}`;
    await waitFor("Prometheus", 60, async () => (await fetch(`${prometheusUrl}/-/ready`)).ok, prometheus);
    log(`Prometheus up on ${prometheusUrl}, scraping every 5 s for ${windowSeconds} s`);

    const receiver = (routeTemplates as readonly string[]).includes("/api/v1/webhooks/endpoints") ? await startReceiver() : undefined;
    if (!receiver) log("no /api/v1/webhooks/endpoints route: webhook deliveries are not exercised");
    const runIds = await startActivity(call, receiver?.url);

    const until = Date.now() + windowSeconds * 1000;
    let rounds = 0;
    const surprises = new Set<string>();
    while (Date.now() < until) {
      await trafficRound(call, surprises);
      rounds++;
      await sleep(2000);
    }
    log(`${rounds} rounds of API traffic sent`);
    for (const id of runIds) {
      const runAnswer = await call("GET", `/api/v1/sync/runs/${id}`);
      log(`sync run ${id}: ${String(field(runAnswer.body, "status"))}`);
    }

    const problems: string[] = [];
    if (receiver) {
      const signed = receiver.received.filter((headers) => headers["webhook-id"] && headers["webhook-signature"]);
      log(`webhook receiver: ${receiver.received.length} deliveries, ${signed.length} signed`);
      if (signed.length === 0) problems.push("the webhook endpoint on the local server received no signed delivery");
      await receiver.close();
    }

    const query = prometheusClient(prometheusUrl);
    // Wait for a scrape after the traffic: rates over the last minute include its end.
    await sleep(6000);
    const up = await query('up{job="hireflow"} == 1');
    if (!up.ok || up.series === 0) {
      const targets = await (await fetch(`${prometheusUrl}/api/v1/targets`)).json();
      throw new Error(`Prometheus is not scraping the app: ${JSON.stringify(field(targets, "data", "activeTargets"))}`);
    }

    const rules = field<RuleGroup[]>(await (await fetch(`${prometheusUrl}/api/v1/rules`)).json(), "data", "groups") ?? [];
    const alerts = rules.flatMap((group) => group.rules.filter((rule) => rule.type === "alerting"));
    if (alerts.length === 0) problems.push("Prometheus loaded no alert rules from ops/prometheus/alerts.yml");
    for (const rule of alerts) {
      if (rule.health !== "ok") problems.push(`alert ${rule.name}: rule health ${rule.health} ${rule.lastError ?? ""}`.trim());
    }

    const dashboard = JSON.parse(await readFile(join(root, "ops/grafana/hireflow.json"), "utf8"));
    const queries: NamedQuery[] = [
      ...dashboardQueries(dashboard, "1m"),
      ...alerts.map((rule) => ({ name: `alert ${rule.name}`, expr: withoutThresholds(rule.query) })),
    ];
    for (const { name, expr } of queries) {
      const answer = await query(expr);
      if (!answer.ok) problems.push(`${name}: error ${answer.error}\n    ${expr}`);
      else if (answer.series === 0) problems.push(`${name}: no data\n    ${expr}`);
      else log(`ok  ${name} (${answer.series} series)`);
    }

    if (problems.length > 0) {
      console.error(`\n${problems.length} of ${queries.length} checks failed:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
      console.error(`\nLogs kept in ${dir} (app.log, prometheus.log).`);
      return;
    }
    log(`all ${queries.length} dashboard and alert queries returned data`);
    failed = false;
  } finally {
    for (const child of children.reverse()) await stop(child);
    if (failed) process.exitCode = 1;
    if (!failed && !args.keep) await rm(dir, { recursive: true, force: true });
  }
}

// Ctrl-C stops the app and Prometheus too.
process.once("SIGINT", () => {
  void Promise.all(children.map(stop)).then(() => process.exit(130));
});

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
