import { sql } from "drizzle-orm";
import type { Db } from "@/db";
import { uuidArray } from "@/db/arrays";
import { queryRows } from "@/db/rows";

/** Recounts open jobs for the given companies; returns the new counts by company id. */
export async function recountOpenJobs(db: Db, companyIds: string[]): Promise<Record<string, number>> {
  if (companyIds.length === 0) return {};
  const rows = await queryRows<{ company_id: string; open: number | string }>(
    db,
    sql`select company_id, count(*) as open from jobs where company_id = any(${uuidArray(companyIds)}) and status = 'open' group by company_id`,
  );
  const counts: Record<string, number> = Object.fromEntries(companyIds.map((id) => [id, 0]));
  for (const row of rows) counts[row.company_id] = Number(row.open);
  // One statement for all companies: a full sync touches thousands, one update each was minutes.
  // Rows are locked first in name order, the order catalogue loads lock them in (lib/etl/load.ts),
  // so a recount and a load never wait on each other in a circle.
  await db.transaction(async (transaction) => {
    const tx = transaction as unknown as Db;
    await tx.execute(sql`select id from companies where id = any(${uuidArray(companyIds)}) order by normalized_name for no key update`);
    await tx.execute(sql`
      update companies c set open_jobs_count = r.open::integer, updated_at = ${new Date().toISOString()}::timestamptz
      from jsonb_each_text(${JSON.stringify(counts)}::jsonb) as r(id, open)
      where c.id = r.id::uuid`);
  });
  return counts;
}
