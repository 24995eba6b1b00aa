import { randomUUID } from "node:crypto";
import { and, eq, inArray, sql } from "drizzle-orm";
import type { Db } from "@/db";
import { queryRows } from "@/db/rows";
import { companies, jobs, jobSourceLinks } from "@/db/schema";
import { normaliseCompanyName } from "@/lib/companies/normalise";
import { jobsCreated, jobsExpired } from "@/lib/events";
import { emitForWebhooks } from "@/lib/webhooks/emit";
import type { CanonicalJob } from "./canonical";
import { applyUrlKey, contentHashOf as contentHash, normaliseTitle, titleCompanyLocationKey } from "./dedupe-keys";
import { findFuzzyDuplicates } from "./fuzzy-match";
import { insertJobRows, jobRecord, markJobsSeen, markLinksSeen, updateJobRows, type SeenLink } from "./job-rows";

export type LoadItem = { externalId: string; job: CanonicalJob };
export type LoadContext = { sourceId: string; runId: string | null; now: Date };
export type LoadCounts = { inserted: number; updated: number; duplicates: number; unchanged: number };

const sevenDaysMs = 7 * 24 * 60 * 60 * 1000;
/** Same title, company and place this close together is a repost (the fuzzy stage's rule too). */
const repostWindowMs = 30 * 24 * 60 * 60 * 1000;

/** True when either date is unknown or they are at most `windowMs` apart. */
function postedWithin(a: Date | null, b: Date | null, windowMs: number): boolean {
  return !a || !b || Math.abs(a.getTime() - b.getTime()) <= windowMs;
}

async function upsertCompanies(db: Db, items: LoadItem[], now: Date): Promise<Map<string, string>> {
  const byKey = new Map<string, { name: string; normalizedName: string; website: string | null }>();
  for (const { job } of items) {
    if (!job.companyName) continue;
    const key = normaliseCompanyName(job.companyName);
    if (key && !byKey.has(key)) byKey.set(key, { name: job.companyName, normalizedName: key, website: job.companyWebsite });
  }
  if (byKey.size === 0) return new Map();
  // Sorted: concurrent loads then lock shared companies in the same order.
  const values = [...byKey.values()].sort((a, b) => (a.normalizedName < b.normalizedName ? -1 : a.normalizedName > b.normalizedName ? 1 : 0));
  // Existing companies are only rewritten to fill in a missing website, so a chunk does not
  // rewrite (and lock) every company it mentions; the rest are read back by name.
  const rows = await db
    .insert(companies)
    .values(values)
    .onConflictDoUpdate({
      target: companies.normalizedName,
      set: { updatedAt: now, website: sql`excluded.website` },
      setWhere: sql`${companies.website} is null and excluded.website is not null`,
    })
    .returning({ id: companies.id, key: companies.normalizedName });
  const ids = new Map(rows.map((r) => [r.key, r.id]));
  const existing = values.map((v) => v.normalizedName).filter((key) => !ids.has(key));
  if (existing.length) {
    const found = await db.select({ id: companies.id, key: companies.normalizedName }).from(companies).where(inArray(companies.normalizedName, existing));
    for (const r of found) ids.set(r.key, r.id);
  }
  return ids;
}

function companyIdOf(job: CanonicalJob, companyIds: Map<string, string>): string | null {
  return job.companyName ? (companyIds.get(normaliseCompanyName(job.companyName)) ?? null) : null;
}

/** Finds, for each new record, an existing job it duplicates: apply URL, then title+company+location within 7 days, then fuzzy. */
async function matchExistingJobs(db: Db, ctx: LoadContext, fresh: LoadItem[], companyIds: Map<string, string>): Promise<Map<string, string>> {
  const matched = new Map<string, string>();
  const groupIds = [...new Set(fresh.map((i) => i.job.sourceGroupId).filter((g): g is string => !!g))];
  const byGroup = groupIds.length
    ? await db
        .select({ jobId: jobSourceLinks.jobId, groupId: jobSourceLinks.sourceGroupId })
        .from(jobSourceLinks)
        .where(and(eq(jobSourceLinks.sourceId, ctx.sourceId), inArray(jobSourceLinks.sourceGroupId, groupIds)))
    : [];
  const groupIndex = new Map(byGroup.map((r) => [r.groupId!, r.jobId]));
  const urlKeys = [...new Set(fresh.map((i) => applyUrlKey(i.job.applyUrl)).filter((k): k is string => !!k))];
  const dedupeKeys = [...new Set(fresh.map((i) => titleCompanyLocationKey(i.job)).filter((k): k is string => !!k))];
  const [byUrl, byKey] = await Promise.all([
    urlKeys.length ? db.select({ id: jobs.id, key: jobs.applyUrlKey }).from(jobs).where(inArray(jobs.applyUrlKey, urlKeys)) : [],
    dedupeKeys.length ? db.select({ id: jobs.id, key: jobs.dedupeKey, postedAt: jobs.postedAt }).from(jobs).where(inArray(jobs.dedupeKey, dedupeKeys)) : [],
  ]);
  const urlIndex = new Map(byUrl.map((r) => [r.key!, r.id]));
  const keyIndex = new Map<string, Array<{ id: string; postedAt: Date | null }>>();
  for (const r of byKey) keyIndex.set(r.key!, [...(keyIndex.get(r.key!) ?? []), r]);

  const unmatched: LoadItem[] = [];
  for (const item of fresh) {
    const byApply = urlIndex.get(applyUrlKey(item.job.applyUrl) ?? "");
    const candidates = keyIndex.get(titleCompanyLocationKey(item.job) ?? "") ?? [];
    const byTitle = candidates.find((c) => postedWithin(c.postedAt, item.job.postedAt, sevenDaysMs));
    const target = groupIndex.get(item.job.sourceGroupId ?? "") ?? byApply ?? byTitle?.id;
    if (target) matched.set(item.externalId, target);
    else unmatched.push(item);
  }
  const fuzzy = await findFuzzyDuplicates(
    db,
    unmatched.flatMap((item) => {
      const companyId = companyIdOf(item.job, companyIds);
      const { countryCode, city, remote } = item.job.location;
      return companyId ? [{ key: item.externalId, companyId, title: normaliseTitle(item.job.title), description: item.job.description, countryCode, city, remote, postedAt: item.job.postedAt }] : [];
    }),
  );
  for (const [key, jobId] of fuzzy) matched.set(key, jobId);
  return matched;
}

/**
 * Loads one batch of transformed records from one source into the catalogue: unchanged records
 * are only marked seen, changed ones rewritten, new ones merged into the job they duplicate or
 * inserted. Every record keeps its own source link. Jobs and links are written in one
 * transaction, with one statement per kind of write.
 */
export async function loadJobs(db: Db, ctx: LoadContext, batch: LoadItem[]): Promise<LoadCounts> {
  const unique = new Map<string, LoadItem>();
  for (const item of batch) unique.set(item.externalId, item);
  const items = [...unique.values()];
  const repeats = batch.length - items.length;
  if (items.length === 0) return { inserted: 0, updated: 0, duplicates: repeats, unchanged: 0 };

  // Outside the transaction: a company without jobs is harmless, and its row lock ends here.
  const companyIds = await upsertCompanies(db, items, ctx.now);
  const counts = await retryOnDeadlock(() => db.transaction((tx) => loadInTransaction(tx as unknown as Db, ctx, items, companyIds)));
  return { ...counts, duplicates: counts.duplicates + repeats };
}

async function loadInTransaction(db: Db, ctx: LoadContext, items: LoadItem[], companyIds: Map<string, string>): Promise<LoadCounts> {
  const counts: LoadCounts = { inserted: 0, updated: 0, duplicates: 0, unchanged: 0 };
  // Loads take turns (until commit): a chunk's dedupe lookups then see every job another
  // source's chunk inserted, so two sources (or a webhook) never insert the same job twice.
  await db.execute(sql`select pg_advisory_xact_lock(${catalogueLoadLock})`);
  const links = await db
    .select({ id: jobSourceLinks.id, jobId: jobSourceLinks.jobId, externalId: jobSourceLinks.externalId, hash: jobSourceLinks.contentHash })
    .from(jobSourceLinks)
    .where(and(eq(jobSourceLinks.sourceId, ctx.sourceId), inArray(jobSourceLinks.externalId, items.map((i) => i.externalId))));
  const linkByExternalId = new Map(links.map((l) => [l.externalId, l]));

  const seenJobIds = new Set<string>();
  const seenLinks: SeenLink[] = [];
  const rewrites = new Map<string, ReturnType<typeof jobRecord>>();
  const fresh: LoadItem[] = [];
  for (const item of items) {
    const link = linkByExternalId.get(item.externalId);
    if (!link) {
      fresh.push(item);
      continue;
    }
    seenJobIds.add(link.jobId);
    const hash = contentHash(item.job);
    if (link.hash === hash) {
      counts.unchanged += 1;
      seenLinks.push({ id: link.id, contentHash: null, url: null });
      continue;
    }
    counts.updated += 1;
    rewrites.set(link.jobId, jobRecord(link.jobId, item.job, companyIdOf(item.job, companyIds)));
    seenLinks.push({ id: link.id, contentHash: hash, url: item.job.applyUrl });
  }

  const matches = await matchExistingJobs(db, ctx, fresh, companyIds);
  for (const id of matches.values()) seenJobIds.add(id);
  const { inserts, targetOf } = resolveWithinBatch(fresh, matches);
  const insertedIds = new Map(inserts.map((item) => [item.externalId, randomUUID()]));
  counts.inserted += inserts.length;
  counts.duplicates += fresh.length - inserts.length;
  const jobIdOf = (externalId: string) => {
    const target = targetOf.get(externalId)!;
    return target.jobId ?? insertedIds.get(target.first!.externalId)!;
  };

  await updateJobRows(db, [...rewrites.values()], ctx.now);
  await markJobsSeen(db, [...seenJobIds].filter((id) => !rewrites.has(id)), ctx.now);
  await insertJobRows(db, inserts.map((item) => jobRecord(insertedIds.get(item.externalId)!, item.job, companyIdOf(item.job, companyIds))), ctx.now);
  await emitForWebhooks(db, "job.created", [...insertedIds.values()], (jobIds) => jobsCreated.create({ jobIds, sourceId: ctx.sourceId, runId: ctx.runId ?? null }));
  if (fresh.length) {
    await db
      .insert(jobSourceLinks)
      .values(
        fresh.map((item) => ({
          jobId: jobIdOf(item.externalId),
          sourceId: ctx.sourceId,
          externalId: item.externalId,
          url: item.job.applyUrl,
          contentHash: contentHash(item.job),
          sourceGroupId: item.job.sourceGroupId,
          firstSeenAt: ctx.now,
          lastSeenAt: ctx.now,
          lastRunId: ctx.runId,
        })),
      )
      .onConflictDoNothing();
  }
  await markLinksSeen(db, seenLinks, ctx.runId, ctx.now);
  return counts;
}

/** Advisory lock key of the catalogue load (7262001 is the migrations'). */
const catalogueLoadLock = 7262002;

const retriedCodes = new Set(["40P01", "40001"]);

/** The SQLSTATE of a driver error, wrapped by drizzle or not. */
function sqlState(err: unknown): string | undefined {
  for (let e = err as { code?: unknown; cause?: unknown } | undefined, depth = 0; e && depth < 4; e = e.cause as typeof e, depth++) {
    if (typeof e.code === "string") return e.code;
  }
  return undefined;
}

/** Runs a transaction again when PostgreSQL chose it as a deadlock or serialization victim. */
async function retryOnDeadlock<T>(run: () => Promise<T>, attempts = 3): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await run();
    } catch (err) {
      if (attempt >= attempts || !retriedCodes.has(sqlState(err) ?? "")) throw err;
    }
  }
}

type Target = { jobId?: string; first?: LoadItem; postedAt: Date | null };

/**
 * Within one batch, a record joins what an earlier record of the batch became (an existing job
 * or a new one) when it shares its source group id, or its title+company+location within the
 * repost window; otherwise it is inserted.
 */
function resolveWithinBatch(fresh: LoadItem[], matches: Map<string, string>) {
  const byKey = new Map<string, Target>();
  const byGroup = new Map<string, Target>();
  const targetOf = new Map<string, Target>();
  const inserts: LoadItem[] = [];
  for (const item of fresh) {
    const key = titleCompanyLocationKey(item.job) ?? applyUrlKey(item.job.applyUrl);
    const group = item.job.sourceGroupId;
    const existing = matches.get(item.externalId);
    let target: Target | undefined = existing ? { jobId: existing, postedAt: item.job.postedAt } : undefined;
    target ??= group ? byGroup.get(group) : undefined;
    if (!target && key) {
      const sameKey = byKey.get(key);
      if (sameKey && postedWithin(sameKey.postedAt, item.job.postedAt, repostWindowMs)) target = sameKey;
    }
    if (!target) {
      target = { first: item, postedAt: item.job.postedAt };
      inserts.push(item);
    }
    targetOf.set(item.externalId, target);
    if (key && !byKey.has(key)) byKey.set(key, target);
    if (group && !byGroup.has(group)) byGroup.set(group, target);
  }
  return { inserts, targetOf };
}

/** Marks open synced jobs no source has shown for `days` days as expired (own openings wait for their recruiter). */
export async function expireStaleJobs(db: Db, now: Date, days: number): Promise<{ count: number; companyIds: string[] }> {
  const cutoff = new Date(now.getTime() - days * 24 * 60 * 60 * 1000);
  const rows = await db.transaction(async (transaction) => {
    const tx = transaction as unknown as Db;
    const expired = await queryRows<{ id: string; company_id: string | null }>(
      tx,
      sql`update jobs set status = 'expired', updated_at = ${now.toISOString()} where status = 'open' and origin = 'synced' and last_seen_at < ${cutoff.toISOString()} returning id, company_id`,
    );
    await emitForWebhooks(tx, "job.expired", expired.map((r) => r.id), (jobIds) => jobsExpired.create({ jobIds }));
    return expired;
  });
  return { count: rows.length, companyIds: [...new Set(rows.map((r) => r.company_id).filter((c): c is string => !!c))] };
}
