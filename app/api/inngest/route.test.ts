import { eq } from "drizzle-orm";
import { NextRequest } from "next/server";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { adoptDatabase, type DatabaseHandle } from "@/db";
import { jobSources, syncRuns } from "@/db/schema";
import { seedDemoData } from "@/db/seed";
import { inngestEndpointMode } from "@/inngest/endpoint";
import { resetConfigForTests } from "@/lib/config";
import { openTestDatabase } from "@/tests/db";

const saved = { ...process.env };
const inngestVars = ["INNGEST_DEV", "INNGEST_BASE_URL", "INNGEST_EVENT_KEY", "INNGEST_SIGNING_KEY"];

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await openTestDatabase();
  adoptDatabase(handle);
  await seedDemoData(handle.db);
});
afterAll(() => handle.close());
afterEach(() => {
  process.env = { ...saved };
  resetConfigForTests();
  vi.resetModules();
});

async function loadRoute(env: Record<string, string>) {
  for (const name of [...inngestVars, "PASSWORD_SCRYPT_LOG_N"]) delete process.env[name];
  Object.assign(process.env, env);
  resetConfigForTests();
  vi.resetModules();
  return import("./route");
}

/** The attack from issue 9: a made-up failure event for a run that already succeeded. */
function forgedFailure(runId: string, method = "POST") {
  const url = "http://localhost/api/inngest?fnId=hireflow-sync-source-failure&stepId=step";
  const event = { name: "inngest/function.failed", data: { event: { name: "sync/requested", data: { runId } }, error: { message: "forged" } } };
  const body = method === "GET" || method === "HEAD" ? undefined : JSON.stringify({ event, events: [event], steps: {}, ctx: { run_id: "r", attempt: 0, stack: { stack: [] } } });
  return new NextRequest(url, { method, headers: { "content-type": "application/json" }, body });
}

async function succeededRun() {
  const [source] = await handle.db.select().from(jobSources).limit(1);
  const [run] = await handle.db.insert(syncRuns).values({ sourceId: source.id, mode: "full", status: "succeeded", stage: "done", finishedAt: new Date() }).returning();
  return run;
}

describe("/api/inngest", () => {
  it("answers 404 to every method in embedded mode and executes nothing", async () => {
    const route = await loadRoute({});
    const run = await succeededRun();
    for (const [method, handler] of Object.entries(route)) {
      const res = await (handler as (r: NextRequest, c: unknown) => Promise<Response>)(forgedFailure(run.id, method), {});
      expect(res.status, method).toBe(404);
      const text = await res.text();
      expect(JSON.parse(text).error.code).toBe("not_found");
      expect(text).not.toMatch(/stack|select|insert|at .*\.ts/i);
    }
    expect(Object.keys(route)).toEqual(expect.arrayContaining(["GET", "POST", "PUT"]));
    const [after] = await handle.db.select().from(syncRuns).where(eq(syncRuns.id, run.id));
    expect(after.status).toBe("succeeded");
    expect(after.errors).toEqual([]);
  });

  it("refuses to serve a production Inngest without a signing key", async () => {
    const route = await loadRoute({ INNGEST_BASE_URL: "http://inngest.internal:8288", INNGEST_EVENT_KEY: "evt", NODE_ENV: "production" });
    const run = await succeededRun();
    const res = await route.POST(forgedFailure(run.id), {});
    expect(res.status).toBe(503);
    expect((await res.json()).error.code).toBe("unavailable");
    const [after] = await handle.db.select().from(syncRuns).where(eq(syncRuns.id, run.id));
    expect(after.status).toBe("succeeded");
  });

  it("lets the SDK refuse an unsigned call when a signing key is configured", async () => {
    const route = await loadRoute({
      INNGEST_BASE_URL: "http://inngest.internal:8288",
      INNGEST_EVENT_KEY: "evt",
      INNGEST_SIGNING_KEY: "signkey-prod-0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef",
      NODE_ENV: "production",
    });
    const run = await succeededRun();
    const res = await route.POST(forgedFailure(run.id), {});
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
    const [after] = await handle.db.select().from(syncRuns).where(eq(syncRuns.id, run.id));
    expect(after.status).toBe("succeeded");
  });
});

describe("inngestEndpointMode", () => {
  it("is closed embedded, dev only with INNGEST_DEV, and signed otherwise", () => {
    expect(inngestEndpointMode({ inngestExternal: false })).toBe("closed");
    expect(inngestEndpointMode({ inngestExternal: true, INNGEST_DEV: "1" })).toBe("dev");
    expect(inngestEndpointMode({ inngestExternal: true, INNGEST_DEV: "0", INNGEST_SIGNING_KEY: "k" })).toBe("signed");
    expect(inngestEndpointMode({ inngestExternal: true })).toBe("missing_signing_key");
  });
});
