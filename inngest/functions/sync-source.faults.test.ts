import { count, countDistinct, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { adoptDatabase, type DatabaseHandle } from "@/db";
import { jobs, jobSourceLinks } from "@/db/schema";
import { resetConfigForTests } from "@/lib/config";
import { startSimulatorServer, type SimulatorServer } from "@/simulator";
import { getSyncRun, requestSync } from "@/lib/sync/runs";
import { createSource } from "@/lib/sync/sources";
import { openTestDatabase } from "@/tests/db";
import { drainRunner } from "../runner";

// The fault test of issue 9: a 5,000-job sync from a source failing a fifth of its requests,
// with the process "killed" twice mid-run (once while fetching, once right after a load
// committed but before its step was saved). A kill is a promise that never settles: the old
// runner is abandoned with its lease, and a new runner whose clock is past that lease takes over.

const never = () => new Promise<never>(() => {});
const kills = vi.hoisted(() => ({ loadsBeforeKill: 0, killed: 0 }));
// The kill comes after the load's transaction committed (a process dies, its transaction never hangs on).
vi.mock("@/lib/sync/load-lock", async (importOriginal) => {
  const original = await importOriginal<typeof import("@/lib/sync/load-lock")>();
  return {
    ...original,
    withSourceLoadLock: async <T,>(...args: Parameters<typeof original.withSourceLoadLock<T>>) => {
      const result = await original.withSourceLoadLock(...args);
      if (kills.loadsBeforeKill > 0 && --kills.loadsBeforeKill === 0) {
        kills.killed += 1;
        return never();
      }
      return result;
    },
  };
});

const VOLUME = 5000;
let handle: DatabaseHandle;
let sim: SimulatorServer;
const realFetch = globalThis.fetch;
const traffic = { requests: 0, failed: 0, killAtRequest: 0 };

/** Every fifth request to the source fails: 503, 429 with Retry-After, or a timeout, in turn. */
function faultyFetch(input: string | URL | Request, init?: RequestInit): Promise<Response> {
  const url = input instanceof Request ? input.url : String(input);
  if (!url.startsWith(sim.url)) return realFetch(input, init);
  traffic.requests += 1;
  if (traffic.killAtRequest === traffic.requests) {
    kills.killed += 1;
    return never();
  }
  if (traffic.requests % 5 !== 0) return realFetch(input, init);
  traffic.failed += 1;
  const kind = (traffic.requests / 5) % 3;
  if (kind === 0) return Promise.resolve(new Response(JSON.stringify({ error: "unavailable" }), { status: 503, headers: { "content-type": "application/json" } }));
  if (kind === 1) return Promise.resolve(new Response(JSON.stringify({ error: "slow down" }), { status: 429, headers: { "content-type": "application/json", "retry-after": "1" } }));
  return new Promise((_, reject) => setTimeout(() => reject(Object.assign(new Error("The operation was aborted due to timeout"), { name: "TimeoutError" })), 50));
}

beforeAll(async () => {
  handle = await openTestDatabase();
  adoptDatabase(handle);
  sim = await startSimulatorServer({ now: new Date(), volumes: { lamoda: VOLUME }, lamoda: { candidates: 0, placements: 0 } });
  process.env.SIMULATOR_ENABLED = "1";
  process.env.SIMULATOR_PORT = new URL(sim.url).port;
  resetConfigForTests();
  globalThis.fetch = faultyFetch as typeof fetch;
});
afterAll(async () => {
  globalThis.fetch = realFetch;
  await sim.close();
  await handle.close();
});

describe("a sync under faults and restarts", () => {
  it("ends by itself with every job in the catalogue exactly once and fetched = transformed + failed", { timeout: 180_000 }, async () => {
    const { db } = handle;
    const source = await createSource(db, { type: "lamoda", name: "Lamoda under faults", config: { resources: ["jobs"], per_page: 100 }, enabled: true });
    const run = await requestSync(db, source, { mode: "full" });
    const leaseMs = 60_000;
    // Each runner's clock is ten minutes past the previous one's: the dead runner's lease has run out.
    const runner = (generation: number, includeFuture = false) =>
      drainRunner({ db, leaseMs, timeoutMs: 170_000, includeFuture, now: () => new Date(Date.now() + generation * 600_000), log: { error() {}, warn() {} } });

    traffic.killAtRequest = 20; // mid-extract
    void runner(0).catch(() => undefined);
    await vi.waitFor(() => expect(kills.killed).toBe(1), { timeout: 120_000, interval: 50 });

    kills.loadsBeforeKill = 2; // mid transform + load, after a load committed
    void runner(1).catch(() => undefined);
    await vi.waitFor(() => expect(kills.killed).toBe(2), { timeout: 120_000, interval: 50 });

    await runner(2, true);
    const view = await getSyncRun(db, run.id);
    expect(traffic.failed).toBeGreaterThan(5);
    expect(view.status).toBe("succeeded");
    expect(view.counts.fetched).toBe(VOLUME);
    expect(view.counts.fetched).toBe(view.counts.transformed + view.counts.failed);

    const truth = [...sim.simulator.groundTruthEntries(["lamoda"])];
    expect(truth).toHaveLength(VOLUME);
    const [links] = await db
      .select({ links: count(), externalIds: countDistinct(jobSourceLinks.externalId), jobs: countDistinct(jobSourceLinks.jobId) })
      .from(jobSourceLinks)
      .where(eq(jobSourceLinks.sourceId, source.id));
    expect(links.links).toBe(VOLUME);
    expect(links.externalIds).toBe(VOLUME);
    // No job was created twice by a retried load: every job has a link, and no more jobs than distinct world jobs.
    const [{ orphans }] = await db
      .select({ orphans: count() })
      .from(jobs)
      .where(sql`not exists (select 1 from job_source_links l where l.job_id = ${jobs.id})`);
    expect(orphans).toBe(0);
    expect(links.jobs).toBeLessThanOrEqual(new Set(truth.map((t) => t.worldJobId)).size);
    const [{ total }] = await db.select({ total: count() }).from(jobs);
    expect(total).toBe(links.jobs);
  });
});
