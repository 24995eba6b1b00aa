import { eq, sql, type SQL } from "drizzle-orm";
import type { Db } from "@/db";
import { candidates, companies, jobs, matches } from "@/db/schema";
import { matchListColumns, type MatchListItem, type MatchListQuery } from "./queries";

// The best few matches of many jobs (or many candidates) in one query: a lateral index scan per
// id, so a page of 50 jobs with their top matches costs one statement, not one per job.

export type TopMatchesOptions = Pick<MatchListQuery, "min_score" | "status"> & { limit: number };

const sides = {
  // The same orders as the REST listings (lib/matching/queries.ts), each served by its index.
  job: { column: sql.raw("job_id"), order: sql.raw("score desc nulls last, id") },
  candidate: { column: sql.raw("candidate_id"), order: sql.raw("rank_score desc nulls last, score desc nulls last, id") },
};

/** Each id's top `limit` matches on open jobs, best first, grouped by the job (or candidate) id. */
export async function topMatchesFor(db: Db, side: keyof typeof sides, ids: readonly string[], options: TopMatchesOptions): Promise<Map<string, MatchListItem[]>> {
  const grouped = new Map<string, MatchListItem[]>(ids.map((id) => [id, []]));
  if (ids.length === 0) return grouped;
  const { column, order } = sides[side];
  const extra: SQL[] = [];
  if (options.min_score !== undefined) extra.push(sql` and score >= ${options.min_score}`);
  if (options.status) extra.push(sql` and status = ${options.status}`);
  const idList = sql.join(
    ids.map((id) => sql`${id}`),
    sql`, `,
  );
  const best = sql`select m.id from unnest(array[${idList}]::uuid[]) as k(id) cross join lateral (select id from matches where ${column} = k.id and job_open${sql.join(extra)} order by ${order} limit ${options.limit}) m`;
  const rows = await db
    .select({ ...matchListColumns, rankScore: matches.rankScore })
    .from(matches)
    .innerJoin(jobs, eq(jobs.id, matches.jobId))
    .innerJoin(candidates, eq(candidates.id, matches.candidateId))
    .leftJoin(companies, eq(companies.id, jobs.companyId))
    .where(sql`${matches.id} in (${best})`);
  const byScore = (a: { score: number | null; id: string }, b: { score: number | null; id: string }) => (b.score ?? -1) - (a.score ?? -1) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const byRank = (a: (typeof rows)[number], b: (typeof rows)[number]) => (b.rankScore ?? -Infinity) - (a.rankScore ?? -Infinity) || byScore(a, b);
  rows.sort(side === "job" ? byScore : byRank);
  for (const { rankScore: _rank, ...row } of rows) grouped.get(side === "job" ? row.jobId : row.candidateId)?.push(row);
  return grouped;
}
