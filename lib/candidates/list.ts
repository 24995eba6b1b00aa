import { and, desc, gte, sql, type SQL } from "drizzle-orm";
import type { Db } from "@/db";
import { candidates, type User } from "@/db/schema";
import type { PageOf } from "@/lib/http/pagination";
import { visibleCandidates } from "./access";
import { extractSkills } from "@/lib/etl/normalize";
import { canonicalSkill } from "./fields";
import type { CandidateListFilters } from "./input";

const escapeLike = (value: string) => value.replace(/[\\%_]/g, (c) => `\\${c}`);

// Spelled out: inside a selected field drizzle renders a column without its table, which the subquery would capture.
const possibleDuplicate = sql<boolean>`exists (select 1 from candidate_duplicates d where d.status = 'open' and (d.candidate_id = "candidates"."id" or d.duplicate_id = "candidates"."id"))`;

/** What the candidates listing (and its export) shows the actor for these filters. */
export function candidateListConditions(actor: User, filters: Omit<CandidateListFilters, "page" | "limit">): SQL | undefined {
  const where: Array<SQL | undefined> = [visibleCandidates(actor)];
  if (filters.q) {
    const like = `%${escapeLike(filters.q)}%`;
    where.push(
      sql`(${candidates.fullName} ilike ${like} or ${candidates.headline} ilike ${like} or ${candidates.email} ilike ${like} or lower(${filters.q}) = any(select lower(s) from unnest(${candidates.skills}) s))`,
    );
  }
  if (filters.skills.length) {
    const canonical = [...new Set(filters.skills.map(canonicalSkill))];
    const known = canonical.filter((name) => extractSkills(name).length === 1);
    // Taxonomy names are stored exactly as the taxonomy spells them, so the GIN index can narrow on them.
    if (known.length) where.push(sql`${candidates.skills} @> array[${sql.join(known.map((k) => sql`${k}`), sql`, `)}]::text[]`);
    const wanted = [...new Set(canonical.map((s) => s.toLowerCase()))];
    // Every listed skill, whatever its case: counted distinct so a repeated skill counts once.
    where.push(sql`(select count(distinct lower(s)) from unnest(${candidates.skills}) s where lower(s) in (${sql.join(wanted.map((w) => sql`${w}`), sql`, `)})) = ${wanted.length}`);
  }
  if (filters.min_experience !== undefined) where.push(gte(candidates.yearsExperience, filters.min_experience));
  if (filters.location) {
    const like = `%${escapeLike(filters.location)}%`;
    where.push(sql`(${candidates.location} ilike ${like} or ${candidates.city} ilike ${like} or ${candidates.region} ilike ${like} or ${candidates.countryCode} ilike ${filters.location})`);
  }
  if (filters.duplicates) where.push(possibleDuplicate);
  return and(...where);
}

/** The columns a candidates listing shows. */
export const candidateListColumns = {
  id: candidates.id,
  firstName: candidates.firstName,
  lastName: candidates.lastName,
  fullName: candidates.fullName,
  email: candidates.email,
  headline: candidates.headline,
  location: candidates.location,
  countryCode: candidates.countryCode,
  skills: candidates.skills,
  skillLevels: candidates.skillLevels,
  yearsExperience: candidates.yearsExperience,
  updatedAt: candidates.updatedAt,
  possibleDuplicate,
};

/** A page of the candidates the actor may see, newest changes first, with a possible-duplicate flag. */
export async function listCandidates(db: Db, actor: User, filters: CandidateListFilters) {
  const where = candidateListConditions(actor, filters);
  const [items, [{ total }]] = await Promise.all([
    db
      .select(candidateListColumns)
      .from(candidates)
      .where(where)
      .orderBy(desc(candidates.updatedAt), candidates.fullName, candidates.id)
      .limit(filters.limit)
      .offset((filters.page - 1) * filters.limit),
    db.select({ total: sql<number>`count(*)::int` }).from(candidates).where(where),
  ]);
  const page: PageOf<(typeof items)[number]> = { items, page: filters.page, limit: filters.limit, total: Number(total), totalIsEstimate: false, nextCursor: null };
  return page;
}

export type CandidateListItem = Awaited<ReturnType<typeof listCandidates>>["items"][number];
