import { PgPreparedQuery } from "drizzle-orm/pg-core";
import { config } from "@/lib/config";
import { log } from "@/lib/observability/log";
import { metrics } from "@/lib/observability/metrics";

const operations = new Set(["select", "insert", "update", "delete"]);

/** select, insert, update, delete, or other (DDL, `with`, `set`...). */
export function operationOf(statement: string): string {
  const word = /^\s*([a-z]+)/i.exec(statement)?.[1]?.toLowerCase() ?? "";
  return operations.has(word) ? word : "other";
}

/**
 * A bounded name for a statement, "operation table" (the first table it names): never the SQL
 * text, whose literals would leak data into logs and make a metric series per statement.
 */
export function statementName(statement: string): string {
  const operation = operationOf(statement);
  const table = /\b(?:from|into|update)\s+"?([a-z_][a-z0-9_]{0,62})"?(?=[\s"(,;]|$)/i.exec(statement)?.[1]?.toLowerCase();
  return table ? `${operation} ${table}` : operation;
}

let inFlight = 0;
// On globalThis: Next may load this module once per bundle (routes, instrumentation's runner),
// and a write seen by any of them must count for all.
const written = ((globalThis as unknown as { __hireflowWrites?: { n: number } }).__hireflowWrites ??= { n: 0 });

/**
 * How many statements other than a plain select or explain this process has sent or finished (each counts
 * twice: when sent and when done). A cache of something the database holds can keep it while
 * this number stands still: no write of this process can have changed it meanwhile.
 */
export function writesSeen(): number {
  return written.n;
}
let poolMax = 1;

function slowQueryMs(): number {
  try {
    return config().SLOW_QUERY_MS;
  } catch {
    return 500;
  }
}

function observe(statement: string, seconds: number) {
  const m = metrics();
  m.dbQueryDuration.observe({ operation: operationOf(statement) }, seconds);
  const ms = seconds * 1000;
  if (ms > slowQueryMs()) {
    const name = statementName(statement);
    m.dbSlowQueries.inc({ statement: name });
    log.warn("slow query", { statement: name, durationMs: Math.round(ms) });
  }
}

type Timed = { queryWithCache: (queryString: string, params: unknown[], query: () => Promise<unknown>) => Promise<unknown> };
const proto = PgPreparedQuery.prototype as unknown as Timed & { __hireflowTimed?: boolean };

/**
 * Times every query drizzle runs, on PGlite and postgres.js alike: both drivers' prepared
 * queries, in and out of transactions, go through PgPreparedQuery.queryWithCache (an internal
 * of drizzle-orm 0.45; db/query-metrics.test.ts fails if an upgrade routes around it).
 */
export function instrumentQueries(kind: "pglite" | "postgres", maxConnections: number): void {
  poolMax = Math.max(poolMax, maxConnections);
  metrics().dbPoolMax.set(kind === "pglite" ? 1 : poolMax);
  if (proto.__hireflowTimed) return;
  const original = proto.queryWithCache;
  proto.queryWithCache = async function timed(this: unknown, queryString, params, query) {
    const started = performance.now();
    const write = !/^\s*(select|explain)\b/i.test(queryString);
    if (write) written.n += 1;
    inFlight += 1;
    // More queries than connections wait in the driver's queue: they hold no connection.
    metrics().dbPoolInUse.set(Math.min(inFlight, poolMax));
    try {
      return await original.call(this, queryString, params, query);
    } finally {
      if (write) written.n += 1;
      inFlight -= 1;
      metrics().dbPoolInUse.set(Math.min(inFlight, poolMax));
      observe(queryString, (performance.now() - started) / 1000);
    }
  };
  proto.__hireflowTimed = true;
}
