import { eq, sql } from "drizzle-orm";
import type { Db } from "@/db";
import { syncRuns, type SyncCounts, type SyncError } from "@/db/schema";

export type CountsDelta = Partial<SyncCounts> & { unchanged?: number };

const maxStoredErrors = 50;

/** Adds to a run's counters in one statement, so concurrent progress never loses an update. */
export async function addRunCounts(db: Db, runId: string, delta: CountsDelta, timingsMs: Record<string, number> = {}) {
  const d = JSON.stringify(delta);
  const t = JSON.stringify(timingsMs);
  await db
    .update(syncRuns)
    .set({
      counts: sql`(select coalesce(jsonb_object_agg(k, coalesce((${syncRuns.counts}->>k)::bigint, 0) + coalesce((${d}::jsonb->>k)::bigint, 0)), '{}'::jsonb) from jsonb_object_keys(${syncRuns.counts} || ${d}::jsonb) as k)`,
      timings: sql`(select coalesce(jsonb_object_agg(k, coalesce((${syncRuns.timings}->>k)::bigint, 0) + coalesce((${t}::jsonb->>k)::bigint, 0)), '{}'::jsonb) from jsonb_object_keys(${syncRuns.timings} || ${t}::jsonb) as k)`,
    })
    .where(eq(syncRuns.id, runId));
}

/** Overwrites some of a run's counters: for totals recomputed from stored rows, exact under retry. */
export async function setRunCounts(db: Db, runId: string, values: CountsDelta) {
  await db
    .update(syncRuns)
    .set({ counts: sql`${syncRuns.counts} || ${JSON.stringify(values)}::jsonb` })
    .where(eq(syncRuns.id, runId));
}

/** Sums the per-chunk counts a run's steps returned. */
export function sumCounts(parts: ReadonlyArray<CountsDelta>): Required<Omit<CountsDelta, "fetched" | "expired">> {
  const total = { transformed: 0, failed: 0, inserted: 0, updated: 0, duplicates: 0, unchanged: 0 };
  for (const part of parts) for (const key of Object.keys(total) as Array<keyof typeof total>) total[key] += part[key] ?? 0;
  return total;
}

/** Appends errors to the run's visible list, keeping the first few dozen. */
export async function addRunErrors(db: Db, runId: string, errors: SyncError[]) {
  if (errors.length === 0) return;
  await db
    .update(syncRuns)
    .set({
      errors: sql`(select coalesce(jsonb_agg(e), '[]'::jsonb) from (select e from jsonb_array_elements(${syncRuns.errors} || ${JSON.stringify(errors)}::jsonb) as e limit ${maxStoredErrors}) x)`,
    })
    .where(eq(syncRuns.id, runId));
}
