import { config } from "@/lib/config";
import { openDatabase, type DatabaseHandle, type Db } from "./client";

export type { Db, DatabaseHandle } from "./client";
export { isQueryCanceled, parallelWrites, withCancellation } from "./client";
export * as schema from "./schema";

// Cached on globalThis: dev reloads and separate route bundles must share one handle, and
// PGlite admits a single opener per data directory.
const cache = globalThis as unknown as { __hireflowDb?: Promise<DatabaseHandle> };

export function getDatabase(): Promise<DatabaseHandle> {
  if (!cache.__hireflowDb) {
    const { DATABASE_URL, PGLITE_DIR, DB_STATEMENT_TIMEOUT_MS } = config();
    cache.__hireflowDb = openDatabase(DATABASE_URL ? { url: DATABASE_URL, requestTimeoutMs: DB_STATEMENT_TIMEOUT_MS } : { dataDir: PGLITE_DIR });
    cache.__hireflowDb.catch(() => {
      cache.__hireflowDb = undefined;
    });
  }
  return cache.__hireflowDb;
}

export async function getDb(): Promise<Db> {
  return (await getDatabase()).db;
}

export async function closeDatabase(): Promise<void> {
  const pending = cache.__hireflowDb;
  cache.__hireflowDb = undefined;
  if (pending) await (await pending).close();
}

/** Points the app-wide handle at a database a test or bench opened (route handlers and functions then use it). */
export function adoptDatabase(handle: DatabaseHandle): void {
  cache.__hireflowDb = Promise.resolve(handle);
}
