import { sql } from "drizzle-orm";
import type { Db } from "@/db";
import { queryRows } from "@/db/rows";

export type FuzzyProbe = {
  key: string;
  companyId: string;
  title: string;
  description: string;
  countryCode: string | null;
  city: string | null;
  remote: boolean;
  postedAt: Date | null;
};

/** Weighted similarity of title and description opening above which two postings are one job. */
export const fuzzyThreshold = 0.62;
const descriptionPrefix = 400;
/** Reposts and cross-posts of one job appear within days of each other, not months. */
const windowDays = 30;

/**
 * For each probe, the existing job at the same company and place whose title and description
 * are most alike (pg_trgm), when their combined similarity passes the threshold. One query per
 * batch. Place: same country, and the same city unless either side is remote or names none.
 */
export async function findFuzzyDuplicates(db: Db, probes: FuzzyProbe[]): Promise<Map<string, string>> {
  if (probes.length === 0) return new Map();
  const payload = JSON.stringify(
    probes.map((p) => ({
      key: p.key,
      company_id: p.companyId,
      title: p.title,
      descr: p.description.slice(0, descriptionPrefix),
      country: p.countryCode,
      city: p.city?.toLowerCase() ?? null,
      remote: p.remote,
      posted: p.postedAt?.toISOString() ?? null,
    })),
  );
  const rows = await queryRows<{ key: string; job_id: string; score: number }>(
    db,
    sql`
      select distinct on (b.key) b.key, j.id as job_id,
        0.65 * similarity(j.title, b.title) + 0.35 * similarity(left(j.description, ${descriptionPrefix}), b.descr) as score
      from jsonb_to_recordset(${payload}::jsonb) as b(key text, company_id uuid, title text, descr text, country text, city text, remote boolean, posted timestamptz)
      join jobs j on j.company_id = b.company_id and j.title % b.title
      where j.country_code is not distinct from b.country
        and (b.remote or j.remote or b.city is null or j.city is null or lower(j.city) = b.city)
        and (b.posted is null or j.posted_at is null or abs(extract(epoch from (j.posted_at - b.posted))) <= ${windowDays * 86400})
      order by b.key, score desc
    `,
  );
  return new Map(rows.filter((r) => Number(r.score) >= fuzzyThreshold).map((r) => [r.key, r.job_id]));
}
