import { sql } from "drizzle-orm";
import { getDatabase } from "@/db";
import { config } from "@/lib/config";

type Component = "up" | "down";

type RunnerStatus = Record<string, unknown>;

/**
 * What GET /api/health reports: can we reach the database, and is background work flowing.
 * The runner's status is passed in by the route, so lib/ does not import inngest/.
 */
export async function healthReport(runnerStatus: () => Promise<RunnerStatus>) {
  const started = performance.now();
  let database: { ok: boolean; kind?: string; latency_ms?: number; error?: string };
  try {
    const { db, kind } = await getDatabase();
    await db.execute(sql`select 1`);
    database = { ok: true, kind, latency_ms: Math.round(performance.now() - started) };
  } catch (err) {
    database = { ok: false, error: err instanceof Error ? err.message : String(err) };
  }
  let runner: Awaited<ReturnType<typeof runnerStatus>> | { error: string };
  try {
    runner = await runnerStatus();
  } catch (err) {
    runner = { error: err instanceof Error ? err.message : String(err) };
  }
  const runnerState: Component | "disabled" =
    "error" in runner ? "down" : runner.mode === "inngest" || runner.running ? "up" : config().RUNNER_DISABLED ? "disabled" : "down";
  const components = { database: (database.ok ? "up" : "down") as Component, runner: runnerState };
  const status = components.database === "up" && components.runner !== "down" ? "ok" : "degraded";
  return { status, components, database, runner };
}

export type HealthReport = Awaited<ReturnType<typeof healthReport>>;

/** Anyone may ask; they learn up or down per component, never error text or queue internals. */
export function publicHealth(report: HealthReport) {
  return { status: report.status, ...report.components };
}

/** For admins: the same, with the database's and the runner's details. */
export function adminHealth(report: HealthReport) {
  return { status: report.status, ...report.components, details: { database: report.database, runner: report.runner } };
}
