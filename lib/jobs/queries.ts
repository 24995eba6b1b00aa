import { and, asc, eq, gte, isNull, lte, or, sql, type SQL } from "drizzle-orm";
import { z } from "zod";
import { isQueryCanceled, withCancellation, type Db } from "@/db";
import { queryRows } from "@/db/rows";
import { companies, jobs, jobSourceLinks, jobSources } from "@/db/schema";
import { NotFoundError } from "@/lib/errors";
import { QueryTimeoutError } from "@/lib/http/admission";
import { cappedCount, decodeCursor, encodeCursor, type PageOf } from "@/lib/http/pagination";
import type { JobFilters } from "./filters";


function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** The place text the location filter matches; jobs_location_trgm_idx indexes this very expression. */
export const locationText = sql`(coalesce(${jobs.locationDisplay}, '') || ' ' || coalesce(${jobs.city}, '') || ' ' || coalesce(${jobs.region}, ''))`;
/** The top and bottom of a job's pay range, as the salary filters compare them (each indexed). */
export const salaryTop = sql`coalesce(${jobs.salaryMax}, ${jobs.salaryMin})`;
export const salaryBottom = sql`coalesce(${jobs.salaryMin}, ${jobs.salaryMax})`;

/** Every filter but the search words; each is served by an index on jobs (db/schema/jobs.ts). */
export function filterConditions(filters: JobFilters): SQL[] {
  const where: SQL[] = [];
  if (filters.status !== "any") where.push(eq(jobs.status, filters.status));
  if (filters.location) {
    const place = sql`${locationText} ilike ${`%${escapeLike(filters.location)}%`}`;
    where.push(filters.location.length === 2 ? or(place, eq(jobs.countryCode, filters.location.toUpperCase()))! : place);
  }
  if (filters.remote !== undefined) where.push(eq(jobs.remote, filters.remote));
  if (filters.internship !== undefined) where.push(eq(jobs.internship, filters.internship));
  if (filters.employment_type) where.push(eq(jobs.employmentType, filters.employment_type));
  if (filters.level) where.push(eq(jobs.level, filters.level));
  // A job matches a salary filter when its range overlaps the asked range.
  if (filters.min_salary !== undefined) where.push(gte(salaryTop, filters.min_salary));
  if (filters.max_salary !== undefined) where.push(lte(salaryBottom, filters.max_salary));
  if (filters.posted_since) where.push(gte(jobs.postedAt, filters.posted_since));
  if (filters.source) {
    // A source by id, name or type ("adzuna"): jobs with at least one link from it.
    where.push(
      sql`${jobs.id} in (select l.job_id from ${jobSourceLinks} l where l.source_id in (select s.id from ${jobSources} s where s.id::text = ${filters.source} or s.name = ${filters.source} or s.type::text = ${filters.source}))`,
    );
  }
  return where;
}

const listColumns = {
  id: jobs.id,
  title: jobs.title,
  companyId: jobs.companyId,
  companyName: companies.name,
  locationDisplay: jobs.locationDisplay,
  countryCode: jobs.countryCode,
  remote: jobs.remote,
  employmentType: jobs.employmentType,
  level: jobs.level,
  internship: jobs.internship,
  salaryMin: jobs.salaryMin,
  salaryMax: jobs.salaryMax,
  salaryCurrency: jobs.salaryCurrency,
  salaryPredicted: jobs.salaryPredicted,
  skills: jobs.skills,
  status: jobs.status,
  postedAt: jobs.postedAt,
};

type ListOptions = {
  signal?: AbortSignal;
  /** False skips counting where the order does not depend on it (no `q`): total is then 0, flagged as an estimate. The export reads batches this way. */
  count?: boolean;
};

/**
 * One page of jobs: newest first (posted_at desc nulls last, then id), or with `q` see
 * searchPage. Every order ends in the id, so pages never repeat or drop a job; `cursor`
 * continues after the previous page's last job. Aborting `signal` cancels the running query.
 */
export async function listJobs(db: Db, filters: JobFilters, options: ListOptions = {}) {
  try {
    const where = and(...filterConditions(filters));
    // The cursor names the order it continues, so a listing keeps its order while it is paged.
    const after = filters.cursor ? decodeCursor(filters.cursor, cursorSchema) : null;
    return await withCancellation(db, options.signal, async (tx) => {
      if (filters.q) return searchPage(tx, filters, filters.q, where ?? sql`true`, after);
      // Counted beside the page, on another connection of the pool, not before it.
      const count = options.count === false ? { total: 0, totalIsEstimate: true } : cappedCount(tx, sql`select 1 from ${jobs} where ${where ?? sql`true`}`);
      return newestPage(tx, filters, where, count, after && after[0] === "n" ? [after[1], after[2]] : null);
    });
  } catch (err) {
    if (isQueryCanceled(err) || options.signal?.aborted) throw new QueryTimeoutError();
    throw err;
  }
}

export type JobListPage = PageOf<JobListItem>;
export type JobListItem = Awaited<ReturnType<typeof rowsFor>>[number];

const fewMatches = 20;
// Ranking reads every match's search vector (TOASTed, ~40 µs each): only small result sets are ranked.
const rankLimit = 200;
const cursorSchema = z.union([z.tuple([z.literal("n"), z.iso.datetime().nullable(), z.uuid()]), z.tuple([z.literal("r"), z.number(), z.uuid()])]);
// Microsecond ISO text: a JS Date would round posted_at to milliseconds and break the comparison.
const postedAtKey = sql`to_char(${jobs.postedAt} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

type Count = { total: number; totalIsEstimate: boolean };

/** Jobs matching `where`, newest first, from the (status, posted_at desc, id desc) index order. */
async function newestPage(db: Db, filters: JobFilters, where: SQL | undefined, count: Count | Promise<Count>, after: [string | null, string] | null): Promise<JobListPage> {
  const take = filters.limit + 1;
  // Awaited after the page; until then a failed count must not count as unhandled.
  Promise.resolve(count).catch(() => undefined);
  // One statement a page: the keys come from the ordered index (an index-only scan when the
  // filters allow), and only the page's rows are read, with their companies.
  const ordered = (extra: SQL | undefined, nullsOnly: boolean, limit: number, offset: number) => {
    const keys = sql`select ${jobs.id} from ${jobs} where ${and(where, extra, nullsOnly ? isNull(jobs.postedAt) : undefined) ?? sql`true`} order by ${jobs.postedAt} desc nulls last, ${jobs.id} desc nulls last limit ${limit} offset ${offset}`;
    return db
      .select({ ...listColumns, k: sql<string | null>`${postedAtKey}` })
      .from(jobs)
      .leftJoin(companies, eq(companies.id, jobs.companyId))
      .where(sql`${jobs.id} = any(array(${keys}))`)
      .orderBy(sql`${jobs.postedAt} desc nulls last`, sql`${jobs.id} desc`);
  };
  let rows: Array<JobListItem & { k: string | null }>;
  if (!after) {
    rows = await ordered(undefined, false, take, (filters.page - 1) * filters.limit);
  } else if (after[0] === null) {
    rows = await ordered(sql`${jobs.id} < ${after[1]}`, true, take, 0);
  } else {
    // A row comparison the index serves as a range; undated jobs come after every dated one.
    rows = await ordered(sql`(${jobs.postedAt}, ${jobs.id}) < (${after[0]}::timestamptz, ${after[1]}::uuid)`, false, take, 0);
    if (rows.length < take) rows = rows.concat(await ordered(undefined, true, take - rows.length, 0));
  }
  const more = rows.length > filters.limit;
  const page = rows.slice(0, filters.limit);
  const last = page[page.length - 1];
  const { total, totalIsEstimate } = await count;
  return {
    items: page.map(({ k: _key, ...job }) => job),
    page: filters.cursor ? null : filters.page,
    limit: filters.limit,
    total,
    totalIsEstimate,
    nextCursor: more ? encodeCursor(["n", last.k, last.id]) : null,
  };
}

/**
 * With `q`: few full-text matches are ranked (title weighs more, then title similarity), with
 * title trigram matches (typos, fragments) after them when full text finds fewer than
 * `fewMatches`; many matches are listed newest first, which the ordered index serves.
 */
async function searchPage(db: Db, filters: JobFilters, q: string, where: SQL, after: z.infer<typeof cursorSchema> | null): Promise<JobListPage> {
  const tsquery = sql`websearch_to_tsquery('simple', ${q})`;
  const fullText = sql`${jobs.searchVector} @@ ${tsquery}`;
  const fullTextWhere = and(fullText, where)!;
  let count = await cappedCount(db, sql`select 1 from ${jobs} where ${fullTextWhere}`);
  const ranked = after ? after[0] === "r" : !count.totalIsEstimate && count.total <= rankLimit;
  if (!ranked) return newestPage(db, filters, fullTextWhere, count, after && after[0] === "n" ? [after[1], after[2]] : null);

  const score = sql`(ts_rank(${jobs.searchVector}, ${tsquery}) + word_similarity(${q}, ${jobs.title}))::float8`;
  let matches = sql`select ${jobs.id} as id, ${score} as k from ${jobs} where ${fullTextWhere}`;
  if (count.total < fewMatches) {
    // `<%` (word similarity above pg_trgm's threshold) and ILIKE are both served by the title trigram index.
    const fragment = q.length >= 3 ? sql` or ${jobs.title} ilike ${`%${escapeLike(q)}%`}` : sql``;
    const fuzzy = sql`(${q} <% ${jobs.title}${fragment}) and not coalesce(${fullText}, false)`;
    matches = sql`${matches} union all select ${jobs.id}, word_similarity(${q}, ${jobs.title})::float8 - 1 from ${jobs} where ${fuzzy} and ${where}`;
    count = await cappedCount(db, matches);
  }
  const from = after?.[0] === "r" ? after : null;
  const keys = await queryRows<{ id: string; k: number | string }>(
    db,
    sql`select id, k from (${matches}) m ${from ? sql`where (k, id) < (${from[1]}::float8, ${from[2]}::uuid)` : sql``} order by k desc, id desc limit ${filters.limit + 1} offset ${from ? 0 : (filters.page - 1) * filters.limit}`,
  );
  return pageOf(db, filters, keys, count, (row) => ["r", Number(row.k), row.id]);
}

/** Loads the listed columns of the page's jobs, in the order of `keys` (one more than a page means there is a next page). */
async function pageOf<K extends { id: string }>(db: Db, filters: JobFilters, keys: K[], count: { total: number; totalIsEstimate: boolean }, cursorOf: (row: K) => unknown[]): Promise<JobListPage> {
  const more = keys.length > filters.limit;
  const pageKeys = keys.slice(0, filters.limit);
  const rows = await rowsFor(db, pageKeys.map((k) => k.id));
  const byId = new Map(rows.map((r) => [r.id, r]));
  return {
    items: pageKeys.flatMap((k) => byId.get(k.id) ?? []),
    page: filters.cursor ? null : filters.page,
    limit: filters.limit,
    total: count.total,
    totalIsEstimate: count.totalIsEstimate,
    nextCursor: more ? encodeCursor(cursorOf(pageKeys[pageKeys.length - 1])) : null,
  };
}

function rowsFor(db: Db, ids: string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  // One array parameter, not one per id: a 1,000-row export batch plans and binds much faster.
  return db.select(listColumns).from(jobs).leftJoin(companies, eq(companies.id, jobs.companyId)).where(sql`${jobs.id} = any(${`{${ids.join(",")}}`}::uuid[])`);
}

/** A job's every shown column: what a detail page and the API's job detail read. */
export const jobDetailColumns = {
  ...listColumns,
  description: jobs.description,
  applyUrl: jobs.applyUrl,
  city: jobs.city,
  region: jobs.region,
  lastSeenAt: jobs.lastSeenAt,
  createdAt: jobs.createdAt,
  updatedAt: jobs.updatedAt,
  origin: jobs.origin,
  createdBy: jobs.createdBy,
  skillRequirements: jobs.skillRequirements,
  experienceYearsMin: jobs.experienceYearsMin,
  occupationCode: jobs.occupationCode,
};

// The detail request is the API's most frequent single read: both of its statements are prepared
// once per database handle, so each call is sent without being built again or planned anew.
const preparedDetail = new WeakMap<Db, ReturnType<typeof prepareDetail>>();

function prepareDetail(db: Db) {
  const id = sql.placeholder("id");
  return {
    job: db.select(jobDetailColumns).from(jobs).leftJoin(companies, eq(companies.id, jobs.companyId)).where(eq(jobs.id, id)).limit(1).prepare("job_detail"),
    sources: db
      .select({ sourceId: jobSources.id, source: jobSources.name, type: jobSources.type, externalId: jobSourceLinks.externalId, url: jobSourceLinks.url, firstSeenAt: jobSourceLinks.firstSeenAt, lastSeenAt: jobSourceLinks.lastSeenAt })
      .from(jobSourceLinks)
      .innerJoin(jobSources, eq(jobSources.id, jobSourceLinks.sourceId))
      .where(eq(jobSourceLinks.jobId, id))
      .orderBy(asc(jobSourceLinks.firstSeenAt), asc(jobSourceLinks.id))
      .prepare("job_detail_sources"),
  };
}

function detailQueries(db: Db) {
  let prepared = preparedDetail.get(db);
  if (!prepared) preparedDetail.set(db, (prepared = prepareDetail(db)));
  return prepared;
}

export async function getJob(db: Db, id: string) {
  const [job] = await detailQueries(db).job.execute({ id });
  if (!job) throw new NotFoundError("Job");
  return job;
}

/** Every place a job was seen: the source, its id there and its link. */
export function getJobSources(db: Db, jobId: string) {
  return detailQueries(db).sources.execute({ id: jobId });
}

/** The job sources by name, for choosing one in the Jobs filters. */
export function listSourceOptions(db: Db) {
  return db.select({ id: jobSources.id, name: jobSources.name, type: jobSources.type }).from(jobSources).orderBy(asc(jobSources.name));
}
