import { and, count, eq, inArray } from "drizzle-orm";
import type { Db } from "@/db";
import { companies, jobs } from "@/db/schema";

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
  for (const [id, openJobsCount] of Object.entries(counts)) {
    await db.update(companies).set({ openJobsCount, updatedAt: new Date() }).where(eq(companies.id, id));
  }
  return counts;
}
