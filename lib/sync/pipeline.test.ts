import { count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { adoptDatabase, type DatabaseHandle } from "@/db";
import { candidateSourceLinks, jobs, jobSourceLinks, placements, rawPages, syncRecordErrors } from "@/db/schema";
import { drainRunner } from "@/inngest/runner";
import { resetConfigForTests } from "@/lib/config";
import { ConflictError, UnprocessableError } from "@/lib/errors";
import { startSimulatorServer, type SimulatorServer } from "@/simulator";
import { openTestDatabase } from "@/tests/db";
import { getSyncRun, requestReprocess, requestSync } from "./runs";
import { createSource, listSourcesWithStatus } from "./sources";

let handle: DatabaseHandle;
let sim: SimulatorServer;

beforeAll(async () => {
  handle = await openTestDatabase();
  adoptDatabase(handle);
  sim = await startSimulatorServer({ now: new Date(), volumes: { adzuna: 400, jsearch: 200, greenhouse: 60 }, duplicateRate: 0.2 });
  process.env.SIMULATOR_ENABLED = "1";
  process.env.SIMULATOR_PORT = new URL(sim.url).port;
  resetConfigForTests();
});
afterAll(async () => {
  await sim.close();
  await handle.close();
});

const drain = () => drainRunner({ db: handle.db, timeoutMs: 60_000 });

describe("sync pipeline through the in-process runner and the simulator", () => {
  it("extracts, transforms and loads a full Adzuna sync, keeping every raw page", async () => {
    const source = await createSource(handle.db, { type: "adzuna", name: "Adzuna GB", config: { country: "gb" }, enabled: true });
    const run = await requestSync(handle.db, source, { mode: "full" });
    await expect(requestSync(handle.db, source, { mode: "full" })).rejects.toBeInstanceOf(ConflictError);
    await drain();

    const view = await getSyncRun(handle.db, run.id);
    expect(view.status).toBe("succeeded");
    expect(view.stage).toBe("done");
    expect(view.counts.fetched).toBeGreaterThan(100);
    expect(view.counts.transformed).toBe(view.counts.fetched);
    expect(view.counts.inserted + view.counts.duplicates).toBe(view.counts.fetched);
    const [{ pages }] = await handle.db.select({ pages: count() }).from(rawPages).where(eq(rawPages.runId, run.id));
    expect(pages).toBe(Math.ceil(view.counts.fetched / 50));
    const [{ links }] = await handle.db.select({ links: count() }).from(jobSourceLinks).where(eq(jobSourceLinks.sourceId, source.id));
    expect(links).toBe(view.counts.fetched);
    const [sample] = await handle.db.select().from(jobs).limit(1);
    expect(sample.title.length).toBeGreaterThan(0);
    expect(sample.description).not.toMatch(/<[a-z]+>/i);

    const [status] = (await listSourcesWithStatus(handle.db)).filter((s) => s.source.id === source.id);
    expect(status.health).toBe("healthy");
    expect(status.lastRun?.id).toBe(run.id);
  });

  it("a repeat full sync finds nothing new: everything unchanged, nothing inserted", async () => {
    const source = (await listSourcesWithStatus(handle.db)).find((s) => s.source.name === "Adzuna GB")!.source;
    const run = await requestSync(handle.db, source, { mode: "full" });
    await drain();
    const view = await getSyncRun(handle.db, run.id);
    expect(view.status).toBe("succeeded");
    expect(view.counts.inserted).toBe(0);
    expect(view.counts.updated).toBe(0);
    expect((view.counts as Record<string, number>).unchanged).toBe(view.counts.fetched);
  });

  it("merges cross-source duplicates from JSearch into the Adzuna jobs", async () => {
    const source = await createSource(handle.db, { type: "jsearch", name: "JSearch", config: { query: "developer", country: "gb" }, enabled: true });
    const run = await requestSync(handle.db, source, { mode: "full" });
    await drain();
    const view = await getSyncRun(handle.db, run.id);
    expect(view.status).toBe("succeeded");
    expect(view.counts.fetched).toBeGreaterThan(0);
    expect(view.counts.duplicates).toBeGreaterThan(0);
  });

  it("stores malformed records with their error, ends partial; reprocessing the same bytes fails them again and keeps them open", async () => {
    await fetch(`${sim.url}/_control/faults`, { method: "POST", body: JSON.stringify({ source: "greenhouse", faults: [{ kind: "malformed", every: 10 }] }) });
    const source = await createSource(handle.db, { type: "greenhouse", name: "Greenhouse Brightwave", config: { board_token: "brightwave" }, enabled: true });
    const run = await requestSync(handle.db, source, { mode: "full" });
    await drain();
    const view = await getSyncRun(handle.db, run.id);
    expect(view.status).toBe("partial");
    expect(view.counts.failed).toBeGreaterThan(0);
    expect(view.counts.transformed).toBe(view.counts.fetched - view.counts.failed);
    expect(view.errors.length).toBeGreaterThan(0);
    const stored = await handle.db.select().from(syncRecordErrors).where(eq(syncRecordErrors.runId, run.id));
    expect(stored).toHaveLength(view.counts.failed);

    const reprocess = await requestReprocess(handle.db, run.id, "failed");
    await drain();
    const again = await getSyncRun(handle.db, reprocess.id);
    expect(again.counts.fetched).toBe(0);
    // The stored bytes are still malformed: every failed record fails again and stays open.
    expect(again.counts.failed).toBe(view.counts.failed);
    expect((await getSyncRun(handle.db, run.id)).unresolved_record_errors).toBe(view.counts.failed);
  });

  it("syncs the marketplace's jobs, candidates and placements, linking placements to both", async () => {
    const source = await createSource(handle.db, { type: "lamoda", name: "Lamoda", config: { resources: ["jobs", "candidates", "placements"] }, enabled: true });
    const run = await requestSync(handle.db, source, { mode: "full" });
    await drain();
    const view = await getSyncRun(handle.db, run.id);
    expect(view.status).toBe("succeeded");
    const [{ n: candidateCount }] = await handle.db.select({ n: count() }).from(candidateSourceLinks).where(eq(candidateSourceLinks.sourceId, source.id));
    expect(candidateCount).toBeGreaterThan(0);
    const placed = await handle.db.select().from(placements).where(eq(placements.sourceId, source.id));
    expect(placed.length).toBeGreaterThan(0);
    expect(placed.some((p) => p.jobId && p.candidateId)).toBe(true);
  });

  it("refuses a config the connector does not accept with 422 details", async () => {
    await expect(createSource(handle.db, { type: "adzuna", name: "Broken", config: { country: "great britain" }, enabled: true })).rejects.toBeInstanceOf(UnprocessableError);
    await expect(createSource(handle.db, { type: "lever", name: "Bad cron", config: { site: "orbitly" }, schedule: "every day", enabled: true })).rejects.toBeInstanceOf(UnprocessableError);
  });
});

describe("findSource", () => {
  it("finds a source by id, name, or its type when that type is unique", async () => {
    const { findSource } = await import("./sources");
    const lever = await createSource(handle.db, { type: "lever", name: "Lever Orbitly", config: { site: "orbitly" }, enabled: true });
    expect((await findSource(handle.db, lever.id)).id).toBe(lever.id);
    expect((await findSource(handle.db, "Lever Orbitly")).id).toBe(lever.id);
    expect((await findSource(handle.db, "lever")).id).toBe(lever.id);
    await createSource(handle.db, { type: "lever", name: "Lever Skyforge", config: { site: "skyforge" }, enabled: true });
    await expect(findSource(handle.db, "lever")).rejects.toBeInstanceOf(ConflictError);
    await expect(findSource(handle.db, "nope")).rejects.toThrow(/not found/);
  });
});

describe("demo sources", () => {
  it("each seeded source's config passes its connector's schema", async () => {
    const { demoSources } = await import("@/db/seed-data");
    const { connectors } = await import("@/lib/sources");
    for (const s of demoSources) expect(connectors[s.type].configSchema.safeParse(s.config).success, s.name).toBe(true);
  });
});

describe("planChunks", () => {
  it("groups stored pages into ranges of at most N records without splitting a page", async () => {
    const { planChunks } = await import("./lifecycle");
    const { rawPages, syncRuns } = await import("@/db/schema");
    const { listSourcesWithStatus } = await import("./sources");
    const source = (await listSourcesWithStatus(handle.db))[0].source;
    const [run] = await handle.db.insert(syncRuns).values({ sourceId: source.id, mode: "full", status: "succeeded" }).returning();
    const sizes = [40, 40, 40, 100, 5];
    await handle.db.insert(rawPages).values(sizes.map((recordCount, seq) => ({ runId: run.id, sourceId: source.id, seq, url: "u", status: 200, body: "{}", recordCount })));
    expect(await planChunks(handle.db, run.id, 100)).toEqual([
      [0, 2],
      [2, 3],
      [3, 4],
      [4, 5],
    ]);
    expect(await planChunks(handle.db, run.id, 1000)).toEqual([[0, 5]]);
  });
});
