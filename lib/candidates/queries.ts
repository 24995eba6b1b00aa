import { count, desc, ilike, or, sql } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "@/db";
import { candidates } from "@/db/schema";

export const candidateFiltersSchema = z.object({
  q: z.string().trim().max(200).optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});

export type CandidateFilters = z.infer<typeof candidateFiltersSchema>;

export async function listCandidates(db: Db, filters: CandidateFilters) {
  const like = filters.q ? `%${filters.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : null;
  const where = like
    ? or(ilike(candidates.fullName, like), ilike(candidates.headline, like), sql`${filters.q} ilike any(${candidates.skills})`)
    : undefined;
  const [items, [{ total }]] = await Promise.all([
    db.select().from(candidates).where(where).orderBy(desc(candidates.updatedAt), candidates.fullName, candidates.id).limit(filters.limit).offset((filters.page - 1) * filters.limit),
    db.select({ total: count() }).from(candidates).where(where),
  ]);
  return { items, total, page: filters.page, totalPages: Math.max(1, Math.ceil(total / filters.limit)) };
}
