import { and, asc, eq, gte } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { adoptDatabase, type DatabaseHandle } from "@/db";
import { rawPages, syncRuns } from "@/db/schema";
import { resetConfigForTests } from "@/lib/config";
import { startSimulatorServer, type SimulatorServer } from "@/simulator";
import { openTestDatabase } from "@/tests/db";
import { extractRun } from "./extract";
import { takeOver } from "./page-handoff";
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

describe("an extract in shares of records", () => {
  it("stops after the page that fills its share, goes on from there, and hands each page over for the transform step", async () => {
    const { db } = handle;
    const source = await createSource(db, { type: "adzuna", name: "adzuna shares", config: { country: "gb", results_per_page: 20 }, enabled: true });
    const [run] = await db.insert(syncRuns).values({ sourceId: source.id, mode: "full", status: "running" }).returning();
    const shares = [];
    let fromSeq = 0;
    for (let call = 0; call < 20; call++) {
      const share = await extractRun(db, run.id, { fromSeq, maxRecords: 50 });
      shares.push(share);
      const handed = takeOver(run.id, fromSeq, share.toSeq);
      expect(handed?.map((h) => h.seq)).toEqual(Array.from({ length: share.toSeq - fromSeq }, (_, i) => fromSeq + i));
      fromSeq = share.toSeq;
      if (share.complete) break;
    }
    // Pages of 20 records: every share but the last ends with the page that reaches 50 (60 records).
    expect(shares.length).toBeGreaterThan(1);
    expect(shares.slice(0, -1).map((s) => [s.batchRecords, s.complete])).toEqual(shares.slice(0, -1).map(() => [60, false]));
    expect(shares.at(-1)?.complete).toBe(true);
    const stored = await pagesOf(run.id);
    expect(stored.map((p) => p.seq)).toEqual(stored.map((_, i) => i));
    expect(new Set(stored.map((p) => p.params.page)).size).toBe(stored.length);
    const total = stored.reduce((n, p) => n + p.recordCount, 0);
    expect(shares.reduce((n, s) => n + s.batchRecords, 0)).toBe(total);
    expect(shares.at(-1)?.fetched).toBe(total);
  });
});
