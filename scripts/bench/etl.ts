import { spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import { readFileSync } from "node:fs";
import { loadavg } from "node:os";
import { parseArgs } from "node:util";
import { eq, sql } from "drizzle-orm";
import { adoptDatabase, type Db } from "@/db";
import { queryRows } from "@/db/rows";
import { syncRuns, type JobSource } from "@/db/schema";
import { drainRunner } from "@/inngest/runner";
import { resetConfigForTests } from "@/lib/config";
import { createSimulator, sourceNames, type SimulatorState, type SourceName } from "@/simulator";
import type { SourceType } from "@/lib/etl/canonical";
import { connectors } from "@/lib/sources";
import { maxItemsOf } from "@/lib/sync/extract";
import { sourceEnvironment } from "@/lib/sync/source-env";
import { requestSync } from "@/lib/sync/runs";
import { createSource } from "@/lib/sync/sources";
import { openTestDatabase } from "@/tests/db";
import { benchSourceConfig, benchVolumes } from "./etl-sources";
import { pairwiseScores } from "./dedupe-score";
import { phaseTotals } from "@/lib/etl/profile";

// npm run bench:etl [-- --jobs 100000 --port 4310 --keep --live-apis]
// Syncs ~N simulated jobs through extract -> transform -> load on the database in DATABASE_URL
// (a scratch database is created and dropped), then a repeat incremental sync, and prints JSON.
//
// The simulated APIs run on this machine and would take the pipeline's cores to render their
// pages (about a tenth of all the CPU a full sync uses), which real ones, on their own servers, do
// not. So by default every page is fetched once before the clock starts, with the sync's own
// connectors, and the simulator answers the timed syncs from its response cache (the JSON says how
// many answers came from it). --live-apis renders every page during the timed syncs instead.
const { values } = parseArgs({
  options: {
    jobs: { type: "string", default: "100000" },
    port: { type: "string", default: "4310" },
    seed: { type: "string", default: "7" },
    keep: { type: "boolean", default: false },
    "live-apis": { type: "boolean", default: false },
  },
});
const liveApis = values["live-apis"];
const log = (...args: unknown[]) => console.error("[bench:etl]", ...args);

const volumes = benchVolumes(Number(values.jobs));
const now = new Date();
const simulatorArgs = [
  "--port",
  values.port,
  "--seed",
  values.seed,
  "--now",
  now.toISOString(),
  ...Object.entries(volumes).flatMap(([s, n]) => ["--volume", `${s}=${n}`]),
  ...(liveApis ? [] : ["--cache-responses"]),
];

async function startSimulatorProcess(): Promise<ChildProcess> {
  // Node itself with tsx's loader (not tsx's CLI, which runs a second process): its CPU time is then
  // the child's own.
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/simulator.ts", ...simulatorArgs], { stdio: ["ignore", "pipe", "inherit"] });
  let output = "";
  child.stdout!.on("data", (chunk) => (output += chunk));
  const deadline = Date.now() + 30_000;
  while (!output.includes("listening")) {
    if (Date.now() > deadline || child.exitCode !== null) throw new Error(`simulator did not start: ${output}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return child;
}

/** CPU seconds (user + system) a process has used, from /proc on Linux; null elsewhere. */
function cpuSecondsOf(pid: number | undefined): number | null {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ");
    // utime and stime are fields 14 and 15 of stat, 12 and 13 after the command name; in clock ticks (100 a second).
    return Math.round(((Number(fields[11]) + Number(fields[12])) / 100) * 10) / 10;
  } catch {
    return null;
  }
}

function trackPeakMemory() {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 200);
  return { stop: () => (clearInterval(timer), Math.max(peak, process.resourceUsage().maxRSS * 1024)) };
}

async function simulatorState(): Promise<SimulatorState> {
  const response = await fetch(`http://127.0.0.1:${values.port}/_control/state`);
  return (await response.json()) as SimulatorState;
}

/** Fetches every page a full sync of these sources asks for, with the sync's connectors and options, and throws the pages away. */
async function fetchEveryPageOnce(sources: JobSource[]) {
  const { env, baseUrlFor } = sourceEnvironment();
  for (const source of sources) {
    const type = source.type as SourceType;
    const connector = connectors[type];
    const options = { baseUrl: baseUrlFor(type), config: source.config, credentials: connector.credentialsFromEnv(env), mode: "full" as const, maxItems: maxItemsOf(source) };
    for await (const page of connector.fetchPages(options)) void page;
  }
}

async function syncAll(db: Db, sources: JobSource[], mode: "full" | "incremental") {
  const started = performance.now();
  const runIds = [];
  for (const source of sources) runIds.push((await requestSync(db, source, { mode })).id);
  await drainRunner({ db, timeoutMs: 60 * 60_000, workers: 2 });
  const seconds = (performance.now() - started) / 1000;
  const [totals] = await queryRows<Record<string, string>>(
    db,
    sql`select ${sql.join(
      ["fetched", "transformed", "failed", "inserted", "updated", "duplicates", "expired", "unchanged"].map((k) => sql`coalesce(sum((counts->>${k})::bigint), 0) as ${sql.identifier(k)}`),
      sql`, `,
    )}, count(*) filter (where status = 'succeeded') as succeeded, count(*) as runs from sync_runs where id in ${runIds}`,
  );
  const [stages] = await queryRows<Record<string, string>>(
    db,
    sql`select ${sql.join(
      ["extract", "transform", "load"].map((k) => sql`coalesce(sum((timings->>${k})::bigint), 0) as ${sql.identifier(k)}`),
      sql`, `,
    )} from sync_runs where id in ${runIds}`,
  );
  return {
    seconds,
    counts: Object.fromEntries(Object.entries(totals).map(([k, v]) => [k, Number(v)])),
    stage_ms_summed_over_runs: Object.fromEntries(Object.entries(stages).map(([k, v]) => [k, Number(v)])),
  };
}

async function dedupeScores(db: Db) {
  const truth = createSimulator({ seed: Number(values.seed), now, volumes });
  const links = await queryRows<{ type: SourceName; external_id: string; job_id: string }>(db, sql`select s.type, l.external_id, l.job_id from job_source_links l join job_sources s on s.id = l.source_id`);
  const labelled = links.flatMap((l) => {
    const entry = truth.groundTruth(l.type, l.external_id);
    return entry ? [{ predicted: l.job_id, actual: entry.worldJobId }] : [];
  });
  return { ...pairwiseScores(labelled), records: links.length, labelled_records: labelled.length };
}

async function main() {
  // Where the load's time goes, summed over both syncs (load_phases_ms below).
  process.env.ETL_PROFILE = "1";
  if (!process.env.DATABASE_URL) log("DATABASE_URL is not set: measuring on in-memory PGlite, not PostgreSQL.");
  process.env.SIMULATOR_ENABLED = "1";
  process.env.SIMULATOR_PORT = values.port;
  resetConfigForTests();
  const simulator = await startSimulatorProcess();
  const handle = await openTestDatabase();
  adoptDatabase(handle);
  try {
    const layout = createSimulator({ seed: Number(values.seed), now, volumes }).state();
    // Largest first: the runner takes queued runs in order, so the 47k-job Lamoda source queued
    // last ran alone at the end while the other worker sat idle.
    const partitions = sourceNames
      .flatMap((source) => layout.sources[source].partitions.map(({ partition, total }) => ({ source, partition, total })))
      .filter((p) => p.total > 0)
      .sort((a, b) => b.total - a.total);
    const sources: JobSource[] = [];
    for (const { source, partition, total } of partitions) {
      sources.push(await createSource(handle.db, { type: source, name: `${source}-${partition}`, config: benchSourceConfig(source, partition, total), enabled: true }));
    }
    log(`${Object.values(volumes).reduce((a, b) => a + b, 0)} simulated jobs, ${handle.kind}`);
    if (!liveApis) {
      const warm = performance.now();
      await fetchEveryPageOnce(sources);
      log(`every page fetched once to warm the simulator's cache: ${((performance.now() - warm) / 1000).toFixed(1)} s`);
    }
    const simulatorCpuBefore = cpuSecondsOf(simulator.pid);
    const cacheBefore = (await simulatorState()).cache;
    // A shared machine skews every number: the 1-minute load average before and after says how much.
    const loadBefore = loadavg()[0];
    const memory = trackPeakMemory();
    const full = await syncAll(handle.db, sources, "full");
    const cacheAfterFull = (await simulatorState()).cache;
    log(`full: ${full.seconds.toFixed(1)} s`, full.counts);
    const incremental = await syncAll(handle.db, sources, "incremental");
    log(`incremental: ${incremental.seconds.toFixed(1)} s`, incremental.counts);
    const peakRss = memory.stop();
    const usage = process.cpuUsage();
    // The simulator stands in for remote APIs but shares the machine's cores with the pipeline:
    // its CPU during the timed syncs.
    const simulatorCpu = cpuSecondsOf(simulator.pid);
    const cpuSeconds = {
      bench_process: Math.round((usage.user + usage.system) / 1e5) / 10,
      simulator: simulatorCpu === null || simulatorCpuBefore === null ? null : Math.round((simulatorCpu - simulatorCpuBefore) * 10) / 10,
    };
    const failedRuns = await handle.db.select({ id: syncRuns.id }).from(syncRuns).where(eq(syncRuns.status, "failed"));
    const dedupe = await dedupeScores(handle.db);
    const result = {
      bench: "etl",
      database: handle.kind,
      load_average_1m: { before: Number(loadBefore.toFixed(2)), after: Number(loadavg()[0].toFixed(2)) },
      simulated_jobs: volumes,
      // "cached": pages rendered before the clock started; answers of the timed full sync from the cache and rendered anew.
      source_apis: liveApis
        ? { pages: "rendered live" }
        : { pages: "cached", full_sync_answers: { from_cache: cacheAfterFull.hits - cacheBefore.hits, rendered: cacheAfterFull.stored - cacheBefore.stored } },
      full: { ...full, jobs_per_minute: Math.round((full.counts.fetched / full.seconds) * 60) },
      incremental: { ...incremental, speedup_vs_full: Number((full.seconds / incremental.seconds).toFixed(2)) },
      peak_rss_mb: Math.round(peakRss / 1024 / 1024),
      // Both syncs and the bench's own setup; the database server's CPU is not counted.
      cpu_seconds: cpuSeconds,
      // Wall time summed over concurrent loads, so waits for the other worker count too.
      load_phases_ms: phaseTotals(),
      failed_runs: failedRuns.length,
      dedupe,
    };
    console.log(JSON.stringify(result, null, 2));
  } finally {
    simulator.kill("SIGTERM");
    await once(simulator, "exit").catch(() => undefined);
    // --keep leaves the scratch database for a look at what was merged.
    if (values.keep) log(`kept ${handle.url ?? "in-memory database"} (simulated now ${now.toISOString()})`);
    else await handle.close();
  }
}

await main();
// The runner and pools keep timers alive; the bench is done.
process.exit(0);
