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

/** Jobs the full-text stage hands to the structured re-ranking. */
export const POOL_SIZE = 300;
/** total_matches counts matching jobs up to this many. */
export const TOTAL_CAP = 10_000;

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
  return { pool, rank };
}

/** Terms that pick the pool, and the (wider) terms that rank it. */
export type SearchTerms = { pool: string[]; rank: string[] };

function tsQuery(terms: readonly string[]): SQL {
  return sql.join(
    terms.map((t) => sql`plainto_tsquery('simple', ${t})`),
    sql` || `,
  );
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

function poolConditions(filters: PoolFilters): SQL[] {
  const where: SQL[] = [eq(jobs.status, "open")];
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

/**
 * Open jobs whose text shares a term with the search, at most POOL_SIZE of them: those listing
 * the most of the searched skills first, then the newest. `total` counts the jobs that matched, up to TOTAL_CAP.
 */
export async function jobPool(db: Db, terms: SearchTerms, skills: readonly string[], filters: PoolFilters, poolSize = POOL_SIZE): Promise<{ total: number; jobs: PoolJob[] }> {
  if (terms.pool.length === 0) return { total: 0, jobs: [] };
  const query = tsQuery(terms.pool);
  // `is true` keeps the filters off their indexes: on status (nearly every job) the planner would
  // scan and test each job's TOASTed vector; the GIN bitmap answers the OR of plain lexemes without
  // reading any, and the window count totals the same scan instead of running it again.
  const where = and(sql`${jobs.searchVector} @@ (${query})`, sql`(${and(...poolConditions(filters))}) is true`);
  // One statement: the pool's ids (materialized, so the ranking is not rewritten into the join), then their rows.
  const rows = await db.transaction(async (tx) => {
    await tx.execute(sql`set local enable_seqscan = off`);
    return queryRows<RawPoolJob & { total: number | string }>(
      tx,
      sql`with picked as materialized (
            select ${jobs.id} as id, count(*) over () as total from ${jobs} where ${where}
            order by ${sharedSkills(sql`${jobs.skills}`, skills)} desc, ${jobs.postedAt} desc nulls last, ${jobs.id}
            limit ${poolSize})
          select j.id, j.title, j.company_id as "companyId", c.name as "companyName", j.location_display as "locationDisplay", j.city, j.region,
            j.country_code as "countryCode", j.remote, j.employment_type as "employmentType", j.level, j.internship, j.salary_min as "salaryMin",
            j.salary_max as "salaryMax", j.salary_currency as "salaryCurrency", j.salary_predicted as "salaryPredicted", j.skills,
            j.skill_requirements as "skillRequirements", j.experience_years_min as "experienceYearsMin", j.status, j.posted_at as "postedAt",
            ts_rank(j.search_vector, ${tsQuery(terms.rank)}) as "textRank", p.total
          from picked p join ${jobs} j on j.id = p.id left join ${companies} c on c.id = j.company_id`,
    );
  });
  const total = Math.min(TOTAL_CAP, Number(rows[0]?.total ?? 0));
  return {
    total,
    jobs: rows.map(({ total: _, ...r }) => ({ ...r, postedAt: r.postedAt === null ? null : new Date(r.postedAt), textRank: Number(r.textRank) })),
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

/** Candidates who list any of `skills` (GIN on candidates.skills), those sharing the most first. */
export async function candidatePool(db: Db, skills: readonly string[], limit = POOL_SIZE): Promise<PoolCandidate[]> {
  if (skills.length === 0) return [];
  const wanted = sql`${`{${skills.map((s) => `"${s.replace(/["\\]/g, "")}"`).join(",")}}`}::text[]`;
  return db
    .select({
      id: candidates.id,
      fullName: candidates.fullName,
      headline: candidates.headline,
      location: candidates.location,
      city: candidates.city,
      region: candidates.region,
      countryCode: candidates.countryCode,
      skills: candidates.skills,
      skillLevels: candidates.skillLevels,
      yearsExperience: candidates.yearsExperience,
      salaryExpectation: candidates.salaryExpectation,
      salaryCurrency: candidates.salaryCurrency,
    })
    .from(candidates)
    .where(sql`${candidates.skills} && ${wanted}`)
    .orderBy(sql`${sharedSkills(sql`${candidates.skills}`, skills)} desc`, candidates.id)
    .limit(limit);
}
