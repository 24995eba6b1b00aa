import { and, count, eq, inArray, sql } from "drizzle-orm";
import type { Db } from "@/db";
import { jobs } from "@/db/schema";

/** Recounts open jobs for the given companies; returns the new counts by company id. */
export async function recountOpenJobs(db: Db, companyIds: string[]): Promise<Record<string, number>> {
  if (companyIds.length === 0) return {};
  const rows = await db
    .select({ companyId: jobs.companyId, open: count() })
    .from(jobs)
    .where(and(inArray(jobs.companyId, companyIds), eq(jobs.status, "open")))
    .groupBy(jobs.companyId);
  const counts: Record<string, number> = Object.fromEntries(companyIds.map((id) => [id, 0]));
  for (const row of rows) if (row.companyId) counts[row.companyId] = row.open;
  // One statement for all companies: a full sync touches thousands, one update each was minutes.
  await db.execute(sql`
    update companies c set open_jobs_count = r.open::integer, updated_at = ${new Date().toISOString()}::timestamptz
    from jsonb_each_text(${JSON.stringify(counts)}::jsonb) as r(id, open)
    where c.id = r.id::uuid`);
  return counts;
}
