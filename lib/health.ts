import { sql } from "drizzle-orm";
import { getDatabase } from "@/db";

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
  return { status: database.ok && !("error" in runner) ? "ok" : "degraded", database, runner };
}
