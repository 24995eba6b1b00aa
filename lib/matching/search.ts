import { z } from "zod";
import type { Db } from "@/db";
import { standardiseLocation } from "@/lib/etl/normalize";
import { employmentTypes, seniorityLevels } from "@/lib/jobs/vocabulary";
import { skillLevelRank, type SkillLevel } from "@/lib/skills/levels";
import { jobForApi, jobJson } from "@/lib/jobs/serialize";
import { explanationJson } from "./serialize";
import { jobFit, levelFit } from "./rank";
import { scoreMatch, type MatchExplanation, type MatchWeights, type ScoreCandidate, type ScoreJob } from "./score";
import { catalogueStamp, type CatalogueSubject } from "@/lib/catalogue/stamp";
import { readCachedSearch, searchCacheKey, writeCachedSearch } from "./search-cache";
import { HIT_BUDGET, HIT_CAP, candidatePool, jobPool, searchTerms, type PoolCandidate, type PoolFilters, type PoolJob, type PoolLimits } from "./search-pool";
import { readJobDescription, readResume, type JobDescriptionProfile, type ResumeProfile } from "./search-text";
import { effectiveMatchSettings } from "./settings";

// Resume and job-description search: full-text search picks a pool of open jobs, and the
// structured score of the parsed text against each re-ranks it (lib/matching/score.ts).

/** Longest text a search reads: a long resume is ~20k characters. */
export const MAX_SEARCH_TEXT = 50_000;
/**
 * The relevance blend: the structured score, the text rank within the pool, and how much the job is
 * the searcher's (for a resume the fit of lib/matching/rank.ts: title, seniority, use of their
 * skills; for a job description how close the seniority is). Shares from the simulator's labelled set.
 */
export const RELEVANCE_SHARES = { structured: 0.7, text: 0.1, fit: 0.2 } as const;

const searchText = (field: string) =>
  z.string().max(MAX_SEARCH_TEXT, `${field} is longer than ${MAX_SEARCH_TEXT} characters`).refine((t) => t.trim().length > 0, `${field} is empty`);
const limit = z.number().int().min(1).max(100).default(20);

export const resumeSearchSchema = z.strictObject({
  resume_text: searchText("resume_text"),
  location: z.string().trim().min(1).max(100).optional(),
  remote: z.boolean().optional(),
  internship_only: z.boolean().optional(),
  level: z.enum(seniorityLevels).optional(),
  min_salary: z.number().int().nonnegative().max(100_000_000).optional(),
  limit,
});

export const jdSearchSchema = z.strictObject({
  job_description: searchText("job_description"),
  location: z.string().trim().min(1).max(100).optional(),
  remote: z.boolean().optional(),
  employment_type: z.enum(employmentTypes).optional(),
  limit,
});

export type ResumeSearchInput = z.infer<typeof resumeSearchSchema>;
export type JdSearchInput = z.infer<typeof jdSearchSchema>;

type ApiJob = ReturnType<typeof jobForApi>;
export type RankedJob = { job: ApiJob; relevance_score: number; match: MatchExplanation };
export type RankedCandidate = {
  candidate: { id: string; name: string; title: string | null; location: string | null; skills: string[]; years_experience: number | null };
  relevance_score: number;
  match: MatchExplanation;
};
export type SearchResponse = {
  total_matches: number;
  /** True when total_matches is estimated: a broad search reads only part of its text matches. */
  total_is_estimate: boolean;
  search_time_ms: number;
  cached: boolean;
  /** What the search read from the text, so a caller sees why it got these jobs. */
  understood: { title: string | null; skills: string[]; experience_years: number | null; location: string | null };
  jobs: RankedJob[];
  candidates?: RankedCandidate[];
};

/** SearchResponse as JSON, for the OpenAPI document. */
export const searchResponseJson = z.object({
  total_matches: z.number().int(),
  total_is_estimate: z.boolean().describe("total_matches is estimated (from the planner's statistics) when the search read only part of its text matches"),
  search_time_ms: z.number(),
  cached: z.boolean(),
  understood: z.object({ title: z.string().nullable(), skills: z.array(z.string()), experience_years: z.number().nullable(), location: z.string().nullable() }),
  jobs: z.array(z.object({ job: jobJson, relevance_score: z.number(), match: explanationJson })),
  candidates: z
    .array(
      z.object({
        candidate: z.object({ id: z.uuid(), name: z.string(), title: z.string().nullable(), location: z.string().nullable(), skills: z.array(z.string()), years_experience: z.number().nullable() }),
        relevance_score: z.number(),
        match: explanationJson,
      }),
    )
    .optional()
    .describe("Only for callers who may read candidates"),
}) satisfies z.ZodType<SearchResponse>;

/**
 * The JD search reads two pools side by side, so each reads half what a resume search reads: its
 * jobs are "like this description", ranked by one fitting person's score, not a person's own search.
 */
export const JD_JOB_POOL: PoolLimits = { budget: HIT_BUDGET / 2, cap: HIT_CAP / 2 };

export type SearchOptions = { weights?: MatchWeights; pool?: PoolLimits; now?: Date; readResume?: (text: string) => ResumeProfile; readJobDescription?: (text: string) => JobDescriptionProfile };

const round = (n: number) => Math.round(n * 10_000) / 10_000;

/** Structured score, text rank (relative to the best in the pool) and the searcher's fit in one number; ties go to the lower id. */
function rankJobs(pool: PoolJob[], scoreOf: (job: PoolJob) => MatchExplanation, fitOf: (job: PoolJob) => number, take: number): RankedJob[] {
  const best = Math.max(...pool.map((j) => j.textRank), Number.EPSILON);
  const { structured, text, fit } = RELEVANCE_SHARES;
  return pool
    .map((job) => {
      const match = scoreOf(job);
      return { job, match, relevance: round(structured * match.score + text * (job.textRank / best) + fit * fitOf(job)) };
    })
    .sort((a, b) => b.relevance - a.relevance || (a.job.id < b.job.id ? -1 : 1))
    .slice(0, take)
    .map(({ job, match, relevance }) => ({ job: jobForApi({ ...job, companyName: job.companyName ?? null }), relevance_score: relevance, match }));
}

/** Answers from the cache when the catalogue has not changed since, else computes and stores. */
async function cached(db: Db, kind: string, request: Record<string, unknown>, subjects: CatalogueSubject[], now: Date, compute: () => Promise<Omit<SearchResponse, "search_time_ms" | "cached">>): Promise<SearchResponse> {
  const started = performance.now();
  const key = searchCacheKey(kind, request);
  const stamp = await catalogueStamp(db, subjects);
  const hit = await readCachedSearch<Omit<SearchResponse, "search_time_ms" | "cached">>(db, key, stamp, now);
  // Answers cached before total_is_estimate existed counted every text match.
  if (hit) return { ...hit, total_is_estimate: hit.total_is_estimate ?? false, cached: true, search_time_ms: Math.round(performance.now() - started) };
  const fresh = await compute();
  await writeCachedSearch(db, key, kind, stamp, fresh, now);
  return { ...fresh, cached: false, search_time_ms: Math.round(performance.now() - started) };
}

function placeOf(text: string | null | undefined) {
  const place = text ? standardiseLocation({ text }) : null;
  return { city: place?.city ?? null, region: place?.region ?? null, countryCode: place?.countryCode ?? null };
}

/** Open jobs for a resume: pool by its skills and title, ranked by how well the person it describes fits each. */
export async function searchJobsByResume(db: Db, input: ResumeSearchInput, options: SearchOptions = {}): Promise<SearchResponse> {
  const now = options.now ?? new Date();
  const weights = options.weights ?? (await effectiveMatchSettings(db)).weights;
  return cached(db, "resume", { ...input, weights }, ["jobs"], now, () => computeResumeSearch(db, input, { ...options, weights }, now));
}

/** The uncached resume search (the bench measures this one). */
export async function computeResumeSearch(db: Db, input: ResumeSearchInput, options: SearchOptions, now: Date) {
  const profile = (options.readResume ?? ((t: string) => readResume(t, now)))(input.resume_text);
  const where = input.location ?? profile.location;
  const place = placeOf(where);
  const implied = impliedSkillLevel(profile.experienceYears);
  const candidate: ScoreCandidate = {
    skills: profile.skills.map((s) => s.name),
    skillLevels: Object.fromEntries(profile.skills.map((s) => [s.name, higherLevel(s.level, implied)]).filter((e): e is [string, SkillLevel] => e[1] !== null)),
    yearsExperience: profile.experienceYears,
    // The floor the searcher asked for is the pay they expect; else what the resume states.
    salaryExpectation: input.min_salary ?? profile.salaryExpectation,
    salaryCurrency: input.min_salary !== undefined ? null : profile.salaryCurrency,
    ...place,
  };
  const filters: PoolFilters = { location: input.location, countryCode: place.countryCode, remote: input.remote, internshipOnly: input.internship_only, level: input.level, minSalary: input.min_salary };
  const skills = candidate.skills as string[];
  const pool = await jobPool(db, searchTerms(skills, profile.title), skills, filters, options.pool);
  const searcher = { ...candidate, headline: profile.title };
  return {
    total_matches: pool.total,
    total_is_estimate: pool.totalIsEstimate,
    understood: { title: profile.title, skills, experience_years: profile.experienceYears, location: where ?? null },
    jobs: rankJobs(pool.jobs, (job) => scoreMatch(job, candidate, { weights: options.weights }), (job) => jobFit(job, searcher).fit, input.limit),
  };
}

/** A resume lists skills without levels; years in the trade say at least this much. */
function impliedSkillLevel(years: number | null): SkillLevel | null {
  if (years === null) return null;
  return years >= 5 ? "advanced" : years >= 1 ? "intermediate" : "beginner";
}

function higherLevel(a: SkillLevel | null, b: SkillLevel | null): SkillLevel | null {
  if (!a || !b) return a ?? b;
  return skillLevelRank(a) >= skillLevelRank(b) ? a : b;
}

/**
 * For a job description: `jobs` are similar open jobs, each scored as if someone who exactly fits
 * the description applied to it; `candidates` (only for callers who may see them) are the people
 * who fit the description best, by the same score a stored match would have.
 */
export async function searchByJobDescription(db: Db, input: JdSearchInput, options: SearchOptions & { withCandidates: boolean }): Promise<SearchResponse> {
  const now = options.now ?? new Date();
  const subjects: CatalogueSubject[] = options.withCandidates ? ["jobs", "candidates"] : ["jobs"];
  const weights = options.weights ?? (await effectiveMatchSettings(db)).weights;
  const request = { ...input, with_candidates: options.withCandidates, weights };
  return cached(db, "jd", request, subjects, now, () => computeJdSearch(db, input, { ...options, weights }));
}

export async function computeJdSearch(db: Db, input: JdSearchInput, options: SearchOptions & { withCandidates: boolean }) {
  const profile = (options.readJobDescription ?? readJobDescription)(input.job_description);
  const place = placeOf(input.location);
  const level = profile.level;
  const asJob: ScoreJob = { skills: profile.skills, skillRequirements: [], experienceYearsMin: profile.experienceYearsMin, level, salaryMin: null, salaryMax: null, salaryCurrency: null, remote: input.remote ?? false, ...place };
  const fitPerson: ScoreCandidate = {
    skills: profile.skills,
    skillLevels: {},
    yearsExperience: profile.experienceYearsMin,
    salaryExpectation: null,
    salaryCurrency: null,
    ...place,
  };
  const filters: PoolFilters = { location: input.location, countryCode: place.countryCode, remote: input.remote, employmentType: input.employment_type };
  // The two pools are independent reads: side by side on two connections.
  const [pool, people] = await Promise.all([
    jobPool(db, searchTerms(profile.skills, profile.title), profile.skills, filters, options.pool ?? JD_JOB_POOL),
    options.withCandidates ? candidatePool(db, profile.skills, options.pool) : null,
  ]);
  const response: Omit<SearchResponse, "search_time_ms" | "cached"> = {
    total_matches: pool.total,
    total_is_estimate: pool.totalIsEstimate,
    understood: { title: profile.title, skills: profile.skills, experience_years: profile.experienceYearsMin, location: input.location ?? null },
    jobs: rankJobs(pool.jobs, (job) => scoreMatch(job, fitPerson, { weights: options.weights }), (job) => levelFit(job.level, level), input.limit),
  };
  if (people) response.candidates = rankCandidates(people, asJob, input.limit, options.weights);
  return response;
}

function rankCandidates(pool: PoolCandidate[], job: ScoreJob, take: number, weights?: MatchWeights): RankedCandidate[] {
  return pool
    .map((c) => ({ c, match: scoreMatch(job, c, { weights }) }))
    .sort((a, b) => b.match.score - a.match.score || (a.c.id < b.c.id ? -1 : 1))
    .slice(0, take)
    .map(({ c, match }) => ({
      candidate: { id: c.id, name: c.fullName, title: c.headline, location: c.location, skills: c.skills, years_experience: c.yearsExperience },
      relevance_score: match.score,
      match,
    }));
}
