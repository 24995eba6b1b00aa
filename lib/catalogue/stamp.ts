import { sql } from "drizzle-orm";
import type { Db } from "@/db";
import { writesSeen } from "@/db/query-metrics";
import { queryRows } from "@/db/rows";
import { catalogueChanges } from "@/db/schema";

// Every statement that changes jobs, candidates, companies or matches notes a row in
// catalogue_changes (triggers, db/migrations/0008 and 0014). A stamp is that log's state for the
// subjects a cached answer read: while it holds, nothing the answer depends on has changed.

export type CatalogueSubject = "jobs" | "candidates" | "companies" | "matches";

type LogState = Map<string, { n: string; last: string }>;

async function readLog(db: Db): Promise<LogState> {
  const rows = await queryRows<{ subject: string; n: string; last: string | null }>(
    db,
    sql`select subject, count(*)::text as n, max(id)::text as last from ${catalogueChanges} group by subject`,
  );
  return new Map(rows.map((r) => [r.subject, { n: r.n, last: r.last ?? "0" }]));
}

function stampOf(state: LogState, subjects: readonly CatalogueSubject[]): string {
  // Counting too catches a change committed after a later-numbered one.
  return subjects.map((s) => `${s}:${state.get(s)?.n ?? 0}:${state.get(s)?.last ?? 0}`).join("|");
}

/** The stamp of `subjects`, read now. */
export async function catalogueStamp(db: Db, subjects: readonly CatalogueSubject[]): Promise<string> {
  return stampOf(await readLog(db), subjects);
}

/** How long a stamp read by this process is trusted when this process has written nothing since. */
export const stampMemoMs = 1_000;
type Memo = { db: Db; state: LogState; at: number; writes: number };
const store = globalThis as unknown as { __hireflowStampMemo?: Memo };

/**
 * The stamp of `subjects` for in-process caches: read again when this process has written
 * anything since the last read, and at least every second, so a change made here counts on the
 * next request and one made by another process within a second.
 */
export async function recentStamp(db: Db, subjects: readonly CatalogueSubject[]): Promise<string> {
  const writes = writesSeen();
  const memo = store.__hireflowStampMemo;
  if (memo && memo.db === db && memo.writes === writes && Date.now() - memo.at < stampMemoMs) return stampOf(memo.state, subjects);
  const state = await readLog(db);
  store.__hireflowStampMemo = { db, state, at: Date.now(), writes };
  return stampOf(state, subjects);
}
