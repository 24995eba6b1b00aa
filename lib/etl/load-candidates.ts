import { randomUUID } from "node:crypto";
import { and, eq, inArray, sql } from "drizzle-orm";
import type { Db } from "@/db";
import { jsonRows } from "@/db/json-rows";
import { candidates, candidateSourceLinks, jobSourceLinks, placements } from "@/db/schema";
import type { LamodaPlacement } from "@/lib/sources";
import type { CanonicalCandidate } from "./canonical";
import { contentHashOf } from "./dedupe-keys";
import type { LoadContext, LoadCounts } from "./load";
import { detectDuplicates } from "@/lib/candidates/duplicates";
import { splitFullName } from "@/lib/candidates/names";
import { candidatesChanged, candidatesCreated, emit } from "@/lib/events";
import { emitForWebhooks } from "@/lib/webhooks/emit";

export type CandidateLoadItem = { externalId: string; candidate: CanonicalCandidate };

function candidateColumns(c: CanonicalCandidate, now: Date) {
  return {
    fullName: c.fullName,
    ...splitFullName(c.fullName),
    email: c.email?.toLowerCase() ?? null,
    headline: c.headline,
    location: c.location,
    countryCode: c.countryCode,
    skills: c.skills,
    yearsExperience: c.yearsExperience === null ? null : Math.round(c.yearsExperience),
    updatedAt: now,
  };
}

/** Upserts marketplace candidates: same source id updates, same email merges, else inserts. One transaction, set-based. */
export async function loadCandidates(db: Db, ctx: LoadContext, batch: CandidateLoadItem[]): Promise<LoadCounts> {
  const items = [...new Map(batch.map((i) => [i.externalId, i])).values()];
  const repeats = batch.length - items.length;
  if (items.length === 0) return { inserted: 0, updated: 0, duplicates: repeats, unchanged: 0 };
  const counts = await db.transaction((tx) => loadCandidatesInTransaction(tx as unknown as Db, ctx, items));
  return { ...counts, duplicates: counts.duplicates + repeats };
}

async function loadCandidatesInTransaction(db: Db, ctx: LoadContext, items: CandidateLoadItem[]): Promise<LoadCounts> {
  const counts: LoadCounts = { inserted: 0, updated: 0, duplicates: 0, unchanged: 0 };
  const links = await db
    .select()
    .from(candidateSourceLinks)
    .where(and(eq(candidateSourceLinks.sourceId, ctx.sourceId), inArray(candidateSourceLinks.externalId, items.map((i) => i.externalId))));
  const linkOf = new Map(links.map((l) => [l.externalId, l]));
  const emails = [...new Set(items.map((i) => i.candidate.email?.toLowerCase()).filter((e): e is string => !!e))];
  const byEmail = new Map(
    (emails.length ? await db.select({ id: candidates.id, email: candidates.email }).from(candidates).where(inArray(candidates.email, emails)) : []).map((r) => [r.email!, r.id]),
  );

  const rewrites = new Map<string, CanonicalCandidate>();
  const seenLinks: Array<{ id: string; hash: string }> = [];
  const inserts: Array<ReturnType<typeof candidateColumns> & { id: string; createdAt: Date }> = [];
  const newLinks: Array<typeof candidateSourceLinks.$inferInsert> = [];
  for (const { externalId, candidate } of items) {
    const hash = contentHashOf(candidate);
    const link = linkOf.get(externalId);
    if (link) {
      if (link.contentHash === hash) counts.unchanged += 1;
      else {
        counts.updated += 1;
        rewrites.set(link.candidateId, candidate);
      }
      seenLinks.push({ id: link.id, hash });
      continue;
    }
    const email = candidate.email?.toLowerCase();
    let candidateId = email ? byEmail.get(email) : undefined;
    if (candidateId) counts.duplicates += 1;
    else {
      candidateId = randomUUID();
      inserts.push({ ...candidateColumns(candidate, ctx.now), id: candidateId, createdAt: ctx.now });
      if (email) byEmail.set(email, candidateId);
      counts.inserted += 1;
    }
    newLinks.push({ candidateId, sourceId: ctx.sourceId, externalId, contentHash: hash, lastSeenAt: ctx.now });
  }

  if (rewrites.size) {
    const rows = jsonRows(
      [["id", "uuid"], ["full_name", "text"], ["first_name", "text"], ["last_name", "text"], ["email", "text"], ["headline", "text"], ["location", "text"], ["country_code", "text"], ["skills", "text[]"], ["years_experience", "integer"]],
      [...rewrites].map(([id, c]) => {
        const v = candidateColumns(c, ctx.now);
        return [id, v.fullName, v.firstName, v.lastName, v.email, v.headline, v.location, v.countryCode, v.skills, v.yearsExperience];
      }),
    );
    await db.execute(sql`
      update candidates set full_name = r.full_name, first_name = r.first_name, last_name = r.last_name, email = r.email, headline = r.headline, location = r.location, country_code = r.country_code,
        skills = r.skills, years_experience = r.years_experience, updated_at = ${ctx.now.toISOString()}::timestamptz
      from ${rows}
      where candidates.id = r.id`);
  }
  if (seenLinks.length) {
    await db.execute(sql`
      update candidate_source_links l set content_hash = r.hash, last_seen_at = ${ctx.now.toISOString()}::timestamptz
      from ${jsonRows([["id", "uuid"], ["hash", "text"]], seenLinks.map((l) => [l.id, l.hash]))}
      where l.id = r.id`);
  }
  if (inserts.length) await db.insert(candidates).values(inserts);
  if (newLinks.length) await db.insert(candidateSourceLinks).values(newLinks).onConflictDoNothing();
  // Same e-mail merged above; a phone or a name with the same resume is flagged for a recruiter.
  const changed = [...inserts.map((c) => c.id), ...rewrites.keys()];
  if (changed.length) {
    await detectDuplicates(db, changed);
    await emit(db, candidatesChanged.create({ candidateIds: changed }));
    await emitForWebhooks(db, "candidate.created", inserts.map((c) => c.id), (candidateIds) => candidatesCreated.create({ candidateIds }));
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
