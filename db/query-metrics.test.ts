import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { jobs } from "@/db/schema";
import { resetConfigForTests } from "@/lib/config";
import { setLogSink, type LogLevel } from "@/lib/observability/log";
import { metrics } from "@/lib/observability/metrics";
import { openTestDatabase } from "@/tests/db";
import type { DatabaseHandle } from "./client";
import { operationOf, statementName } from "./query-metrics";

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await openTestDatabase();
});
afterAll(async () => {
  delete process.env.SLOW_QUERY_MS;
  resetConfigForTests();
  await handle.close();
});

const slowCount = async (statement: string) =>
  (await metrics().dbSlowQueries.get()).values.find((v) => v.labels.statement === statement)?.value ?? 0;
const durationCount = async (operation: string) =>
  (await metrics().dbQueryDuration.get()).values.find((v) => v.labels.operation === operation && v.metricName?.endsWith("_count"))?.value ?? 0;

describe("statement names", () => {
  it("are the operation and first table, never the SQL's values", () => {
    expect(statementName('select "id", "title" from "jobs" where "jobs"."id" = $1')).toBe("select jobs");
    expect(statementName('insert into "outbox" ("id", "name") values ($1, $2)')).toBe("insert outbox");
    expect(statementName('update "background_runs" set "status" = $1')).toBe("update background_runs");
    expect(statementName('delete from "search_cache" where expires_at < $1')).toBe("delete search_cache");
    expect(statementName("select 1")).toBe("select");
    expect(statementName("with x as (select 1) select * from x")).toBe("other x");
    expect(operationOf("  SELECT now()")).toBe("select");
    expect(operationOf("set local statement_timeout = 5")).toBe("other");
  });
});

describe("query timing", () => {
  it("times every query by operation, in and out of transactions", async () => {
    const before = await durationCount("select");
    await handle.db.select({ id: jobs.id }).from(jobs).limit(1);
    await handle.db.transaction(async (tx) => {
      await tx.select({ id: jobs.id }).from(jobs).where(eq(jobs.id, "00000000-0000-4000-8000-000000000000"));
    });
    expect(await durationCount("select")).toBeGreaterThanOrEqual(before + 2);
    expect((await metrics().dbPoolMax.get()).values[0]?.value).toBeGreaterThanOrEqual(1);
  });

  it("logs and counts a query slower than SLOW_QUERY_MS with its statement name and duration, without its values", async () => {
    process.env.SLOW_QUERY_MS = "0";
    resetConfigForTests();
    const lines: Array<{ level: LogLevel; line: string }> = [];
    const restore = setLogSink((level, line) => lines.push({ level, line }));
    const before = await slowCount("select jobs");
    try {
      await handle.db.select({ id: jobs.id }).from(jobs).where(eq(jobs.title, "secret-literal-title"));
    } finally {
      restore();
      delete process.env.SLOW_QUERY_MS;
      resetConfigForTests();
    }
    expect(await slowCount("select jobs")).toBe(before + 1);
    const logged = lines.find((l) => l.line.includes("slow query") && l.line.includes("select jobs"));
    expect(logged?.level).toBe("warn");
    expect(logged?.line).toMatch(/durationMs=\d+/);
    expect(lines.map((l) => l.line).join("\n")).not.toContain("secret-literal-title");
  });

  it("stays quiet under the default threshold", async () => {
    const lines: string[] = [];
    const restore = setLogSink((_level, line) => lines.push(line));
    try {
      await handle.db.execute(sql`select 1`);
    } finally {
      restore();
    }
    expect(lines.filter((l) => l.includes("slow query"))).toEqual([]);
  });
});
