import { parseArgs } from "node:util";
import { sql } from "drizzle-orm";
import type { Db } from "@/db";
import { queryRows } from "@/db/rows";
import { rescoreMatches } from "@/lib/matching/refresh";
import { openTestDatabase } from "@/tests/db";

// DATABASE_URL=postgres://... npx tsx scripts/bench/match-refresh.ts [--candidates 20000 --jobs 20000 --new-jobs 10000]
// On a scratch database: a full rescore of the catalogue, then the rescore a sync loading
// --new-jobs jobs triggers (the "fresh within 60 s" path). Synthetic long-tail skills. JSON on stdout.
const { values } = parseArgs({ options: { candidates: { type: "string", default: "20000" }, jobs: { type: "string", default: "20000" }, "new-jobs": { type: "string", default: "10000" } } });
const log = (...args: unknown[]) => console.error("[bench:match-refresh]", ...args);

const pool = `array[${["JavaScript", "TypeScript", "React", "Vue.js", "Angular", "Node.js", "Python", "Django", "Java", "Kotlin", "Go", "PostgreSQL", "MySQL", "Docker", "Kubernetes", "AWS", "Azure", "Kafka", "C#", ".NET"]
  .map((s) => `'${s}'`)
  .join(",")}] || array(select 'Tool ' || i from generate_series(0, 479) i)`;
const pick = (g: string) => `(${pool})[1 + least(499, floor(power(random() + ${g} * 0, 2.2) * 500)::int)]`;
const levels = `(array['beginner','intermediate','advanced','expert'])[1 + floor(random() * 4)::int]`;

async function insertCandidates(db: Db, n: number) {
  await db.execute(sql.raw(`
    insert into candidates (full_name, skills, skill_levels, years_experience, salary_expectation, salary_currency, city, country_code)
    select 'Candidate ' || g, s.skills, (select coalesce(jsonb_object_agg(k, ${levels}), '{}'::jsonb) from unnest(s.skills) k),
      case when random() < 0.1 then null else floor(random() * 15) end,
      case when random() < 0.4 then null else 40000 + floor(random() * 80000)::int end, 'EUR',
      'City ' || floor(random() * 60)::int, case when random() < 0.66 then 'DE' else 'FR' end
    from generate_series(1, ${n}) g,
    lateral (select array(select distinct ${pick("g")} from generate_series(1, 3 + floor(random() * 10)::int + g * 0)) as skills) s`));
}

async function insertJobs(db: Db, n: number) {
  await db.execute(sql.raw(`
    insert into jobs (title, skills, skill_requirements, experience_years_min, salary_min, salary_max, salary_currency, remote, city, country_code, status)
    select 'Job ' || g, s.skills,
      (select coalesce(jsonb_agg(jsonb_build_object('name', k, 'level', ${levels}, 'required', random() < 0.7)), '[]'::jsonb) from unnest(s.skills) k),
      case when random() < 0.4 then null else floor(random() * 8)::int end,
      sal, sal + 20000, 'EUR', random() < 0.15, 'City ' || floor(random() * 60)::int, case when random() < 0.66 then 'DE' else 'FR' end, 'open'
    from generate_series(1, ${n}) g,
    lateral (select array(select distinct ${pick("g")} from generate_series(1, 2 + floor(random() * 8)::int + g * 0)) as skills,
                    case when random() < 0.6 then null else 45000 + floor(random() * 60000)::int end as sal) s`));
}

const handle = await openTestDatabase();
try {
  const db = handle.db;
  log("seeding");
  await insertCandidates(db, Number(values.candidates));
  await insertJobs(db, Number(values.jobs));
  await db.execute(sql`analyze`);
  log("full rescore");
  const full = await rescoreMatches(db, { kind: "all" });
  log("loading new jobs");
  const before = new Date();
  await insertJobs(db, Number(values["new-jobs"]));
  const newIds = (await queryRows<{ id: string }>(db, sql`select id from jobs where created_at >= ${before.toISOString()}::timestamptz`)).map((r) => r.id);
  const incremental = await rescoreMatches(db, { kind: "jobs", jobIds: newIds });
  const [{ n }] = await queryRows<{ n: number }>(db, sql`select count(*)::int as n from matches`);
  const perMinute = (pairs: number, ms: number) => Math.round((pairs / ms) * 60_000);
  console.log(
    JSON.stringify(
      {
        database: handle.kind,
        candidates: Number(values.candidates),
        jobs: Number(values.jobs),
        full_rescore: { ...full, pairs_considered_per_minute: perMinute(full.considered, full.ms), pruned_share: Number((1 - full.scored / full.considered).toFixed(4)) },
        new_jobs_rescore: { ...incremental, pairs_considered_per_minute: perMinute(incremental.considered, incremental.ms) },
        stored_matches: n,
      },
      null,
      2,
    ),
  );
} finally {
  await handle.close();
}
