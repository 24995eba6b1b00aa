import { sql } from "drizzle-orm";
import type { Db } from "@/db";
import { textArray, uuidArray } from "@/db/arrays";
import { jsonRows } from "@/db/json-rows";
import { queryRows } from "@/db/rows";
import { normaliseCompanyName } from "@/lib/companies/normalise";
import { jobsCreated, jobsExpired } from "@/lib/events";
import { giveWayEvery } from "@/lib/give-way";
import { timeOrderedUuid } from "@/lib/ids";
import { emitForWebhooks } from "@/lib/webhooks/emit";
import type { CanonicalJob } from "./canonical";
import { applyUrlKey, contentHashOf as contentHash, normaliseTitle, titleCompanyLocationKey } from "./dedupe-keys";
import { findFuzzyDuplicates } from "./fuzzy-match";
import { insertJobRows, insertLinkRows, jobRecord, markJobsSeen, markLinksSeen, updateJobRows, type SeenLink } from "./job-rows";
import { phase } from "./profile";

export type LoadItem = { externalId: string; job: CanonicalJob };
export type LoadContext = { sourceId: string; runId: string | null; now: Date };
export type LoadCounts = { inserted: number; updated: number; duplicates: number; unchanged: number };

const sevenDaysMs = 7 * 24 * 60 * 60 * 1000;
const keySliceMs = 4;
/** Same title, company and place this close together is a repost (the fuzzy stage's rule too). */
const repostWindowMs = 30 * 24 * 60 * 60 * 1000;

/** True when either date is unknown or they are at most `windowMs` apart. */
function postedWithin(a: Date | null, b: Date | null, windowMs: number): boolean {
  return !a || !b || Math.abs(a.getTime() - b.getTime()) <= windowMs;
}

/** What the load compares a record by, computed once per record. */
type Keyed = LoadItem & { hash: string; companyKey: string | null; urlKey: string | null; dedupeKey: string | null };

function withKeys(item: LoadItem): Keyed {
  const { job } = item;
  const companyKey = job.companyName ? normaliseCompanyName(job.companyName) || null : null;
  return { ...item, hash: contentHash(job), companyKey, urlKey: applyUrlKey(job.applyUrl), dedupeKey: titleCompanyLocationKey(job) };
}

async function upsertCompanies(db: Db, items: Keyed[], now: Date): Promise<Map<string, string>> {
  const byKey = new Map<string, { name: string; normalized_name: string; website: string | null }>();
  for (const { job, companyKey } of items) {
    if (companyKey && !byKey.has(companyKey)) byKey.set(companyKey, { name: job.companyName!, normalized_name: companyKey, website: job.companyWebsite });
  }
  if (byKey.size === 0) return new Map();
  const values = [...byKey.values()];
  // Existing companies are only rewritten to fill in a missing website, so a chunk does not
  // rewrite (and lock) every company it mentions; the rest are read back by name.
  const at = now.toISOString();
  const rows = await queryRows<{ id: string; key: string }>(
    db,
    sql`insert into companies (name, normalized_name, website, created_at, updated_at)
      select r.name, r.normalized_name, r.website, ${at}::timestamptz, ${at}::timestamptz
      from ${jsonRows([["name", "text"], ["normalized_name", "text"], ["website", "text"]], values.map((v) => [v.name, v.normalized_name, v.website]))}
      order by r.normalized_name -- the lock order of lockCatalogue and the open-job recount
      on conflict (normalized_name) do update set updated_at = excluded.updated_at, website = excluded.website
        where companies.website is null and excluded.website is not null
      returning id, normalized_name as key`,
  );
  const ids = new Map(rows.map((r) => [r.key, r.id]));
  const existing = values.map((v) => v.normalized_name).filter((key) => !ids.has(key));
  if (existing.length) {
    const found = await queryRows<{ id: string; key: string }>(db, sql`select id, normalized_name as key from companies where normalized_name = any(${textArray(existing)})`);
    for (const r of found) ids.set(r.key, r.id);
  }
  return ids;
}

function companyIdOf(item: Keyed, companyIds: Map<string, string>): string | null {
  return item.companyKey ? (companyIds.get(item.companyKey) ?? null) : null;
}

/** The job row of a record, with the keys it was compared by. */
const rowOf = (id: string, item: Keyed, companyIds: Map<string, string>) => jobRecord(id, item.job, companyIdOf(item, companyIds), item);

/** Finds, for each new record, an existing job it duplicates: apply URL, then title+company+location within 7 days, then fuzzy. */
async function matchExistingJobs(db: Db, ctx: LoadContext, fresh: Keyed[], companyIds: Map<string, string>): Promise<Map<string, string>> {
  const matched = new Map<string, string>();
  const distinct = (keys: Array<string | null>) => [...new Set(keys.filter((k): k is string => !!k))];
  const groupIds = distinct(fresh.map((i) => i.job.sourceGroupId));
  const urlKeys = distinct(fresh.map((i) => i.urlKey));
  const dedupeKeys = distinct(fresh.map((i) => i.dedupeKey));
  const [byGroup, byUrl, byKey] = await Promise.all([
    groupIds.length
      ? queryRows<{ job_id: string; key: string }>(db, sql`select job_id, source_group_id as key from job_source_links where source_id = ${ctx.sourceId}::uuid and source_group_id = any(${textArray(groupIds)})`)
      : [],
    urlKeys.length ? queryRows<{ id: string; key: string }>(db, sql`select id, apply_url_key as key from jobs where apply_url_key = any(${textArray(urlKeys)})`) : [],
    dedupeKeys.length
      ? queryRows<{ id: string; key: string; posted_at: string | Date | null }>(db, sql`select id, dedupe_key as key, posted_at from jobs where dedupe_key = any(${textArray(dedupeKeys)})`)
      : [],
  ]);
  const groupIndex = new Map(byGroup.map((r) => [r.key, r.job_id]));
  const urlIndex = new Map(byUrl.map((r) => [r.key, r.id]));
  const keyIndex = new Map<string, Array<{ id: string; postedAt: Date | null }>>();
  for (const r of byKey) keyIndex.set(r.key, [...(keyIndex.get(r.key) ?? []), { id: r.id, postedAt: r.posted_at === null ? null : new Date(r.posted_at) }]);

  const unmatched: Keyed[] = [];
  for (const item of fresh) {
    const byApply = item.urlKey ? urlIndex.get(item.urlKey) : undefined;
    const candidates = item.dedupeKey ? (keyIndex.get(item.dedupeKey) ?? []) : [];
    const byTitle = candidates.find((c) => postedWithin(c.postedAt, item.job.postedAt, sevenDaysMs));
    const target = (item.job.sourceGroupId ? groupIndex.get(item.job.sourceGroupId) : undefined) ?? byApply ?? byTitle?.id;
    if (target) matched.set(item.externalId, target);
    else unmatched.push(item);
  }
  const fuzzy = await findFuzzyDuplicates(
    db,
    unmatched.flatMap((item) => {
      const companyId = companyIdOf(item, companyIds);
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
  // A thousand records' keys (content hash, apply URL, normalised title) are a long stretch of
  // work on the one thread: it is given up in between (see giveWayEvery).
  const items: Keyed[] = [];
  const slices = giveWayEvery(keySliceMs);
  for (const item of unique.values()) {
    if (slices.due()) await slices.giveWay();
    items.push(withKeys(item));
  }
  const repeats = batch.length - items.length;
  if (items.length === 0) return { inserted: 0, updated: 0, duplicates: repeats, unchanged: 0 };

  // Before the load's own transaction: a company without jobs is harmless. Its row lock lasts
  // until the caller's transaction ends (a sync step's, which holds the source's load lock).
  const companyIds = await phase("companies", () => upsertCompanies(db, items, ctx.now));
  const counts = await phase("transaction", () => retryOnDeadlock(() => db.transaction((tx) => loadInTransaction(tx as unknown as Db, ctx, items, companyIds))));
  return { ...counts, duplicates: counts.duplicates + repeats };
}

async function loadInTransaction(db: Db, ctx: LoadContext, items: Keyed[], companyIds: Map<string, string>): Promise<LoadCounts> {
  const counts: LoadCounts = { inserted: 0, updated: 0, duplicates: 0, unchanged: 0 };
  await phase("catalogue lock wait", () => lockCatalogue(db, items, companyIds));
  const links = await phase("links lookup", () =>
    queryRows<{ id: string; job_id: string; external_id: string; hash: string }>(
      db,
      sql`select id, job_id, external_id, content_hash as hash from job_source_links where source_id = ${ctx.sourceId}::uuid and external_id = any(${textArray(items.map((i) => i.externalId))})`,
    ),
  );
  const linkByExternalId = new Map(links.map((l) => [l.external_id, l]));

  const seenJobIds = new Set<string>();
  const seenLinks: SeenLink[] = [];
  const rewrites = new Map<string, ReturnType<typeof jobRecord>>();
  const fresh: Keyed[] = [];
  for (const item of items) {
    const link = linkByExternalId.get(item.externalId);
    if (!link) {
      fresh.push(item);
      continue;
    }
    seenJobIds.add(link.job_id);
    if (link.hash === item.hash) {
      counts.unchanged += 1;
      seenLinks.push({ id: link.id, contentHash: null, url: null });
      continue;
    }
    counts.updated += 1;
    rewrites.set(link.job_id, rowOf(link.job_id, item, companyIds));
    seenLinks.push({ id: link.id, contentHash: item.hash, url: item.job.applyUrl });
  }

  const matches = await phase("duplicate lookup", () => matchExistingJobs(db, ctx, fresh, companyIds));
  for (const id of matches.values()) seenJobIds.add(id);
  const { inserts, targetOf } = resolveWithinBatch(fresh, matches);
  // Time-ordered: the jobs' primary key and the links' job index grow at their right edge.
  const insertedIds = new Map(inserts.map((item) => [item.externalId, timeOrderedUuid()]));
  counts.inserted += inserts.length;
  counts.duplicates += fresh.length - inserts.length;
  const jobIdOf = (externalId: string) => {
    const target = targetOf.get(externalId)!;
    return target.jobId ?? insertedIds.get(target.first!.externalId)!;
  };

  await phase("job writes", async () => {
    await updateJobRows(db, [...rewrites.values()], ctx.now);
    await markJobsSeen(db, [...seenJobIds].filter((id) => !rewrites.has(id)), ctx.now);
    await insertJobRows(db, inserts.map((item) => rowOf(insertedIds.get(item.externalId)!, item, companyIds)), ctx.now);
    await emitForWebhooks(db, "job.created", [...insertedIds.values()], (jobIds) => jobsCreated.create({ jobIds, sourceId: ctx.sourceId, runId: ctx.runId ?? null }));
  });
  await phase("link writes", async () => {
    const newLinks = fresh.map((item) => ({ jobId: jobIdOf(item.externalId), externalId: item.externalId, url: item.job.applyUrl, contentHash: item.hash, sourceGroupId: item.job.sourceGroupId }));
    await insertLinkRows(db, newLinks, ctx.sourceId, ctx.runId, ctx.now);
    await markLinksSeen(db, seenLinks, ctx.runId, ctx.now);
  });
  return counts;
}

/** Advisory lock key of loads with records that name no company (7262001 is the migrations'). */
const catalogueLoadLock = 7262002;

/**
 * Loads that could merge into the same job take turns (until commit), so each one's duplicate
 * lookups see every job the other inserted and two sources (or a webhook) never insert one job
 * twice. Duplicates share their company (the title key and the fuzzy match both require it), so
 * a load locks the rows of the companies its records name: loads of different employers run side
 * by side. Records without a company are matched by apply URL alone; those loads also take one
 * shared lock. The one race left: one apply URL under two different employer names, loaded at the
 * same moment by two sources, makes two jobs (the URL rule alone does not need the company).
 * Locks are taken in one order (shared lock, then companies by name, the order the
 * company upsert uses) so two loads never wait on each other in a circle.
 */
async function lockCatalogue(db: Db, items: Keyed[], companyIds: Map<string, string>) {
  if (items.some((item) => !companyIdOf(item, companyIds))) await db.execute(sql`select pg_advisory_xact_lock(${catalogueLoadLock})`);
  const ids = [...new Set(items.map((item) => companyIdOf(item, companyIds)).filter((id): id is string => !!id))];
  if (ids.length) await db.execute(sql`select id from companies where id = any(${uuidArray(ids)}) order by normalized_name for no key update`);
}

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

type Target = { jobId?: string; first?: Keyed; postedAt: Date | null };

/**
 * Within one batch, a record joins what an earlier record of the batch became (an existing job
 * or a new one) when it shares its source group id, or its title+company+location within the
 * repost window; otherwise it is inserted.
 */
function resolveWithinBatch(fresh: Keyed[], matches: Map<string, string>) {
  const byKey = new Map<string, Target>();
  const byGroup = new Map<string, Target>();
  const targetOf = new Map<string, Target>();
  const inserts: Keyed[] = [];
  for (const item of fresh) {
    const key = item.dedupeKey ?? item.urlKey;
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
