import { count, countDistinct, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { adoptDatabase, type DatabaseHandle } from "@/db";
import { jobs, jobSourceLinks } from "@/db/schema";
import { resetConfigForTests } from "@/lib/config";
import { loadJobs } from "@/lib/etl/load";
import { createSimulator } from "@/simulator";
import { connectors } from "@/lib/sources";
import { openTestDatabase } from "@/tests/db";
import { receiveLamodaWebhook } from "./lamoda-webhook";
import { withSourceLoadLock } from "./load-lock";
import { createSource } from "./sources";

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await openTestDatabase();
  adoptDatabase(handle);
  process.env.SIMULATOR_ENABLED = "1";
  resetConfigForTests();
});
afterAll(() => handle.close());

describe("a Lamoda webhook and a sync touching the same marketplace id at once", () => {
  it("create one job and one link, never two", async () => {
    const { db } = handle;
    const sim = createSimulator({ volumes: { lamoda: 30 }, clock: () => Date.now() });
    const source = await createSource(db, { type: "lamoda", name: "Lamoda race", config: { resources: ["jobs"] }, enabled: true });
    const ids = [...sim.groundTruthEntries(["lamoda"])].map((t) => t.externalId);
    expect(ids.length).toBeGreaterThan(0);
    const race = ids.flatMap((id) => {
      const hook = sim.lamodaJobWebhook(id, "job.created")!;
      const transformed = connectors.lamoda.transform(hook.event.data);
      if (!transformed.ok) throw new Error(transformed.error);
      const item = { externalId: transformed.job.externalId, job: transformed.job };
      return [
        // What the sync's load does for the same record (lib/sync/transform-load.ts).
        withSourceLoadLock(db, source.id, (tx) => loadJobs(tx, { sourceId: source.id, runId: null, now: new Date() }, [item])),
        receiveLamodaWebhook(db, hook.rawBody, new Headers(hook.headers)),
      ];
    });
    await Promise.all(race);
    const [links] = await db
      .select({ links: count(), externalIds: countDistinct(jobSourceLinks.externalId), jobs: countDistinct(jobSourceLinks.jobId) })
      .from(jobSourceLinks)
      .where(eq(jobSourceLinks.sourceId, source.id));
    expect(links).toEqual({ links: ids.length, externalIds: ids.length, jobs: ids.length });
    const [{ orphans }] = await db.select({ orphans: count() }).from(jobs).where(sql`not exists (select 1 from job_source_links l where l.job_id = ${jobs.id})`);
    expect(orphans).toBe(0);
  });
});
