import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { DatabaseHandle, Db } from "@/db";
import { candidates, jobs, jobSourceLinks, jobSources, placements, users, type User } from "@/db/schema";
import { createApplication } from "@/lib/applications/create";
import { moveApplication } from "@/lib/applications/move";
import { resetConfigForTests } from "@/lib/config";
import { marketplaceReportTarget, reportPlacement } from "@/lib/placements/report";
import { startSimulatorServer, type SimulatorServer } from "@/simulator";
import { openTestDatabase } from "@/tests/db";

// The function reads the app-wide handle (getDb); point it at this file's database.
const testDb = vi.hoisted(() => ({ handle: undefined as DatabaseHandle | undefined }));
vi.mock("@/db", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/db")>()),
  getDb: async () => testDb.handle!.db,
  getDatabase: async () => testDb.handle!,
}));

const { reportPlacementToMarketplace } = await import("./report-placement");
const { drainRunner } = await import("../runner");

let db: Db;
let sim: SimulatorServer;
let recruiter: User;
let sourceId: string;
let marketplaceJobIds: string[];
const quiet = { error() {}, warn() {} };

beforeAll(async () => {
  testDb.handle = await openTestDatabase();
  db = testDb.handle.db;
  sim = await startSimulatorServer({ now: new Date(), volumes: { lamoda: 10 }, lamoda: { candidates: 0, placements: 0 } });
  process.env.SIMULATOR_ENABLED = "1";
  process.env.SIMULATOR_PORT = new URL(sim.url).port;
  resetConfigForTests();
  marketplaceJobIds = [...sim.simulator.groundTruthEntries(["lamoda"])].map((t) => t.externalId);
  expect(marketplaceJobIds.length).toBeGreaterThan(3);
  [recruiter] = await db.insert(users).values({ email: `r-${randomUUID()}@example.com`, name: "Rae", role: "recruiter", passwordHash: "x" }).returning();
  [{ id: sourceId }] = await db.insert(jobSources).values({ name: "Lamoda", type: "lamoda" }).returning({ id: jobSources.id });
});
afterAll(async () => {
  await sim.close();
  await testDb.handle?.close();
});

/** A hire of a job linked to the marketplace under `externalJobId`: the placement starts pending. */
async function hireForMarketplaceJob(externalJobId: string) {
  const [job] = await db.insert(jobs).values({ title: "Picker" }).returning({ id: jobs.id });
  await db.insert(jobSourceLinks).values({ jobId: job.id, sourceId, externalId: externalJobId, contentHash: "h" });
  const [candidate] = await db.insert(candidates).values({ fullName: "Olga Petrova", email: "olga@example.com" }).returning({ id: candidates.id });
  const app = await createApplication(db, recruiter, { jobId: job.id, candidateId: candidate.id, stage: "offer" });
  const { placement } = await moveApplication(db, recruiter, app.id, { stage: "hired", placement: { startDate: "2027-02-01", salary: 90000, salaryCurrency: "RUB" } });
  expect(placement?.reportState).toBe("pending");
  return placement!;
}

const placementRow = async (id: string) => (await db.select().from(placements).where(eq(placements.id, id)))[0];
const drain = (includeFuture: boolean) => drainRunner({ db, functions: [reportPlacementToMarketplace], includeFuture, timeoutMs: 60_000, log: quiet });

describe("report-placement", () => {
  it("retries through server errors and a rate limit until the marketplace accepts the signed report", { timeout: 90_000 }, async () => {
    sim.simulator.setFaults("lamoda", [{ kind: "server_error", times: 1 }]);
    const placement = await hireForMarketplaceJob(marketplaceJobIds[0]);
    await drain(false);
    const afterFirst = await placementRow(placement.id);
    expect(afterFirst).toMatchObject({ reportState: "pending", reportAttempts: 1 });
    expect(afterFirst.reportError).toMatch(/HTTP 500 SERVER_ERROR/);

    // Fault rules apply side by side, so the second failure is set up after the first.
    sim.simulator.setFaults("lamoda", [{ kind: "rate_limit", times: 1, retryAfterSeconds: 2 }]);
    await drain(true);
    const done = await placementRow(placement.id);
    expect(done).toMatchObject({ reportState: "reported", reportAttempts: 3, reportError: null });
    expect(done.reportedAt).toBeInstanceOf(Date);
    const reports = sim.simulator.lamodaPlacementReports().filter((r) => r.external_reference === placement.id);
    expect(reports).toEqual([
      expect.objectContaining({ job_id: marketplaceJobIds[0], status: "hired", start_date: "2027-02-01", salary: { amount: 90000, currency: "RUB" }, candidate: { full_name: "Olga Petrova", email: "olga@example.com" } }),
    ]);
  });

  it("records a refused report's error and retries it later, slower, until the data is fixed", { timeout: 90_000 }, async () => {
    sim.simulator.setFaults("lamoda", []);
    const placement = await hireForMarketplaceJob(`missing-${randomUUID()}`);
    await drain(false);
    const refused = await placementRow(placement.id);
    expect(refused).toMatchObject({ reportState: "pending", reportAttempts: 1 });
    expect(refused.reportError).toMatch(/HTTP 404 RESOURCE_NOT_FOUND/);

    // Someone relinks the job to the marketplace's real id; the next (slow) retry goes through.
    await db.update(jobSourceLinks).set({ externalId: marketplaceJobIds[1] }).where(eq(jobSourceLinks.jobId, placement.jobId!));
    const { now } = await drain(true);
    expect(now.getTime() - Date.now()).toBeGreaterThanOrEqual(590_000);
    expect(await placementRow(placement.id)).toMatchObject({ reportState: "reported", reportAttempts: 2, reportError: null });
  });

  it("is idempotent at the marketplace: a repeated report keeps one placement there", async () => {
    const placement = await hireForMarketplaceJob(marketplaceJobIds[2]);
    const first = await reportPlacement(db, placement.id, marketplaceReportTarget());
    expect(first.status).toBe("reported");
    expect((await reportPlacement(db, placement.id, marketplaceReportTarget())).status).toBe("skipped");
    await db.update(placements).set({ reportState: "pending" }).where(eq(placements.id, placement.id));
    const again = await reportPlacement(db, placement.id, marketplaceReportTarget());
    expect(again).toEqual(first);
    expect(sim.simulator.lamodaPlacementReports().filter((r) => r.external_reference === placement.id)).toHaveLength(1);
  });

  it("answers 401 to a badly signed report, recorded as refused", async () => {
    const placement = await hireForMarketplaceJob(marketplaceJobIds[3]);
    const target = marketplaceReportTarget()!;
    const outcome = await reportPlacement(db, placement.id, { ...target, apiSecret: "wrong" });
    expect(outcome).toMatchObject({ status: "failed", rejected: true, retryAfterSeconds: 600 });
    expect((await placementRow(placement.id)).reportError).toMatch(/HTTP 401 INVALID_API_KEY/);
  });
});
