import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase } from "@/tests/db";
import { isQueryCanceled, openDatabase, withCancellation, type DatabaseHandle } from "./client";
import { queryRows } from "./rows";

// Statement timeouts and cancel requests are PostgreSQL's; PGlite runs in-process and has neither.
describe.skipIf(!process.env.DATABASE_URL)("PostgreSQL statement limits", () => {
  let scratch: DatabaseHandle & { url?: string };
  let limited: DatabaseHandle;
  let requests: DatabaseHandle;
  beforeAll(async () => {
    scratch = await openTestDatabase();
    limited = await openDatabase({ url: scratch.url!, statementTimeoutMs: 300 });
    requests = await openDatabase({ url: scratch.url!, requestTimeoutMs: 300 });
  }, 60_000);
  afterAll(async () => {
    await limited.close();
    await requests.close();
    await scratch.close();
  });

  it("stops a statement that runs past DB_STATEMENT_TIMEOUT_MS", async () => {
    const started = performance.now();
    const err = await limited.db.execute(sql`select pg_sleep(3)`).catch((e: unknown) => e);
    expect(isQueryCanceled(err)).toBe(true);
    expect(performance.now() - started).toBeLessThan(2500);
  });

  it("limits request queries to DB_STATEMENT_TIMEOUT_MS but not background work on the same handle", async () => {
    const err = await withCancellation(requests.db, undefined, (db) => db.execute(sql`select pg_sleep(3)`)).catch((e: unknown) => e);
    expect(isQueryCanceled(err)).toBe(true);
    const [{ slept }] = await queryRows<{ slept: string }>(requests.db, sql`select pg_sleep(0.5)::text as slept`);
    expect(slept).toBe("");
  });

  it("runs request work on connections that refuse writes, with or without a signal", async () => {
    await requests.db.execute(sql`create table if not exists scratch_notes (note text)`);
    for (const signal of [undefined, new AbortController().signal]) {
      const err = await withCancellation(requests.db, signal, (db) => db.execute(sql`insert into scratch_notes values ('x')`)).catch((e: unknown) => e);
      expect(String((err as { cause?: unknown }).cause ?? err)).toMatch(/read-only transaction/);
    }
    const [{ n }] = await queryRows<{ n: number }>(requests.db, sql`select count(*)::int as n from scratch_notes`);
    expect(n).toBe(0);
  });

  it("cancels a request query under the request timeout too when the signal aborts", async () => {
    const aborted = new AbortController();
    setTimeout(() => aborted.abort(), 100);
    const err = await withCancellation(requests.db, aborted.signal, (db) => db.execute(sql`select pg_sleep(0.25)`)).catch((e: unknown) => e);
    expect(isQueryCanceled(err)).toBe(true);
  });

  it("cancels the running statement when the caller's signal aborts", async () => {
    const aborted = new AbortController();
    setTimeout(() => aborted.abort(), 200);
    const started = performance.now();
    const err = await withCancellation(scratch.db, aborted.signal, (db) => db.execute(sql`select pg_sleep(5)`)).catch((e: unknown) => e);
    expect(isQueryCanceled(err)).toBe(true);
    expect(performance.now() - started).toBeLessThan(3000);
    const running = await queryRows<{ n: number }>(scratch.db, sql`select count(*)::int as n from pg_stat_activity where query like 'select pg_sleep(5)%' and state = 'active'`);
    expect(running[0].n).toBe(0);
  });

  it("runs the work unchanged without a signal", async () => {
    expect(await withCancellation(scratch.db, undefined, (db) => queryRows<{ one: number }>(db, sql`select 1 as one`))).toEqual([{ one: 1 }]);
  });
});
