import { InngestTestEngine } from "@inngest/test";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { DatabaseHandle } from "@/db";
import { backgroundRuns, companies, jobs } from "@/db/schema";
import { openTestDatabase } from "@/tests/db";

// The function reads the app-wide handle (getDb); point it, and the runner, at this file's database.
const testDb = vi.hoisted(() => ({ handle: undefined as DatabaseHandle | undefined }));
vi.mock("@/db", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/db")>()),
  getDb: async () => testDb.handle!.db,
  getDatabase: async () => testDb.handle!,
}));

const { inngest } = await import("../client");
const { recountCompanyJobs } = await import("./recount-company-jobs");
const { drainRunner, listRuns } = await import("../runner");

let acme: string;
let globex: string;

beforeAll(async () => {
  testDb.handle = await openTestDatabase();
});
afterAll(() => testDb.handle?.close());
beforeEach(async () => {
  const { db } = testDb.handle!;
  await db.delete(backgroundRuns);
  await db.delete(jobs);
  await db.delete(companies);
  [{ id: acme }, { id: globex }] = await db
    .insert(companies)
    .values([
      { name: "Acme", normalizedName: "acme", openJobsCount: 99 },
      { name: "Globex", normalizedName: "globex", openJobsCount: 99 },
    ])
    .returning({ id: companies.id });
  // Only the columns the count reads, so the fixture survives unrelated changes to jobs.
  await db.execute(sql`
    insert into jobs (title, company_id, status) values
      ('Engineer', ${acme}, 'open'), ('Designer', ${acme}, 'open'), ('Old role', ${acme}, 'expired')`);
});

const openJobsCount = async (id: string) =>
  (await testDb.handle!.db.select().from(companies).where(eq(companies.id, id)))[0].openJobsCount;

describe("recount-company-jobs", () => {
  it("writes each company's open job count (InngestTestEngine)", async () => {
    const engine = new InngestTestEngine({
      function: recountCompanyJobs,
      events: [{ name: "company/jobs.changed", data: { companyIds: [acme, globex, acme] } }],
    });
    const { result } = await engine.execute();
    expect(result).toEqual({ companies: 2, counts: { [acme]: 2, [globex]: 0 } });
    expect(await openJobsCount(acme)).toBe(2);
    expect(await openJobsCount(globex)).toBe(0);
  });

  it("runs end to end in the embedded runner after inngest.send()", async () => {
    const { ids } = await inngest.send({ name: "company/jobs.changed", data: { companyIds: [acme] } });
    expect(ids).toHaveLength(1);
    expect(await openJobsCount(acme)).toBe(99);
    await drainRunner({ db: testDb.handle!.db });
    expect(await openJobsCount(acme)).toBe(2);
    const [run] = await listRuns(testDb.handle!.db, { functionId: "recount-company-jobs", limit: 5 });
    expect(run).toMatchObject({ status: "completed", output: { companies: 1, counts: { [acme]: 2 } } });
    expect(run.events[0]).toMatchObject({ id: ids[0], name: "company/jobs.changed" });
  });
});
