import { and, asc, eq, gte } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { adoptDatabase, type DatabaseHandle } from "@/db";
import { rawPages, syncRuns } from "@/db/schema";
import { resetConfigForTests } from "@/lib/config";
import { startSimulatorServer, type SimulatorServer } from "@/simulator";
import { openTestDatabase } from "@/tests/db";
import { extractRun } from "./extract";
import { createSource } from "./sources";

let handle: DatabaseHandle;
let sim: SimulatorServer;

beforeAll(async () => {
  handle = await openTestDatabase();
  adoptDatabase(handle);
  sim = await startSimulatorServer({ now: new Date(), volumes: { adzuna: 230, lamoda: 120 } });
  process.env.SIMULATOR_ENABLED = "1";
  process.env.SIMULATOR_PORT = new URL(sim.url).port;
  resetConfigForTests();
});
afterAll(async () => {
  await sim.close();
  await handle.close();
});

const pagesOf = (runId: string) => handle.db.select().from(rawPages).where(eq(rawPages.runId, runId)).orderBy(asc(rawPages.seq));

/** Extracts fully, then forgets the pages after `keep` as if the process had died there, and retries. */
async function extractKilledAfter(type: "adzuna" | "lamoda", config: Record<string, unknown>, keep: number) {
  const { db } = handle;
  const source = await createSource(db, { type, name: `${type} resume ${keep}`, config, enabled: true });
  const [run] = await db.insert(syncRuns).values({ sourceId: source.id, mode: "full", status: "running" }).returning();
  const first = await extractRun(db, run.id);
  expect(first.error).toBeNull();
  const complete = await pagesOf(run.id);
  await db.delete(rawPages).where(and(eq(rawPages.runId, run.id), gte(rawPages.seq, keep)));
  await db.update(syncRuns).set({ counts: { fetched: 999_999, transformed: 0, failed: 0, inserted: 0, updated: 0, duplicates: 0, expired: 0 } }).where(eq(syncRuns.id, run.id));
  const retried = await extractRun(db, run.id);
  const [after] = await db.select().from(syncRuns).where(eq(syncRuns.id, run.id));
  return { complete, retried, resumed: await pagesOf(run.id), counts: after.counts, total: first.fetched };
}

describe("a retried extract resumes after its stored pages", () => {
  it("continues paging from the last stored page's cursor, numbering on, with fetched recounted exactly", async () => {
    const { complete, retried, resumed, counts, total } = await extractKilledAfter("adzuna", { country: "gb" }, 2);
    expect(complete.length).toBeGreaterThan(2);
    expect(retried.error).toBeNull();
    // The same pages, same order, same numbers: page 1 was not fetched again.
    expect(resumed.map((p) => [p.seq, p.params.page])).toEqual(complete.map((p) => [p.seq, p.params.page]));
    expect(new Set(resumed.map((p) => p.url)).size).toBe(resumed.length);
    expect(resumed.at(-1)?.paging).toEqual({ next: null });
    expect(counts.fetched).toBe(total);
    expect(total).toBe(resumed.reduce((n, p) => n + p.recordCount, 0));
  });

  it("resumes inside the marketplace's second resource without refetching the first", async () => {
    const { complete, resumed, counts, total } = await extractKilledAfter("lamoda", { resources: ["jobs", "candidates"], per_page: 50 }, 4);
    const key = (p: (typeof complete)[number]) => `${p.seq}:${p.params.resource}:${p.params.page}`;
    expect(complete.filter((p) => p.params.resource === "candidates").length).toBeGreaterThan(0);
    expect(resumed.map(key)).toEqual(complete.map(key));
    expect(counts.fetched).toBe(total);
  });

  it("a finished extract that is retried fetches nothing", async () => {
    const { resumed, complete } = await extractKilledAfter("adzuna", { country: "gb", what: "engineer" }, 1_000);
    expect(resumed.map((p) => p.id)).toEqual(complete.map((p) => p.id));
  });
});
