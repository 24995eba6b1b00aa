import { and, eq, inArray, sql } from "drizzle-orm";
import type { Db } from "@/db";
import { candidates, candidateSourceLinks, jobSourceLinks, placements } from "@/db/schema";
import type { LamodaPlacement } from "@/lib/sources";
import type { CanonicalCandidate } from "./canonical";
import { contentHashOf } from "./dedupe-keys";
import type { LoadContext, LoadCounts } from "./load";

export type CandidateLoadItem = { externalId: string; candidate: CanonicalCandidate };

function candidateColumns(c: CanonicalCandidate, now: Date) {
  return {
    fullName: c.fullName,
    email: c.email?.toLowerCase() ?? null,
    headline: c.headline,
    location: c.location,
    countryCode: c.countryCode,
    skills: c.skills,
    yearsExperience: c.yearsExperience === null ? null : Math.round(c.yearsExperience),
    updatedAt: now,
  };
}

/** Upserts marketplace candidates: same source id updates, same email merges, else inserts. */
export async function loadCandidates(db: Db, ctx: LoadContext, batch: CandidateLoadItem[]): Promise<LoadCounts> {
  const counts: LoadCounts = { inserted: 0, updated: 0, duplicates: 0, unchanged: 0 };
  const items = [...new Map(batch.map((i) => [i.externalId, i])).values()];
  counts.duplicates += batch.length - items.length;
  if (items.length === 0) return counts;
  const links = await db
    .select()
    .from(candidateSourceLinks)
    .where(and(eq(candidateSourceLinks.sourceId, ctx.sourceId), inArray(candidateSourceLinks.externalId, items.map((i) => i.externalId))));
  const linkOf = new Map(links.map((l) => [l.externalId, l]));
  const emails = items.map((i) => i.candidate.email?.toLowerCase()).filter((e): e is string => !!e);
  const byEmail = new Map(
    (emails.length ? await db.select({ id: candidates.id, email: candidates.email }).from(candidates).where(inArray(candidates.email, emails)) : []).map((r) => [r.email!, r.id]),
  );
  for (const { externalId, candidate } of items) {
    const hash = contentHashOf(candidate);
    const link = linkOf.get(externalId);
    if (link) {
      if (link.contentHash === hash) counts.unchanged += 1;
      else {
        counts.updated += 1;
        await db.update(candidates).set(candidateColumns(candidate, ctx.now)).where(eq(candidates.id, link.candidateId));
      }
      await db.update(candidateSourceLinks).set({ contentHash: hash, lastSeenAt: ctx.now }).where(eq(candidateSourceLinks.id, link.id));
      continue;
    }
    let candidateId = candidate.email ? byEmail.get(candidate.email.toLowerCase()) : undefined;
    if (candidateId) counts.duplicates += 1;
    else {
      const [row] = await db.insert(candidates).values({ ...candidateColumns(candidate, ctx.now), createdAt: ctx.now }).returning({ id: candidates.id });
      candidateId = row.id;
      if (candidate.email) byEmail.set(candidate.email.toLowerCase(), row.id);
      counts.inserted += 1;
    }
    await db.insert(candidateSourceLinks).values({ candidateId, sourceId: ctx.sourceId, externalId, contentHash: hash, lastSeenAt: ctx.now }).onConflictDoNothing();
  }
  return counts;
}

/** Upserts marketplace placements, resolving their job and candidate through the source links. */
export async function loadPlacements(db: Db, ctx: LoadContext, batch: LamodaPlacement[]): Promise<number> {
  if (batch.length === 0) return 0;
  const jobLinks = await db
    .select({ externalId: jobSourceLinks.externalId, jobId: jobSourceLinks.jobId })
    .from(jobSourceLinks)
    .where(and(eq(jobSourceLinks.sourceId, ctx.sourceId), inArray(jobSourceLinks.externalId, batch.map((p) => p.job_id))));
  const candidateLinks = await db
    .select({ externalId: candidateSourceLinks.externalId, candidateId: candidateSourceLinks.candidateId })
    .from(candidateSourceLinks)
    .where(and(eq(candidateSourceLinks.sourceId, ctx.sourceId), inArray(candidateSourceLinks.externalId, batch.map((p) => p.candidate_id))));
  const jobOf = new Map(jobLinks.map((l) => [l.externalId, l.jobId]));
  const candidateOf = new Map(candidateLinks.map((l) => [l.externalId, l.candidateId]));
  const rows = [...new Map(batch.map((p) => [p.id, p])).values()].map((p) => ({
    sourceId: ctx.sourceId,
    externalId: p.id,
    jobId: jobOf.get(p.job_id) ?? null,
    candidateId: candidateOf.get(p.candidate_id) ?? null,
    status: p.status,
    updatedAt: new Date(p.updated_at),
  }));
  await db
    .insert(placements)
    .values(rows)
    .onConflictDoUpdate({
      target: [placements.sourceId, placements.externalId],
      set: { status: sql`excluded.status`, jobId: sql`coalesce(excluded.job_id, ${placements.jobId})`, candidateId: sql`coalesce(excluded.candidate_id, ${placements.candidateId})`, updatedAt: sql`excluded.updated_at` },
    });
  return rows.length;
}
