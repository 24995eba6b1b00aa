import { randomUUID } from "node:crypto";
import os from "node:os";
import { parseArgs } from "node:util";
import { eq, sql } from "drizzle-orm";
import postgres from "postgres";
import type { Db } from "@/db";
import { openDatabase } from "@/db/client";
import { queryRows } from "@/db/rows";
import { users } from "@/db/schema";
import { seedDemoData } from "@/db/seed";
import { listCandidateMatches, listJobMatches } from "@/lib/matching/queries";
import { rescoreMatches } from "@/lib/matching/refresh";
import { computeJdSearch, computeResumeSearch } from "@/lib/matching/search";
import { effectiveMatchSettings, environmentKeepLimits } from "@/lib/matching/settings";
import { fittedCandidates, labelledJobs, labelledSet, type LabelledJob } from "@/simulator/labelled";
import { insertLabelledCandidates, insertLabelledJobs, jobRowOf } from "@/tests/labelled";
import { structuredRankingQuality } from "@/tests/ranking-quality";

// npm run bench:match [-- --jobs 100000 --candidates 20000 --new-jobs 10000 --samples 100 --keep]
// On a scratch PostgreSQL database (DATABASE_URL, else the local cluster): loads simulated open jobs
// and candidates built to fit some of them, runs a full rescore, then measures top-20 reads, resume
// and JD search (uncached), freshness after loading more jobs, and ranking quality. JSON on stdout.
// --skip-rescore measures only the searches (no full rescore, stored-match reads or freshness; add
// --freshness to measure freshness anyway: rescoring new jobs does not read the stored matches);
// --reuse <database> searches a database a --keep run left (same --jobs, --candidates and --seed),
// without loading it again; with --skip-rescore it is left as it was.
const { values } = parseArgs({
  options: {
    jobs: { type: "string", default: "100000" },
    candidates: { type: "string", default: "20000" },
    "new-jobs": { type: "string", default: "10000" },
    samples: { type: "string", default: "100" },
    seed: { type: "string", default: "7" },
    keep: { type: "boolean", default: false },
    "skip-rescore": { type: "boolean", default: false },
    freshness: { type: "boolean", default: false },
    reuse: { type: "string" },
  },
});
const log = (...args: unknown[]) => console.error("[bench:match]", ...args);
const jobCount = Number(values.jobs);
const candidateCount = Number(values.candidates);
const newJobCount = Number(values["new-jobs"]);
const samples = Number(values.samples);
const seed = Number(values.seed);
const warmUpSearches = 20;
const skipRescore = values["skip-rescore"];
const now = new Date("2026-12-01T00:00:00Z");

function percentiles(times: number[]) {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (p: number) => Number(sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))].toFixed(1));
  return { n: sorted.length, p50_ms: at(0.5), p95_ms: at(0.95), max_ms: at(1) };
}

async function timed<T>(times: number[], run: () => Promise<T>): Promise<T> {
  const started = performance.now();
  const result = await run();
  times.push(performance.now() - started);
  return result;
}

async function main() {
  const base = process.env.DATABASE_URL || "postgres://postgres:postgres@127.0.0.1:5432/postgres";
  const name = values.reuse ?? `hireflow_bench_match_${randomUUID().replaceAll("-", "").slice(0, 12)}`;
  const admin = postgres(base, { max: 1, onnotice: () => {} });
  if (!values.reuse) await admin.unsafe(`create database "${name}"`);
  const target = new URL(base);
  target.pathname = `/${name}`;
  const handle = await openDatabase({ url: target.toString() });
  const db: Db = handle.db;
  try {
    if (!values.reuse) await seedDemoData(db, now);
    const [recruiter] = await db.select().from(users).where(eq(users.email, "recruiter@example.com"));

    let started = performance.now();
    // One simulated world: the catalogue, then the jobs a later sync brings.
    const all = labelledJobs(seed, jobCount + newJobCount, now);
    const catalogue = all.slice(0, jobCount);
    const later = all.slice(jobCount);
    const fitted = fittedCandidates(catalogue, candidateCount, seed);
    log(`generated ${all.length} jobs and ${fitted.length} candidates in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    started = performance.now();
    const { jobIds, candidateIds } = values.reuse ? await loadedIds(db, catalogue) : { jobIds: await insertLabelledJobs(db, catalogue), candidateIds: await insertLabelledCandidates(db, fitted) };
    const loadSeconds = (performance.now() - started) / 1000;
    log(`${values.reuse ? "reused" : "loaded"} in ${loadSeconds.toFixed(1)} s`);
    const maintenance = postgres(target.toString(), { max: 1, onnotice: () => {} });
    if (!values.reuse) await maintenance.unsafe("vacuum analyze");

    const settings = await effectiveMatchSettings(db);
    const full = skipRescore ? null : await rescoreMatches(db, { kind: "all" }, { now });
    if (full) log(`full rescore: ${full.considered} pairs considered, ${full.scored} scored, ${full.kept} above the minimum, ${full.stored} stored in ${(full.ms / 1000).toFixed(1)} s`);
    if (full) await maintenance.unsafe("vacuum analyze");

    const pick = <T>(list: readonly T[], n: number) => Array.from({ length: Math.min(n, list.length) }, (_, i) => list[Math.floor((i * list.length) / Math.min(n, list.length))]);
    const actor = { id: recruiter.id, role: recruiter.role };
    const candidateReads: number[] = [];
    if (full) for (const id of pick(candidateIds, samples)) await timed(candidateReads, () => listCandidateMatches(db, actor, id, { page: 1, limit: 20 }));
    const jobReads: number[] = [];
    if (full) for (const id of pick([...jobIds.values()], samples)) await timed(jobReads, () => listJobMatches(db, id, { page: 1, limit: 20 }));

    // Resume search over the whole catalogue with the labelled resumes: latency and whether the intended job comes back in the top 5.
    const resumeTimes: number[] = [];
    let resumeTop5 = 0;
    let storedTop5 = 0;
    const probes = pick(fitted.map((c, i) => ({ c, id: candidateIds[i] })), samples);
    // A server that has just written millions of matches has the catalogue's text indexes out of
    // its caches: a few searches with other resumes first, so the percentiles are of a running
    // server, not of its first minute (the first cold searches took 100-420 ms, later ones < 80).
    const probed = new Set(probes.map((p) => p.c));
    const warmUps = pick(fitted.filter((c) => !probed.has(c)), warmUpSearches);
    const warmUpTimes: number[] = [];
    for (const c of warmUps) await timed(warmUpTimes, () => computeResumeSearch(db, { resume_text: c.resumeText, limit: 5 }, { weights: settings.weights }, now));
    for (const { c, id } of probes) {
      const result = await timed(resumeTimes, () => computeResumeSearch(db, { resume_text: c.resumeText, limit: 5 }, { weights: settings.weights }, now));
      if (result.jobs.some((j) => j.job.id === jobIds.get(c.intendedJobId))) resumeTop5++;
      if (!full) continue;
      const top = await listCandidateMatches(db, actor, id, { page: 1, limit: 5 });
      if (top.items.some((m) => m.jobId === jobIds.get(c.intendedJobId))) storedTop5++;
    }
    const jdTimes: number[] = [];
    for (const job of pick(catalogue, samples)) {
      await timed(jdTimes, () => computeJdSearch(db, { job_description: `${job.title}\n\n${job.description}`, limit: 20 }, { weights: settings.weights, withCandidates: true }));
    }
    log("reads and searches measured");

    started = performance.now();
    const measureFreshness = !!full || values.freshness;
    const newIds = measureFreshness ? [...(await insertLabelledJobs(db, later)).values()] : [];
    const loadEnd = performance.now();
    const fresh = measureFreshness ? await rescoreMatches(db, { kind: "jobs", jobIds: newIds }, { now: new Date(now.getTime() + 60_000) }) : null;
    const freshnessSeconds = (performance.now() - loadEnd) / 1000;
    if (fresh) log(`${newIds.length} new jobs loaded in ${((loadEnd - started) / 1000).toFixed(1)} s, matches stored ${freshnessSeconds.toFixed(1)} s later`);

    const pool = labelledSet({ seed, jobs: 1000, candidates: 300 });
    const quality = structuredRankingQuality(pool, settings.weights);
    const qualityByRank = structuredRankingQuality(pool, settings.weights, "rank");
    const [{ version }] = await queryRows<{ version: string }>(db, sql`select version()`);
    const [{ stored }] = await queryRows<{ stored: string }>(db, sql`select count(*) as stored from matches`);
    await maintenance.end({ timeout: 5 });
    const perMinute = (pairs: number, ms: number) => Math.round(pairs / (ms / 60_000));
    console.log(
      JSON.stringify(
        {
          bench: "match",
          database: version.split(" on ")[0],
          machine: { cpus: os.cpus().length, cpu: os.cpus()[0]?.model, load_average: os.loadavg().map((l) => Number(l.toFixed(2))) },
          open_jobs: jobCount,
          candidates: candidateCount,
          load_seconds: Number(loadSeconds.toFixed(1)),
          settings: { weights: settings.weights, min_score: settings.minScore, keep: environmentKeepLimits() },
          full_rescore: full && {
            seconds: Number((full.ms / 1000).toFixed(1)),
            pairs_considered: full.considered,
            pairs_sharing_a_skill: full.sharing,
            pairs_scored: full.scored,
            pairs_pruned: full.considered - full.scored,
            matches_kept: full.kept,
            matches_stored: full.stored,
            pairs_per_minute: perMinute(full.considered, full.ms),
            scored_pairs_per_minute: perMinute(full.scored, full.ms),
          },
          stored_matches: Number(stored),
          top20_jobs_for_candidate: full && percentiles(candidateReads),
          top20_candidates_for_job: full && percentiles(jobReads),
          resume_search_uncached: { ...percentiles(resumeTimes), after_warm_up_searches: warmUpSearches },
          resume_search_warm_up: percentiles(warmUpTimes),
          jd_search_uncached_with_candidates: percentiles(jdTimes),
          freshness_after_new_jobs: fresh && {
            new_jobs: newIds.length,
            seconds_from_load_end_to_matches_stored: Number(freshnessSeconds.toFixed(1)),
            how: "rescoreMatches for the loaded job ids, called directly: the outbox dispatch (runner poll, RUNNER_POLL_MS) comes on top",
            pairs_scored: fresh.scored,
            matches_kept: fresh.kept,
            matches_stored: fresh.stored,
            scoring_seconds: Number((fresh.scoringMs / 1000).toFixed(1)),
            writing_seconds: Number((fresh.writingMs / 1000).toFixed(1)),
          },
          ranking_quality: {
            structured_score_top5_in_pool: { ...quality, note: "labelled candidates ranked among the labelled set's jobs by the match score" },
            ranking_key_top5_in_pool: { ...qualityByRank, note: "the same, ordered by the ranking key a candidate's stored matches are listed in (lib/matching/rank.ts)" },
            resume_search_top5_in_catalogue: { candidates: probes.length, top5: resumeTop5 / probes.length, among_jobs: jobCount },
            stored_matches_top5_in_catalogue: full && { candidates: probes.length, top5: storedTop5 / probes.length, among_jobs: jobCount },
          },
        },
        null,
        2,
      ),
    );
  } finally {
    await handle.close();
    if (values.keep || values.reuse) log(`kept ${target.toString()}`);
    else await admin.unsafe(`drop database if exists "${name}" with (force)`);
    await admin.end({ timeout: 5 });
  }
}

/** A --reuse run: the database ids of the labelled jobs (their apply URLs carry the labelled id) and the candidates, oldest first. */
async function loadedIds(db: Db, catalogue: readonly LabelledJob[]) {
  const rows = await queryRows<{ id: string; apply_url: string }>(db, sql`select id, apply_url from jobs where apply_url like 'https://jobs.example.com/%'`);
  const byUrl = new Map(rows.map((r) => [r.apply_url, r.id]));
  const jobIds = new Map<string, string>();
  for (const job of catalogue) {
    const id = byUrl.get(jobRowOf(job).applyUrl!);
    if (id) jobIds.set(job.id, id);
  }
  if (jobIds.size !== catalogue.length) throw new Error(`--reuse: ${jobIds.size} of ${catalogue.length} labelled jobs found; same --jobs and --seed as the kept run?`);
  const people = await queryRows<{ id: string }>(db, sql`select id from candidates where user_id is null order by created_at, id`);
  return { jobIds, candidateIds: people.map((p) => p.id) };
}

await main();
process.exit(0);
