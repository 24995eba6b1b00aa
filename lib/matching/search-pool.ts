import { and, eq, gte, or, sql, type SQL } from "drizzle-orm";
import type { Db } from "@/db";
import { queryRows } from "@/db/rows";
import { candidates, companies, jobs } from "@/db/schema";
import type { EmploymentType, SeniorityLevel } from "@/lib/jobs/vocabulary";
import type { SkillRequirement } from "@/lib/skills/levels";
import type { SkillLevel } from "@/lib/skills/levels";
import { locationText, salaryTop } from "@/lib/jobs/queries";

// The database half of the text searches: full-text search over jobs.search_vector (GIN) picks a
// pool, cheapest signals first; only the pool is ranked by ts_rank and read in full.
//
// The pool is bounded whatever the catalogue's size: the planner's statistics (pg_stats on the
// vector and on candidates.skills) say how many rows each term hits, and only terms that together
// hit at most HIT_BUDGET rows select hits on their own ("anchors"); the broad ones ("Python", "SQL"
// hit ~40 % of jobs) select only in pairs (AND), and still count towards the order. So a search reads
// at most HIT_CAP hits, never every job that mentions Python. Without statistics (a database never
// analyzed) every term selects, as the estimates cannot tell broad from rare; HIT_CAP still bounds it.

/** Jobs the full-text stage hands to the structured re-ranking. */
export const POOL_SIZE = 300;
/** total_matches counts matching jobs up to this many. */
export const TOTAL_CAP = 10_000;
/** Estimated rows the terms that select on their own may hit together. */
export const HIT_BUDGET = 1_000;
/** Most hits a pool reads before ordering them, whatever the estimates say. */
export const HIT_CAP = 2_000;
/** The same for the JD search's candidates: only the best `limit` of them are shown, and their rows are wide too. */
export const CANDIDATE_HIT_BUDGET = 500;
export const CANDIDATE_HIT_CAP = 1_000;

/** How many rows a term hits, as a share of `rows` (null: no statistics). */
export type TermShares = { rows: number; shares: number[] };

/**
 * Which terms select hits. The rarest select on their own while their estimated hits fit `budget`
 * (`anyOf`); the broad rest select in pairs (`allOf`: both terms; the rarest pairs first, while the
 * estimate, taking terms as independent, still fits the budget). When even the rarest term alone
 * hits more than the budget and no pair fits, the rarest terms ANDed until the estimate fits are the
 * one group. When bounded, `together` (the title's words) selects too, all of them in one group, if
 * rare enough. `bounded` says some terms no longer select on their own, so the hits are not all the
 * text matches; `estimatedHits` is the estimate of all of them.
 */
export type TermPlan = { anyOf: string[]; allOf: string[][]; bounded: boolean; estimatedHits: number | null };

/** Broad terms paired at most: the pairs of the rarest few. */
const PAIRED_TERMS = 6;

export function planTerms(terms: readonly string[], stats: TermShares | null, budget = HIT_BUDGET, together?: { terms: readonly string[]; shares: readonly number[] }): TermPlan {
  if (!stats || terms.length === 0) return { anyOf: [...terms], allOf: [], bounded: false, estimatedHits: null };
  const estimated = terms.map((term, i) => ({ term, share: Math.min(1, Math.max(0, stats.shares[i] ?? 0)), i })).sort((a, b) => a.share - b.share || a.i - b.i);
  const estimatedHits = Math.round(stats.rows * (1 - estimated.reduce((none, t) => none * (1 - t.share), 1)));
  const anyOf: string[] = [];
  let hits = 0;
  let next = 0;
  for (; next < estimated.length && hits + estimated[next].share * stats.rows <= budget; next++) {
    anyOf.push(estimated[next].term);
    hits += estimated[next].share * stats.rows;
  }
  if (next === estimated.length) return { anyOf, allOf: [], bounded: false, estimatedHits };
  const broad = estimated.slice(next, next + PAIRED_TERMS);
  const pairs = broad
    .flatMap((a, i) => broad.slice(i + 1).map((b) => ({ terms: [a.term, b.term], hits: a.share * b.share * stats.rows })))
    .sort((x, y) => x.hits - y.hits);
  const allOf: string[][] = [];
  for (const pair of pairs) {
    if (hits + pair.hits > budget) break;
    allOf.push(pair.terms);
    hits += pair.hits;
  }
  if (anyOf.length === 0 && allOf.length === 0) {
    // Every term and pair is broad: AND the rarest until the estimate fits (HIT_CAP stops the read).
    const group: string[] = [];
    let together = stats.rows;
    for (const t of estimated) {
      if (group.length >= 2 && together <= budget) break;
      group.push(t.term);
      together *= t.share;
    }
    allOf.push(group);
  }
  // The searcher's own words together (a title's: "qa automation engineer") when they are rare enough.
  if (together && together.terms.length > 0 && together.shares.reduce((n, share) => n * share, stats.rows) <= budget) allOf.push([...together.terms]);
  return { anyOf, allOf, bounded: true, estimatedHits };
}

/** Planner statistics for the words of `terms` in jobs.search_vector: the commonest word of a term bounds its hits. */
async function jobTermShares(db: Db, terms: readonly string[]): Promise<TermShares | null> {
  if (terms.length === 0) return null;
  // For a tsvector the frequencies end with their minimum and maximum; a word not listed is rarer than the minimum.
  const rows = await queryRows<{ rows: number | string; shares: Array<number | string> | null }>(
    db,
    sql`with s as (
          select most_common_elems::text::text[] as elems, most_common_elem_freqs as freqs from pg_stats
          where schemaname = current_schema() and tablename = 'jobs' and attname = 'search_vector' and most_common_elems is not null limit 1)
        select (select reltuples::float8 from pg_class where oid = to_regclass('jobs')) as rows,
          array(select coalesce((select min(coalesce(s.freqs[array_position(s.elems, w)], s.freqs[array_length(s.freqs, 1) - 1]))
                                 from unnest(tsvector_to_array(to_tsvector('simple', t.term))) w), 0)::float8
                from unnest(${textArray(terms)}) with ordinality t(term, ord) order by t.ord) as shares
        from s`,
  );
  return sharesOf(rows[0]);
}

/** Planner statistics for skills in candidates.skills (array statistics end with minimum, maximum and null share). */
async function candidateSkillShares(db: Db, skills: readonly string[]): Promise<TermShares | null> {
  if (skills.length === 0) return null;
  const rows = await queryRows<{ rows: number | string; shares: Array<number | string> | null }>(
    db,
    sql`with s as (
          select most_common_elems::text::text[] as elems, most_common_elem_freqs as freqs from pg_stats
          where schemaname = current_schema() and tablename = 'candidates' and attname = 'skills' and most_common_elems is not null limit 1)
        select (select reltuples::float8 from pg_class where oid = to_regclass('candidates')) as rows,
          array(select coalesce(s.freqs[array_position(s.elems, t.skill)], s.freqs[array_length(s.freqs, 1) - 2])::float8
                from unnest(${textArray(skills)}) with ordinality t(skill, ord) order by t.ord) as shares
        from s`,
  );
  return sharesOf(rows[0]);
}

function sharesOf(row: { rows: number | string; shares: Array<number | string> | null } | undefined): TermShares | null {
  const rows = Number(row?.rows ?? 0);
  if (!row?.shares || !(rows > 0)) return null;
  return { rows, shares: row.shares.map(Number) };
}

function textArray(values: readonly string[]): SQL {
  return sql`array[${sql.join(
    values.map((v) => sql`${v}`),
    sql`, `,
  )}]::text[]`;
}

export type PoolFilters = {
  location?: string;
  /** The searcher's country: remote jobs there pass the location filter too. */
  countryCode?: string | null;
  remote?: boolean;
  internshipOnly?: boolean;
  level?: SeniorityLevel;
  minSalary?: number;
  employmentType?: EmploymentType;
};

const seniorityWords = new Set(["senior", "junior", "lead", "principal", "staff", "head", "middle", "mid", "intern", "sr", "jr", "the", "and", "for", "with", "of", "in", "at", "a", "an", "to", "ii", "iii"]);

/**
 * The words full-text search looks for: each skill as one term (its words together), and the
 * title's words without seniority or filler. One- and two-letter terms ("C", "R", "Go") match too
 * much prose to pick a pool; the structured score still sees those skills.
 */
export function searchTerms(skills: readonly string[], title: string | null): SearchTerms {
  const skillTerms = new Set<string>();
  for (const skill of skills) if (skill.replace(/[^\p{L}\p{N}]/gu, "").length >= 3) skillTerms.add(skill.toLowerCase());
  const titleTerms = (title ?? "")
    .toLowerCase()
    .split(/[^\p{L}\p{N}+#.]+/u)
    .filter((word) => word.length >= 2 && !seniorityWords.has(word));
  const rank = [...new Set([...skillTerms, ...titleTerms])].slice(0, 24);
  // Title words pick the pool only when the text names few skills: "engineer" matches half the catalogue.
  const pool = skillTerms.size >= 3 ? [...skillTerms].slice(0, 24) : rank;
  return { pool, rank, title: [...new Set(titleTerms)].slice(0, 8) };
}

/** Terms that pick the pool, the (wider) terms that rank it, and the title's words (all of them together also pick when the pool is bounded). */
export type SearchTerms = { pool: string[]; rank: string[]; title: string[] };

function tsQuery(terms: readonly string[]): SQL {
  return sql.join(
    terms.map((t) => sql`plainto_tsquery('simple', ${t})`),
    sql` || `,
  );
}

/** The query that selects hits: any of the plan's rare terms, or all of its broad ones. */
function selectingQuery(plan: TermPlan): SQL {
  const parts = plan.anyOf.map((t) => sql`plainto_tsquery('simple', ${t})`);
  for (const group of plan.allOf)
    parts.push(
      sql`(${sql.join(
        group.map((t) => sql`plainto_tsquery('simple', ${t})`),
        sql` && `,
      )})`,
    );
  return sql.join(parts, sql` || `);
}

/** How many of `skills` the array column lists: one containment test each, no subquery per row. */
function sharedSkills(column: SQL, skills: readonly string[]): SQL {
  if (skills.length === 0) return sql`0::int`;
  return sql.join(
    skills.slice(0, 24).map((s) => sql`(${column} @> array[${s}]::text[])::int`),
    sql` + `,
  );
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** The searcher's filters (open status apart). */
function poolConditions(filters: PoolFilters): SQL[] {
  const where: SQL[] = [];
  if (filters.location) {
    const place = sql`${locationText} ilike ${`%${escapeLike(filters.location)}%`}`;
    const country = filters.location.length === 2 ? eq(jobs.countryCode, filters.location.toUpperCase()) : undefined;
    const remoteThere = filters.countryCode ? and(eq(jobs.remote, true), eq(jobs.countryCode, filters.countryCode)) : undefined;
    where.push(or(place, country, remoteThere)!);
  }
  if (filters.remote !== undefined) where.push(eq(jobs.remote, filters.remote));
  if (filters.internshipOnly) where.push(eq(jobs.internship, true));
  if (filters.level) where.push(eq(jobs.level, filters.level));
  if (filters.minSalary !== undefined) where.push(gte(salaryTop, filters.minSalary));
  if (filters.employmentType) where.push(eq(jobs.employmentType, filters.employmentType));
  return where;
}

export type PoolJob = {
  id: string;
  title: string;
  companyId: string | null;
  companyName: string | null;
  locationDisplay: string | null;
  city: string | null;
  region: string | null;
  countryCode: string | null;
  remote: boolean;
  employmentType: EmploymentType | null;
  level: SeniorityLevel | null;
  internship: boolean;
  salaryMin: number | null;
  salaryMax: number | null;
  salaryCurrency: string | null;
  salaryPredicted: boolean;
  skills: string[];
  skillRequirements: SkillRequirement[];
  experienceYearsMin: number | null;
  status: "open" | "expired" | "closed";
  postedAt: Date | null;
  textRank: number;
};

type RawPoolJob = Omit<PoolJob, "postedAt" | "textRank"> & { postedAt: string | Date | null; textRank: number | string };

/** The pool's size, and the budget and cap on the hits it reads (tests and the bench vary them). */
export type PoolLimits = { poolSize?: number; budget?: number; cap?: number };

/** A pool and how many jobs match in all; `totalIsEstimate` when the pool read only part of the matches (see planTerms). */
export type JobPoolResult = { total: number; totalIsEstimate: boolean; jobs: PoolJob[] };

/**
 * Open jobs whose text shares a term with the search, at most POOL_SIZE of them: those listing the
 * most of the searched skills first, then the newest, among at most HIT_CAP hits chosen by planTerms.
 * `total` counts the matching jobs up to TOTAL_CAP: exact when every hit was read, else estimated
 * from the statistics (the share of read hits passing the filters times the terms' estimated hits).
 */
export async function jobPool(db: Db, terms: SearchTerms, skills: readonly string[], filters: PoolFilters, limits: PoolLimits = {}): Promise<JobPoolResult> {
  if (terms.pool.length === 0) return { total: 0, totalIsEstimate: false, jobs: [] };
  const { poolSize = POOL_SIZE, budget = HIT_BUDGET, cap = HIT_CAP } = limits;
  const titleWords = terms.title.filter((w) => !terms.pool.includes(w));
  const stats = await jobTermShares(db, [...terms.pool, ...titleWords]);
  const n = terms.pool.length;
  const plan = planTerms(terms.pool, stats && { rows: stats.rows, shares: stats.shares.slice(0, n) }, budget, stats ? { terms: titleWords, shares: stats.shares.slice(n) } : undefined);
  const conditions = poolConditions(filters);
  const kept = conditions.length > 0 ? sql`(${and(...conditions)}) is true` : sql`true`;
  // `is true` keeps status off its index: on status (nearly every job) the planner would scan and
  // test each job's TOASTed vector; the GIN bitmap answers the query's plain lexemes without reading
  // any. The filters are a column, not a condition, so the hits read tell how selective they are.
  const rows = await db.transaction(async (tx) => {
    await tx.execute(sql`set local enable_seqscan = off`);
    return queryRows<RawPoolJob & { seen: number | string; kept: number | string }>(
      tx,
      sql`with hits as materialized (
            select ${jobs.id} as id, ${jobs.skills} as skills, ${jobs.postedAt} as posted_at, ${kept} as kept from ${jobs}
            where ${jobs.searchVector} @@ (${selectingQuery(plan)}) and (${eq(jobs.status, "open")}) is true
            limit ${cap}),
          counts as (select count(*) as seen, count(*) filter (where kept) as kept from hits),
          picked as materialized (
            select id from hits where kept
            order by ${sharedSkills(sql`skills`, skills)} desc, posted_at desc nulls last, id
            limit ${poolSize})
          select j.id, j.title, j.company_id as "companyId", c.name as "companyName", j.location_display as "locationDisplay", j.city, j.region,
            j.country_code as "countryCode", j.remote, j.employment_type as "employmentType", j.level, j.internship, j.salary_min as "salaryMin",
            j.salary_max as "salaryMax", j.salary_currency as "salaryCurrency", j.salary_predicted as "salaryPredicted", j.skills,
            j.skill_requirements as "skillRequirements", j.experience_years_min as "experienceYearsMin", j.status, j.posted_at as "postedAt",
            ts_rank(j.search_vector, ${tsQuery(terms.rank)}) as "textRank", n.seen, n.kept
          from counts n left join picked p on true left join ${jobs} j on j.id = p.id left join ${companies} c on c.id = j.company_id`,
    );
  });
  const seen = Number(rows[0]?.seen ?? 0);
  const passing = Number(rows[0]?.kept ?? 0);
  const partial = plan.bounded || seen >= cap;
  const estimate = partial && seen > 0 ? Math.round(((plan.estimatedHits ?? seen) * passing) / seen) : passing;
  return {
    total: Math.min(TOTAL_CAP, Math.max(passing, estimate)),
    totalIsEstimate: partial,
    jobs: rows
      .filter((r) => r.id !== null)
      .map(({ seen: _s, kept: _k, ...r }) => ({ ...r, postedAt: r.postedAt === null ? null : new Date(r.postedAt), textRank: Number(r.textRank) })),
  };
}

export type PoolCandidate = {
  id: string;
  fullName: string;
  headline: string | null;
  location: string | null;
  city: string | null;
  region: string | null;
  countryCode: string | null;
  skills: string[];
  skillLevels: Record<string, SkillLevel>;
  yearsExperience: number | null;
  salaryExpectation: number | null;
  salaryCurrency: string | null;
};

/**
 * Candidates who list any of `skills` (GIN on candidates.skills), those sharing the most first, among
 * at most CANDIDATE_HIT_CAP who list a rare one of them or a pair of broad ones (planTerms, on the column's statistics).
 */
export async function candidatePool(db: Db, skills: readonly string[], limits: PoolLimits = {}): Promise<PoolCandidate[]> {
  if (skills.length === 0) return [];
  const { poolSize = POOL_SIZE, budget = CANDIDATE_HIT_BUDGET, cap = CANDIDATE_HIT_CAP } = limits;
  const plan = planTerms(skills, await candidateSkillShares(db, skills), budget);
  const selecting: SQL[] = [];
  if (plan.anyOf.length > 0) selecting.push(sql`${candidates.skills} && ${textArray(plan.anyOf)}`);
  for (const group of plan.allOf) selecting.push(sql`${candidates.skills} @> ${textArray(group)}`);
  return queryRows<PoolCandidate>(
    db,
    sql`with hits as materialized (select ${candidates.id} as id, ${candidates.skills} as skills from ${candidates} where ${or(...selecting)} limit ${cap}),
        picked as materialized (select id, ${sharedSkills(sql`skills`, skills)} as shared from hits order by shared desc, id limit ${poolSize})
        select c.id, c.full_name as "fullName", c.headline, c.location, c.city, c.region, c.country_code as "countryCode", c.skills,
          c.skill_levels as "skillLevels", c.years_experience as "yearsExperience", c.salary_expectation as "salaryExpectation", c.salary_currency as "salaryCurrency"
        from picked p join ${candidates} c on c.id = p.id
        order by p.shared desc, p.id`,
  );
}
