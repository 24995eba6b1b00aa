import { sql } from "drizzle-orm";
import type { Db } from "@/db";
import { jsonRows } from "@/db/json-rows";
import { queryRows } from "@/db/rows";

export type FuzzyProbe = {
  key: string;
  companyId: string;
  /** Normalised (normaliseTitle), compared with the title part of the jobs' dedupe key. */
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
/** Titles less alike than this are different jobs whatever their descriptions say: an extra team word ("Payments" vs "Payments Telecoms") is another opening. */
const minTitleSimilarity = 0.9;
/** Reposts and cross-posts of one job appear within days of each other, not months. */
const windowDays = 30;

/**
 * For each probe, the existing job at the same company and place whose title and description
 * are most alike (pg_trgm), when their combined similarity passes the threshold. Two queries per
 * batch. Place: same country, and the same city unless either side is remote or names none.
 */
export async function findFuzzyDuplicates(db: Db, probes: FuzzyProbe[]): Promise<Map<string, string>> {
  if (probes.length === 0) return new Map();
  // Titles first, without descriptions: most records of a chunk have no close title at their
  // company (every record of a first sync), and their descriptions need not travel or be parsed.
  const close = await queryRows<{ key: string }>(
    db,
    sql`
      select b.key
      from ${probeRows(probes, false)}
      where exists (select 1 from ${closeJobs})`,
  );
  if (close.length === 0) return new Map();
  const closeKeys = new Set(close.map((r) => r.key));
  // Per probe: the company's jobs in the same place (btree on company_id), titles compared
  // first and descriptions only for titles already close, best match only.
  const rows = await queryRows<{ key: string; job_id: string; score: number }>(
    db,
    sql`
      select b.key, m.id as job_id, m.score
      from ${probeRows(
        probes.filter((p) => closeKeys.has(p.key)),
        true,
      )}
      cross join lateral (
        -- The same title at the same company and place within the window is a repost.
        select j.id, case when t.title_sim = 1 then 1 else 0.65 * t.title_sim + 0.35 * similarity(left(j.description, ${descriptionPrefix}), b.descr) end as score
        from ${closeJobs}
        order by score desc
        limit 1
      ) m
    `,
  );
  return new Map(rows.filter((r) => Number(r.score) >= fuzzyThreshold).map((r) => [r.key, r.job_id]));
}

/** The probes as rows `b`, with the opening of each description when `descriptions`. */
function probeRows(probes: FuzzyProbe[], descriptions: boolean) {
  return jsonRows(
    [["key", "text"], ["company_id", "uuid"], ["title", "text"], ["country", "text"], ["city", "text"], ["remote", "boolean"], ["posted", "timestamptz"], ...(descriptions ? ([["descr", "text"]] as const) : [])],
    probes.map((p) => [
      p.key,
      p.companyId,
      p.title,
      p.countryCode,
      p.city?.toLowerCase() ?? null,
      p.remote,
      p.postedAt?.toISOString() ?? null,
      ...(descriptions ? [p.description.slice(0, descriptionPrefix)] : []),
    ]),
    "b",
  );
}

/**
 * The jobs `j` probe `b` may duplicate, with their title similarity `t.title_sim`: same company
 * and place, posted within the window, a close title.
 */
const closeJobs = sql`jobs j
  cross join lateral (select similarity(coalesce(split_part(j.dedupe_key, '|', 1), lower(j.title)), b.title) as title_sim) t
  where j.company_id = b.company_id
    -- A recruiter's own opening is never a sync's duplicate: the sync would rewrite it.
    and j.origin = 'synced'
    and j.country_code is not distinct from b.country
    and (b.remote or j.remote or b.city is null or j.city is null or lower(j.city) = b.city)
    and (b.posted is null or j.posted_at is null or abs(extract(epoch from (j.posted_at - b.posted))) <= ${windowDays * 86400})
    and t.title_sim >= ${minTitleSimilarity}`;
