import { mkdirSync } from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { sql } from "drizzle-orm";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import { migrate as migratePostgres } from "drizzle-orm/postgres-js/migrator";
import postgres from "postgres";
import { instrumentQueries } from "./query-metrics";
import { queryRows } from "./rows";
import * as schema from "./schema";

/** The one database type every lib/ function takes: PGlite and PostgreSQL alike. */
export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;

export type DatabaseHandle = {
  db: Db;
  kind: "pglite" | "postgres";
  /** PostgreSQL: the connection string, for work that needs a connection of its own (LISTEN). */
  url?: string;
  close(): Promise<void>;
};

export type DatabaseTarget = ({ url: string } | { dataDir: string } | { memory: true }) & {
  /** PostgreSQL only: the server cancels any statement running longer (0 = no limit). */
  statementTimeoutMs?: number;
  /** PostgreSQL only: the limit for request queries run through `withCancellation` (background work has none). */
  requestTimeoutMs?: number;
};

// How to cancel a backend's running statement, per postgres.js handle (PGlite runs in-process).
const cancellers = new WeakMap<object, (pid: number) => Promise<unknown>>();
const requestTimeouts = new WeakMap<object, number>();

const migrationsFolder = path.join(process.cwd(), "db/migrations");

/** Opens a database and applies every pending migration. */
export async function openDatabase(target: DatabaseTarget): Promise<DatabaseHandle> {
  if ("url" in target) {
    // Migrations run on their own connection, free of the request statement timeout.
    const migrator = postgres(target.url, { max: 1, onnotice: () => {} });
    try {
      const migrationDb = drizzlePostgres(migrator, { schema });
      // Two processes starting at once must not both apply the same migration.
      await migrationDb.execute(sql`select pg_advisory_lock(7262001)`);
      try {
        await migratePostgres(migrationDb, { migrationsFolder });
      } finally {
        await migrationDb.execute(sql`select pg_advisory_unlock(7262001)`);
      }
    } finally {
      await migrator.end({ timeout: 5 });
    }
    const timeout = target.statementTimeoutMs ? { statement_timeout: target.statementTimeoutMs } : undefined;
    const poolMax = 10;
    const client = postgres(target.url, { max: poolMax, onnotice: () => {}, connection: timeout });
    instrumentQueries("postgres", poolMax);
    const db = drizzlePostgres(client, { schema });
    cancellers.set(db, (pid) => client`select pg_cancel_backend(${pid})`);
    if (target.requestTimeoutMs) requestTimeouts.set(db, target.requestTimeoutMs);
    return { db: db as unknown as Db, kind: "postgres", url: target.url, close: () => client.end({ timeout: 5 }) };
  }
  let dataDir: string | undefined;
  if ("dataDir" in target) {
    dataDir = path.resolve(target.dataDir);
    mkdirSync(path.dirname(dataDir), { recursive: true });
  }
  const client = await PGlite.create(dataDir, { extensions: { pg_trgm } });
  const db = drizzlePglite(client, { schema });
  await migratePglite(db, { migrationsFolder });
  instrumentQueries("pglite", 1);
  return { db: db as unknown as Db, kind: "pglite", close: () => client.close() };
}

/**
 * Runs read-only request `work` under the request statement timeout, so that aborting `signal`
 * (the client went away) cancels its running statement on the server. On PGlite it just runs `work`.
 */
export async function withCancellation<T>(db: Db, signal: AbortSignal | undefined, work: (db: Db) => Promise<T>): Promise<T> {
  const cancel = cancellers.get(db);
  const timeoutMs = requestTimeouts.get(db);
  if (!cancel || (!signal && !timeoutMs)) return work(db);
  signal?.throwIfAborted();
  return db.transaction(
    async (tx) => {
      const txDb = tx as unknown as Db;
      // One round trip: the transaction's timeout, and the backend to cancel if the caller leaves.
      const limit = timeoutMs ? sql`, set_config('statement_timeout', ${String(timeoutMs)}, true)` : sql``;
      const [{ pid }] = await queryRows<{ pid: number }>(txDb, sql`select pg_backend_pid() as pid${limit}`);
      if (!signal) return work(txDb);
      let cancelling: Promise<unknown> | undefined;
      const onAbort = () => (cancelling = cancel(pid).catch(() => undefined));
      signal.addEventListener("abort", onAbort, { once: true });
      try {
        return await work(tx as unknown as Db);
      } finally {
        signal.removeEventListener("abort", onAbort);
        // Hold the connection until the cancel landed, so it cannot hit the next user's query.
        await cancelling;
      }
    },
    { accessMode: "read only" },
  );
}

/** True for PostgreSQL's "canceling statement" error (statement timeout or a cancel request). */
export function isQueryCanceled(err: unknown): boolean {
  for (let e: unknown = err; e && typeof e === "object"; e = (e as { cause?: unknown }).cause) {
    if ((e as { code?: unknown }).code === "57014") return true;
  }
  return false;
}
