import { and, eq, or, sql } from "drizzle-orm";
import type { Db } from "@/db";
import { queryRows } from "@/db/rows";
import { candidateDuplicates, candidates, type DuplicateReason, type User } from "@/db/schema";
import { NotFoundError } from "@/lib/errors";
import { can } from "@/lib/auth/roles";

/**
 * Flags every profile that looks like one of `candidateIds`: same e-mail, same phone key, or the
 * same name with the same resume text. Open flags of these candidates are recomputed (a changed
 * e-mail drops its flag); dismissed ones stay dismissed.
 */
export async function detectDuplicates(db: Db, candidateIds: string[]): Promise<number> {
  if (candidateIds.length === 0) return 0;
  const ids = sql`(${sql.join(candidateIds.map((id) => sql`${id}::uuid`), sql`, `)})`;
  await db.delete(candidateDuplicates).where(
    and(eq(candidateDuplicates.status, "open"), or(sql`${candidateDuplicates.candidateId} in ${ids}`, sql`${candidateDuplicates.duplicateId} in ${ids}`)),
  );
  const rows = await queryRows<{ n: number }>(
    db,
    sql`
    with pairs as (
      select a.id as a, b.id as b, 'email' as reason from candidates a join candidates b on b.email = a.email and b.id <> a.id
        where a.id in ${ids} and a.email is not null
      union all
      select a.id, b.id, 'phone' from candidates a join candidates b on b.phone_key = a.phone_key and b.id <> a.id
        where a.id in ${ids} and a.phone_key is not null
      union all
      select a.id, b.id, 'name_resume' from candidates a
        join resumes ra on ra.candidate_id = a.id
        join resumes rb on rb.text = ra.text and rb.candidate_id <> a.id
        join candidates b on b.id = rb.candidate_id and lower(b.full_name) = lower(a.full_name)
        where a.id in ${ids} and length(trim(ra.text)) > 0
    ), grouped as (
      select least(a, b) as candidate_id, greatest(a, b) as duplicate_id, array_agg(distinct reason order by reason) as reasons from pairs group by 1, 2
    ), inserted as (
      insert into candidate_duplicates (candidate_id, duplicate_id, reasons)
      select candidate_id, duplicate_id, reasons from grouped
      on conflict (candidate_id, duplicate_id) do nothing
      returning 1
    )
    select count(*)::int as n from inserted`,
  );
  return Number(rows[0]?.n ?? 0);
}

export type DuplicateView = {
  id: string;
  candidateId: string;
  otherId: string;
  otherName: string;
  otherEmail: string | null;
  otherTitle: string | null;
  reasons: DuplicateReason[];
  status: string;
  createdAt: Date;
};

/** The profiles flagged as possibly the same person as `candidateId`, open ones first. */
export async function listDuplicates(db: Db, actor: User, candidateId: string, options: { includeDismissed?: boolean } = {}): Promise<DuplicateView[]> {
  if (!can(actor.role, "candidates:manage")) throw new NotFoundError("Candidate");
  const [exists] = await db.select({ id: candidates.id }).from(candidates).where(eq(candidates.id, candidateId));
  if (!exists) throw new NotFoundError("Candidate");
  const other = sql<string>`case when ${candidateDuplicates.candidateId} = ${candidateId} then ${candidateDuplicates.duplicateId} else ${candidateDuplicates.candidateId} end`;
  const rows = await db
    .select({
      id: candidateDuplicates.id,
      otherId: candidates.id,
      otherName: candidates.fullName,
      otherEmail: candidates.email,
      otherTitle: candidates.headline,
      reasons: candidateDuplicates.reasons,
      status: candidateDuplicates.status,
      createdAt: candidateDuplicates.createdAt,
    })
    .from(candidateDuplicates)
    .innerJoin(candidates, eq(candidates.id, other))
    .where(
      and(
        or(eq(candidateDuplicates.candidateId, candidateId), eq(candidateDuplicates.duplicateId, candidateId)),
        options.includeDismissed ? undefined : eq(candidateDuplicates.status, "open"),
      ),
    )
    .orderBy(candidateDuplicates.status, candidates.fullName);
  return rows.map((r) => ({ ...r, candidateId }));
}

/** Marks the flag between two profiles as "not the same person"; it is not raised again. */
export async function dismissDuplicate(db: Db, actor: User, input: { candidateId: string; duplicateId: string }) {
  if (!can(actor.role, "candidates:manage")) throw new NotFoundError("Duplicate flag");
  const [a, b] = [input.candidateId, input.duplicateId].sort();
  const [row] = await db
      .update(candidateDuplicates)
      .set({ status: "dismissed", resolvedBy: actor.id, resolvedAt: new Date() })
      .where(and(eq(candidateDuplicates.candidateId, a), eq(candidateDuplicates.duplicateId, b)))
      .returning({ id: candidateDuplicates.id });
  if (!row) throw new NotFoundError("Duplicate flag");
  return { id: row.id, status: "dismissed" as const };
}
