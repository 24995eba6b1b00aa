import { sql } from "drizzle-orm";
import type { Db } from "@/db";
import { queryRows } from "@/db/rows";
import { config } from "@/lib/config";
import { lastMailSendError } from "@/lib/notifications/email";
import { sharedCircuitBreakers } from "@/lib/sources/circuit-breaker";
import { log } from "./log";
import { metrics } from "./metrics";

type RunnerStatus = Record<string, unknown> & { lastTickAt?: string | null };

/** Share of records that failed among those fetched; null when nothing was fetched. */
export function errorRate(failed: number, fetched: number): number | null {
  return fetched > 0 ? Math.round((failed / fetched) * 10_000) / 10_000 : null;
}

/** ok, degraded (partial, or over 5 % of records failing) or failing, from a source's recent runs. */
export function sourceHealth(lastStatus: string | null, rate: number | null, breaker: string): "ok" | "degraded" | "failing" | "never_synced" {
  if (breaker === "open" || lastStatus === "failed") return "failing";
  if (!lastStatus) return "never_synced";
  if (lastStatus === "partial" || (rate !== null && rate > 0.05) || breaker === "half-open") return "degraded";
  return "ok";
}

async function timed<T>(work: () => Promise<T>): Promise<{ ok: true; value: T; latencyMs: number } | { ok: false; latencyMs: number }> {
  const started = performance.now();
  try {
    const value = await work();
    return { ok: true, value, latencyMs: Math.round((performance.now() - started) * 10) / 10 };
  } catch (err) {
    // The message may hold SQL or addresses: it goes to the log, the report says only "down".
    log.warn("detailed health check failed", { error: err });
    return { ok: false, latencyMs: Math.round(performance.now() - started) };
  }
}

async function runnerDetails(db: Db, status: RunnerStatus, now: Date) {
  const [row] = await queryRows<{ stuck: number; oldest_due: string | Date | null }>(
    db,
    sql`select
          (select count(*)::int from background_runs where status = 'running' and locked_until < ${now.toISOString()}::timestamptz) as stuck,
          (select min(next_run_at) from background_runs where status in ('queued', 'sleeping') and next_run_at <= ${now.toISOString()}::timestamptz) as oldest_due`,
  );
  const oldestDue = row?.oldest_due ? new Date(row.oldest_due) : null;
  const lastTick = status.lastTickAt ? new Date(status.lastTickAt) : null;
  return {
    ...status,
    // How long the oldest due run has waited: the queue's lag behind its work.
    lag_seconds: oldestDue ? Math.max(0, Math.round((now.getTime() - oldestDue.getTime()) / 1000)) : 0,
    seconds_since_tick: lastTick ? Math.round((now.getTime() - lastTick.getTime()) / 1000) : null,
    // Runs marked running whose lease ran out: their worker died and nobody took them over yet.
    stuck_runs: row?.stuck ?? 0,
  };
}

async function sourceDetails(db: Db, now: Date) {
  const since = new Date(now.getTime() - 24 * 3600_000).toISOString();
  const rows = await queryRows<{
    name: string;
    type: string;
    enabled: boolean;
    last_status: string | null;
    last_finished_at: string | Date | null;
    last_success_at: string | Date | null;
    fetched: number;
    failed: number;
    runs: number;
  }>(
    db,
    sql`select s.name, s.type, s.enabled,
          last.status::text as last_status, last.finished_at as last_finished_at,
          (select max(r.finished_at) from sync_runs r where r.source_id = s.id and r.status in ('succeeded', 'partial')) as last_success_at,
          coalesce(day.fetched, 0)::int as fetched, coalesce(day.failed, 0)::int as failed, coalesce(day.runs, 0)::int as runs
        from job_sources s
        left join lateral (select status, finished_at from sync_runs r where r.source_id = s.id and r.finished_at is not null order by r.finished_at desc limit 1) last on true
        left join lateral (
          select sum((counts->>'fetched')::bigint) as fetched, sum((counts->>'failed')::bigint) as failed, count(*) as runs
          from sync_runs r where r.source_id = s.id and r.finished_at >= ${since}::timestamptz) day on true
        order by s.name`,
  );
  return rows.map((r) => {
    const rate = errorRate(r.failed, r.fetched);
    const breaker = sharedCircuitBreakers.forKey(r.type).status;
    const iso = (d: string | Date | null) => (d ? new Date(d).toISOString() : null);
    return {
      name: r.name,
      type: r.type,
      enabled: r.enabled,
      health: sourceHealth(r.last_status, rate, breaker),
      circuit: breaker,
      last_run: r.last_status ? { status: r.last_status, finished_at: iso(r.last_finished_at) } : null,
      last_success_at: iso(r.last_success_at),
      last_24h: { runs: r.runs, fetched: r.fetched, failed: r.failed, error_rate: rate },
    };
  });
}

async function cacheDetails(db: Db) {
  const [row] = await queryRows<{ entries: number }>(db, sql`select count(*)::int as entries from search_cache where expires_at > now()`);
  const values = (await metrics().cacheRequests.get()).values.filter((v) => v.labels.cache === "search");
  const hits = values.filter((v) => v.labels.result === "hit").reduce((sum, v) => sum + v.value, 0);
  const misses = values.filter((v) => v.labels.result === "miss").reduce((sum, v) => sum + v.value, 0);
  return { search: { entries: row?.entries ?? 0, hits, misses, hit_ratio: hits + misses > 0 ? Math.round((hits / (hits + misses)) * 1000) / 1000 : null } };
}

function runnerState(runner: RunnerStatus & { stuck_runs: number }): "up" | "degraded" | "down" | "disabled" {
  if (runner.mode !== "inngest" && !runner.running) return config().RUNNER_DISABLED ? "disabled" : "down";
  return runner.stuck_runs > 0 ? "degraded" : "up";
}

/**
 * What GET /api/health/detailed shows operators: the database (latency), the runner (lag, stuck
 * runs), each source (health, last run, error rate over a day), the search cache and mail.
 * The runner's status is passed in by the route, so lib/ does not import inngest/.
 */
export async function detailedHealth(db: Db, runnerStatus: () => Promise<RunnerStatus>, now = new Date()) {
  const database = await timed(() => db.execute(sql`select 1`));
  const runner = await timed(async () => runnerDetails(db, await runnerStatus(), now));
  const sources = await timed(() => sourceDetails(db, now));
  const cache = await timed(() => cacheDetails(db));
  const mailError = lastMailSendError();
  const components = {
    database: { status: database.ok ? "up" : "down", latency_ms: database.latencyMs },
    runner: runner.ok ? { status: runnerState(runner.value), ...runner.value } : { status: "down" },
    sources: sources.ok ? sources.value : [],
    cache: cache.ok ? { status: "up", ...cache.value } : { status: "down" },
    mail: { smtp_configured: Boolean(config().SMTP_URL), last_send_error: mailError },
  };
  const healthy = database.ok && (components.runner.status === "up" || components.runner.status === "disabled");
  return { status: healthy ? "ok" : "degraded", checked_at: now.toISOString(), ...components };
}
