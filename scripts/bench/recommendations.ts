import { randomUUID } from "node:crypto";
import { parseArgs } from "node:util";
import { sql } from "drizzle-orm";
import postgres from "postgres";
import { openDatabase } from "@/db/client";
import { queryRows } from "@/db/rows";
import { users } from "@/db/schema";
import { recommendJobs } from "@/lib/recommendations/recommend";
import { algorithms } from "@/lib/recommendations/types";

// npm run bench:recommendations [-- --jobs 20000 --candidates 5000 --applications 60000 --samples 40 --keep]
// On a scratch PostgreSQL database (DATABASE_URL, else the local cluster): a synthetic catalogue
// (jobs with skills and occupations, candidates, applications skewed toward popular jobs, 50 stored
// matches per candidate), then times recommendations computed on read, per algorithm. JSON on stdout.
const { values } = parseArgs({
  options: {
    jobs: { type: "string", default: "20000" },
    candidates: { type: "string", default: "5000" },
    applications: { type: "string", default: "60000" },
    samples: { type: "string", default: "40" },
    keep: { type: "boolean", default: false },
  },
});
const log = (...args: unknown[]) => console.error("[bench:recommendations]", ...args);
const jobCount = Number(values.jobs);
const candidateCount = Number(values.candidates);
const applicationCount = Number(values.applications);
const samples = Number(values.samples);

function percentiles(times: number[]) {
  if (times.length === 0) return { n: 0 };
  const sorted = [...times].sort((a, b) => a - b);
  const at = (p: number) => Number(sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))].toFixed(1));
  return { n: sorted.length, p50_ms: at(0.5), p95_ms: at(0.95), max_ms: at(1) };
}

async function main() {
  const base = process.env.DATABASE_URL || "postgres://postgres:postgres@127.0.0.1:5432/postgres";
  const name = `hireflow_bench_recs_${randomUUID().replaceAll("-", "").slice(0, 12)}`;
  const admin = postgres(base, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database "${name}"`);
  const target = new URL(base);
  target.pathname = `/${name}`;
  const handle = await openDatabase({ url: target.toString() });
  const { db } = handle;
  try {
    const started = performance.now();
    const skills = ["Go", "Python", "SQL", "React", "TypeScript", "Kubernetes", "AWS", "Java", "Spark", "Figma", "Linux", "Terraform", "Swift", "PostgreSQL", "Airflow"];
    const occupations = ["15-1252.00", "15-1243.00", "15-1254.00", "15-1244.00", "27-1024.00", "15-2051.00"];
    // Constants written into the statement: drizzle would send a JS array as a row of parameters.
    const textArray = (items: string[]) => sql.raw(`array[${items.map((i) => `'${i}'`).join(", ")}]::text[]`);
    await db.execute(sql`insert into companies (name, normalized_name) select 'Company ' || g, 'company ' || g from generate_series(1, ${Math.max(1, Math.round(jobCount / 10))}) g`);
    await db.execute(sql`
      with c as (select array_agg(id order by id) ids from companies)
      insert into jobs (company_id, title, skills, occupation_code, salary_min, salary_max, salary_currency, posted_at)
      select c.ids[1 + g % array_length(c.ids, 1)], 'Job ' || g,
        array[(${textArray(skills)})[1 + g % 15], (${textArray(skills)})[1 + (g / 15) % 15], (${textArray(skills)})[1 + (g / 7) % 15]],
        (${textArray(occupations)})[1 + g % 6], 40000 + (g % 50) * 1000, 60000 + (g % 50) * 1000, 'EUR', now() - (g % 120) * interval '1 day'
      from c, generate_series(1, ${jobCount}) g`);
    await db.execute(sql`insert into candidates (full_name, headline, skills) select 'Candidate ' || g, 'Software developer', array['Go', 'SQL'] from generate_series(1, ${candidateCount}) g`);
    // Popularity skewed like real catalogues: random()^3 puts most applications on few jobs; a fifth of
    // the candidates have none (the cold start).
    await db.execute(sql`
      with j as (select array_agg(id order by id) ids from jobs), c as (select array_agg(id order by id) ids from candidates)
      insert into applications (candidate_id, job_id, stage)
      select c.ids[1 + floor(random() * array_length(c.ids, 1) * 0.8)::int], j.ids[1 + floor(power(random(), 3) * array_length(j.ids, 1))::int],
        (array['saved', 'applied', 'screening', 'withdrawn'])[1 + floor(random() * 4)::int]::application_stage
      from j, c, generate_series(1, ${applicationCount}) g
      on conflict do nothing`);
    await db.execute(sql`
      with j as (select array_agg(id order by id) ids from jobs)
      insert into matches (job_id, candidate_id, score, skills_score, experience_score, salary_score, location_score, rank_score, explanation)
      select j.ids[1 + floor(random() * array_length(j.ids, 1))::int], cand.id, s, s, 0.5, 0.5, 0.5, s,
        jsonb_build_object('skills', jsonb_build_object('matching', '[]'::jsonb, 'partial', '[]'::jsonb, 'transferable', '[]'::jsonb, 'missing', '[]'::jsonb), 'reasons', jsonb_build_array('2 of 3 required skills', 'salary expectation within range'))
      from j, candidates cand, generate_series(1, 50) g, lateral (select 0.7 + random() * 0.3 as s) r
      on conflict do nothing`);
    await db.execute(sql`analyze`);
    const [actor] = await db.insert(users).values({ email: "bench@example.com", name: "Bench", role: "recruiter", passwordHash: "x" }).returning();
    const counts = (await queryRows<Record<string, number>>(db, sql`select (select count(*)::int from jobs) jobs, (select count(*)::int from candidates) candidates, (select count(*)::int from applications) applications, (select count(*)::int from matches) matches`))[0];
    log("seeded", counts, `${((performance.now() - started) / 1000).toFixed(1)} s`);
    const active = await queryRows<{ id: string }>(db, sql`select candidate_id id from applications group by candidate_id order by count(*) desc, candidate_id limit ${samples}`);
    const cold = await queryRows<{ id: string }>(db, sql`select id from candidates c where not exists (select 1 from applications a where a.candidate_id = c.id) limit ${samples}`);
    const results: Record<string, unknown> = {};
    for (const [group, people] of [["with_applications", active], ["cold_start", cold]] as const) {
      for (const algorithm of algorithms) {
        const times: number[] = [];
        let returned = 0;
        for (const { id } of people) {
          const t0 = performance.now();
          const found = await recommendJobs(db, actor, { algorithm, limit: 20, candidateId: id });
          times.push(performance.now() - t0);
          returned += found.items.length;
        }
        results[`${group}.${algorithm}`] = { ...percentiles(times), mean_items: Number((returned / Math.max(1, people.length)).toFixed(1)) };
      }
    }
    console.log(JSON.stringify({ catalogue: counts, recommend_top20: results }, null, 2));
  } finally {
    await handle.close();
    if (!values.keep) await admin.unsafe(`drop database if exists "${name}" with (force)`);
    await admin.end({ timeout: 5 });
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
