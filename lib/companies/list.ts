import { and, asc, desc, inArray, sql } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "@/db";
import { companies } from "@/db/schema";
import { cappedCount, pagingSchema, type PageOf } from "@/lib/http/pagination";

export const companyListSchema = z.object({
  q: z.string().trim().max(200).optional().transform((v) => v || undefined),
  page: pagingSchema.shape.page,
  limit: pagingSchema.shape.limit,
});
export type CompanyListFilters = z.infer<typeof companyListSchema>;

const companyColumns = { id: companies.id, name: companies.name, website: companies.website, openJobsCount: companies.openJobsCount, updatedAt: companies.updatedAt };

export type CompanyRow = { id: string; name: string; website: string | null; openJobsCount: number; updatedAt: Date };

const escapeLike = (value: string) => value.replace(/[\\%_]/g, (c) => `\\${c}`);

/** Companies with the most open jobs first; `q` matches part of the name (companies_name_trgm_idx). */
export async function listCompanies(db: Db, filters: CompanyListFilters): Promise<PageOf<CompanyRow>> {
  const where = filters.q ? sql`${companies.name} ilike ${`%${escapeLike(filters.q)}%`}` : undefined;
  const [items, count] = await Promise.all([
    db
      .select(companyColumns)
      .from(companies)
      .where(and(where))
      .orderBy(desc(companies.openJobsCount), asc(companies.name), asc(companies.id))
      .limit(filters.limit)
      .offset((filters.page - 1) * filters.limit),
    cappedCount(db, sql`select 1 from ${companies} where ${where ?? sql`true`}`),
  ]);
  return { items, page: filters.page, limit: filters.limit, total: count.total, totalIsEstimate: count.totalIsEstimate, nextCursor: null };
}

/** These companies' rows, in one query. */
export function companiesByIds(db: Db, ids: readonly string[]): Promise<CompanyRow[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return db.select(companyColumns).from(companies).where(inArray(companies.id, [...ids]));
}

export function companyForApi(c: CompanyRow) {
  return { id: c.id, name: c.name, website: c.website, open_jobs_count: c.openJobsCount, updated_at: c.updatedAt.toISOString() };
}
