import { AsyncLocalStorage } from "node:async_hooks";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { sql } from "drizzle-orm";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import { migrate as migratePostgres } from "drizzle-orm/postgres-js/migrator";
import postgres from "postgres";
import { instrumentQueries } from "./query-metrics";
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

// Request queries run on a pool of their own (PostgreSQL only): its connections carry the request
// statement timeout and refuse writes from the start, so a request pays no round trip to set them.
const requestDbs = new WeakMap<object, Db>();
const postgresDbs = new WeakSet<object>();
// The signal of the request whose queries are being sent (see withCancellation).
const requestSignal = new AsyncLocalStorage<AbortSignal>();

type PendingQuery = PromiseLike<unknown> & { cancel(): unknown };
type Unsafe = (...args: never[]) => PendingQuery;

/**
 * Makes every query sent on `client` inside withCancellation cancellable by the request's signal:
 * postgres.js cancels a queued query at once and a running one with a CancelRequest to its backend.
 * Nothing is added to a query's round trips.
 */
function cancellable(client: postgres.Sql): postgres.Sql {
  const unsafe = client.unsafe.bind(client) as unknown as Unsafe;
  const wrapped = (...args: never[]) => {
    const query = unsafe(...args);
    const signal = requestSignal.getStore();
    if (!signal) return query;
    const onAbort = () => void query.cancel();
    if (signal.aborted) onAbort();
    else {
      signal.addEventListener("abort", onAbort, { once: true });
      const done = () => signal.removeEventListener("abort", onAbort);
      // Promise's own then: watching the query must not start it (postgres.js starts on `then`).
      Promise.prototype.then.call(query, done, done);
    }
    return query;
  };
  return Object.assign(client, { unsafe: wrapped as unknown as postgres.Sql["unsafe"] });
}

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
    const client = cancellable(postgres(target.url, { max: poolMax, onnotice: () => {}, connection: timeout }));
    const db = drizzlePostgres(client, { schema }) as unknown as Db;
    postgresDbs.add(db);
    const clients = [client];
    if (target.requestTimeoutMs) {
      const requests = cancellable(
        postgres(target.url, {
          max: poolMax,
          onnotice: () => {},
          connection: { statement_timeout: target.requestTimeoutMs, default_transaction_read_only: true },
        }),
      );
      requestDbs.set(db, drizzlePostgres(requests, { schema }) as unknown as Db);
      clients.push(requests);
    }
    instrumentQueries("postgres", poolMax * clients.length);
    return { db, kind: "postgres", url: target.url, close: async () => void (await Promise.all(clients.map((c) => c.end({ timeout: 5 })))) };
  }
  let dataDir: string | undefined;
  if ("dataDir" in target) {
    dataDir = path.resolve(target.dataDir);
    mkdirSync(path.dirname(dataDir), { recursive: true });
  }
  // The embedded engine loads only when used: a PostgreSQL deployment never pays for its module.
  const [{ PGlite }, { pg_trgm }, { drizzle: drizzlePglite }, { migrate: migratePglite }] = await Promise.all([
    import("@electric-sql/pglite"),
    import("@electric-sql/pglite/contrib/pg_trgm"),
    import("drizzle-orm/pglite"),
    import("drizzle-orm/pglite/migrator"),
  ]);
  const client = await PGlite.create(dataDir, { extensions: { pg_trgm } });
  const db = drizzlePglite(client, { schema });
  await migratePglite(db, { migrationsFolder });
  instrumentQueries("pglite", 1);
  return { db: db as unknown as Db, kind: "pglite", close: () => client.close() };
}

/**
 * Runs read-only request `work` under the request statement timeout (on the request pool, whose
 * connections refuse writes), and cancels its queries on the server when `signal` aborts (the
 * client went away). On PGlite it just runs `work`.
 *
 * A cancel request races the query it aims at: if the query ends just before it lands, the
 * backend may already run a later query, which then fails as cancelled. PostgreSQL's cancel
 * protocol has no way to name a statement; the window is a round trip wide and only opens when a
 * client leaves mid-query.
 */
/**
 * How many write transactions bulk work may run side by side on `db`: two on a PostgreSQL pool
 * (the server then uses both cores), one on PGlite (one connection) or inside a transaction.
 */
export function parallelWrites(db: Db): number {
  return postgresDbs.has(db) ? 2 : 1;
}

export async function withCancellation<T>(db: Db, signal: AbortSignal | undefined, work: (db: Db) => Promise<T>): Promise<T> {
  if (!postgresDbs.has(db)) return work(db);
  const target = requestDbs.get(db) ?? db;
  if (!signal) return work(target);
  signal.throwIfAborted();
  // Awaited inside the scope: a lazy query (drizzle's) is sent when awaited, and must see the signal.
  return requestSignal.run(signal, async () => await work(target));
}

/** True for PostgreSQL's "canceling statement" error (statement timeout or a cancel request). */
export function isQueryCanceled(err: unknown): boolean {
  for (let e: unknown = err; e && typeof e === "object"; e = (e as { cause?: unknown }).cause) {
    if ((e as { code?: unknown }).code === "57014") return true;
  }
  return false;
}
