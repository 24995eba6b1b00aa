import { sql } from "drizzle-orm";
import type { Db } from "@/db";
import { uuidArray } from "@/db/arrays";
import { jsonRows } from "@/db/json-rows";
import type { CanonicalJob } from "./canonical";

// Set-based writes of the load stage: a whole chunk travels as one jsonb parameter (jsonRows),
// one statement per kind of write instead of one per record.

/** The jobs columns a canonical record sets, with their SQL types. */
const jobRecordColumns = [
  ["id", "uuid"],
  ["company_id", "uuid"],
  ["title", "text"],
  ["description", "text"],
  ["location_display", "text"],
  ["city", "text"],
  ["region", "text"],
  ["country_code", "text"],
  ["remote", "boolean"],
  ["employment_type", "employment_type"],
  ["level", "seniority_level"],
  ["internship", "boolean"],
  ["salary_min", "integer"],
  ["salary_max", "integer"],
  ["salary_currency", "text"],
  ["salary_predicted", "boolean"],
  ["skills", "text[]"],
  ["experience_years_min", "integer"],
  ["skill_requirements", "jsonb"],
  ["occupation_code", "text"],
  ["apply_url", "text"],
  ["apply_url_key", "text"],
  ["dedupe_key", "text"],
  ["posted_at", "timestamptz"],
] as const;

type JobRecord = Record<(typeof jobRecordColumns)[number][0], unknown>;

/** The dedupe keys a job row stores (computed once per record by the load). */
export type JobRowKeys = { urlKey: string | null; dedupeKey: string | null };

/** The row a canonical job becomes; `id` is the job's id (new or existing). */
export function jobRecord(id: string, job: CanonicalJob, companyId: string | null, keys: JobRowKeys): JobRecord {
  return {
    id,
    company_id: companyId,
    title: job.title,
    description: job.description,
    location_display: job.location.display,
    city: job.location.city,
    region: job.location.region,
    country_code: job.location.countryCode,
    remote: job.location.remote,
    employment_type: job.employmentType,
    level: job.level,
    internship: job.internship,
    salary_min: job.salary?.minAnnual ?? null,
    salary_max: job.salary?.maxAnnual ?? null,
    salary_currency: job.salary?.currency ?? null,
    salary_predicted: job.salary?.predicted ?? false,
    skills: job.skills,
    experience_years_min: job.experienceYearsMin,
    skill_requirements: job.skillRequirements,
    occupation_code: job.occupationCode,
    apply_url: job.applyUrl,
    apply_url_key: keys.urlKey,
    dedupe_key: keys.dedupeKey,
    posted_at: job.postedAt?.toISOString() ?? null,
  };
}

const names = sql.raw(jobRecordColumns.map(([name]) => name).join(", "));
const recordset = (records: JobRecord[]) => jsonRows(jobRecordColumns, records.map((record) => jobRecordColumns.map(([name]) => record[name])));

/** Inserts new open jobs in one statement. */
export async function insertJobRows(db: Db, records: JobRecord[], now: Date) {
  if (records.length === 0) return;
  const at = now.toISOString();
  await db.execute(sql`
    insert into jobs (${names}, status, last_seen_at, updated_at, created_at)
    select ${names}, 'open', ${at}::timestamptz, ${at}::timestamptz, ${at}::timestamptz from ${recordset(records)}`);
}

/** Rewrites existing jobs from their changed records in one statement (reopening them: they were just seen). */
export async function updateJobRows(db: Db, records: JobRecord[], now: Date) {
  if (records.length === 0) return;
  const assignments = sql.raw(jobRecordColumns.filter(([name]) => name !== "id").map(([name]) => `${name} = r.${name}`).join(", "));
  await db.execute(sql`
    update jobs set ${assignments}, status = 'open', last_seen_at = ${now.toISOString()}::timestamptz, updated_at = ${now.toISOString()}::timestamptz
    from ${recordset(records)} where jobs.id = r.id`);
}

/**
 * How old a job's last_seen_at may be before a sync that sees it again writes it: expiry counts
 * in days, and rewriting a row (a new entry in each of its indexes) is most of what a job seen by
 * two sources in one sync costs.
 */
export const seenGranularityMs = 60 * 60_000;

/** Marks jobs seen now and open again (those a rewrite in this chunk touched are not passed). */
export async function markJobsSeen(db: Db, ids: string[], now: Date) {
  if (ids.length === 0) return;
  const stale = new Date(now.getTime() - seenGranularityMs).toISOString();
  await db.execute(sql`
    update jobs set last_seen_at = ${now.toISOString()}::timestamptz, status = 'open'
    where id = any(${uuidArray(ids)}) and (status <> 'open' or last_seen_at < ${stale}::timestamptz)`);
}

export type NewLink = { jobId: string; externalId: string; url: string | null; contentHash: string; sourceGroupId: string | null };

/** Inserts a source's new links in one statement; a link another load stored meanwhile is kept. */
export async function insertLinkRows(db: Db, links: NewLink[], sourceId: string, runId: string | null, now: Date) {
  if (links.length === 0) return;
  const rows = jsonRows(
    [["job_id", "uuid"], ["external_id", "text"], ["url", "text"], ["content_hash", "text"], ["source_group_id", "text"]],
    links.map((l) => [l.jobId, l.externalId, l.url, l.contentHash, l.sourceGroupId]),
  );
  const at = now.toISOString();
  await db.execute(sql`
    insert into job_source_links (job_id, source_id, external_id, url, content_hash, source_group_id, first_seen_at, last_seen_at, last_run_id)
    select r.job_id, ${sourceId}::uuid, r.external_id, r.url, r.content_hash, r.source_group_id, ${at}::timestamptz, ${at}::timestamptz, ${runId}::uuid
    from ${rows}
    on conflict do nothing`);
}

export type SeenLink = { id: string; contentHash: string | null; url: string | null };

/** Marks a source's existing links seen by this run; a link with a new hash also takes its new URL. */
export async function markLinksSeen(db: Db, links: SeenLink[], runId: string | null, now: Date) {
  if (links.length === 0) return;
  const rows = jsonRows([["id", "uuid"], ["hash", "text"], ["url", "text"]], links.map((l) => [l.id, l.contentHash, l.url]));
  await db.execute(sql`
    update job_source_links l
    set last_seen_at = ${now.toISOString()}::timestamptz, last_run_id = ${runId}::uuid,
        content_hash = coalesce(r.hash, l.content_hash), url = case when r.hash is null then l.url else r.url end
    from ${rows}
    where l.id = r.id`);
}
