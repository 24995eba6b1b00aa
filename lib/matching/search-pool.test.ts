import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "@/db";
import { candidates, jobs } from "@/db/schema";
import { openTestDatabase } from "@/tests/db";
import { computeResumeSearch } from "./search";
import { candidatePool, jobPool, planTerms, searchTerms } from "./search-pool";

describe("planTerms", () => {
  const terms = ["kafka", "python", "sql", "airflow"];

  it("lets every term select when there are no statistics or all of them fit the budget", () => {
    expect(planTerms(terms, null)).toEqual({ anyOf: terms, allOf: [], bounded: false, estimatedHits: null });
    const rare = planTerms(terms, { rows: 10_000, shares: [0.01, 0.02, 0.03, 0.04] }, 2_000);
    expect(rare).toMatchObject({ allOf: [], bounded: false, estimatedHits: expect.any(Number) });
    expect(rare.anyOf).toEqual(["kafka", "python", "sql", "airflow"]);
  });

  it("keeps broad terms from selecting on their own: they select in pairs, the rarest pairs first", () => {
    // 100,000 jobs: Kafka 1 %, Python 40 %, SQL 40 %, Airflow 3 %.
    const plan = planTerms(terms, { rows: 100_000, shares: [0.01, 0.4, 0.4, 0.03] }, 2_000);
    // Airflow (3,000 hits) does not fit beside Kafka (1,000), nor does Airflow with Python (about 1,200).
    expect(plan).toMatchObject({ anyOf: ["kafka"], allOf: [], bounded: true });
    expect(plan.estimatedHits).toBeGreaterThan(60_000);
    const wider = planTerms(terms, { rows: 100_000, shares: [0.01, 0.4, 0.4, 0.03] }, 3_000);
    expect(wider).toMatchObject({ anyOf: ["kafka"], allOf: [["airflow", "python"]], bounded: true });
  });

  it("adds the title's words, all together, when the pool is bounded and they are rare enough together", () => {
    const stats = { rows: 100_000, shares: [0.01, 0.4, 0.4, 0.03] };
    expect(planTerms(terms, stats, 2_000, { terms: ["data", "engineer"], shares: [0.1, 0.05] }).allOf).toEqual([["data", "engineer"]]);
    expect(planTerms(terms, stats, 2_000, { terms: ["engineer"], shares: [0.3] }).allOf).toEqual([]);
    expect(planTerms(terms, { rows: 100, shares: [0.01, 0.4, 0.4, 0.03] }, 2_000, { terms: ["data", "engineer"], shares: [0.1, 0.05] }).allOf).toEqual([]);
  });

  it("ANDs the rarest terms when every one of them, and every pair, is broad", () => {
    const plan = planTerms(["python", "sql", "english"], { rows: 100_000, shares: [0.4, 0.4, 0.7] }, 2_000);
    expect(plan.anyOf).toEqual([]);
    expect(plan.allOf).toEqual([["python", "sql", "english"]]);
    expect(plan.bounded).toBe(true);
  });
});

// A catalogue where two broad skills are in nearly every job and one job is the resume's own:
// with statistics and a small budget the pool reads a bounded number of hits and still finds it.
describe("bounded pools on a catalogue with broad skills", () => {
  let handle: DatabaseHandle;
  let ownId: string;
  const broadJobs = 400;
  const resume = ["Data Engineer", "", "Skills: Python, SQL, Kafka, Airflow, dbt", "", "2018 - Present  Data Engineer at Acme"].join("\n");

  beforeAll(async () => {
    handle = await openTestDatabase();
    const rows = Array.from({ length: broadJobs }, (_, i) => ({
      title: i % 2 ? "Backend Developer" : "Data Analyst",
      description: `We use Python and SQL every day. ${i % 40 === 0 ? "Some Kafka." : ""} ${i % 50 === 0 ? "Airflow is a plus." : ""}`,
      skills: ["Python", "SQL", ...(i % 40 === 0 ? ["Kafka"] : []), ...(i % 50 === 0 ? ["Airflow"] : [])],
      postedAt: new Date(Date.UTC(2026, 10, 1 + (i % 28))),
    }));
    await handle.db.insert(jobs).values(rows);
    const [own] = await handle.db
      .insert(jobs)
      .values({ title: "Data Engineer", description: "Python, SQL, Kafka, Airflow and dbt pipelines.", skills: ["Python", "SQL", "Kafka", "Airflow", "dbt"], postedAt: new Date("2026-10-01T00:00:00Z") })
      .returning({ id: jobs.id });
    ownId = own.id;
    await handle.db.insert(candidates).values(
      Array.from({ length: 200 }, (_, i) => ({ firstName: "C", lastName: String(i), fullName: `C ${i}`, skills: ["Python", "SQL", ...(i === 7 ? ["Kafka", "Airflow", "dbt"] : [])] })),
    );
    await handle.db.execute(sql`analyze jobs`);
    await handle.db.execute(sql`analyze candidates`);
  });
  afterAll(() => handle.close());

  const terms = searchTerms(["Python", "SQL", "Kafka", "Airflow", "dbt"], "Data Engineer");

  it("reads every hit and counts them exactly when the budget covers the terms", async () => {
    const pool = await jobPool(handle.db, terms, ["Python", "SQL", "Kafka", "Airflow", "dbt"], {}, { budget: 100_000 });
    expect(pool.totalIsEstimate).toBe(false);
    expect(pool.total).toBe(broadJobs + 1);
    expect(pool.jobs).toHaveLength(300);
    expect(pool.jobs.map((j) => j.id)).toContain(ownId);
  });

  it("with a small budget reads at most the cap, says the total is an estimate, and still finds the best-matching job", async () => {
    const pool = await jobPool(handle.db, terms, ["Python", "SQL", "Kafka", "Airflow", "dbt"], {}, { budget: 30, cap: 60, poolSize: 20 });
    expect(pool.totalIsEstimate).toBe(true);
    expect(pool.jobs.length).toBeGreaterThan(0);
    expect(pool.jobs.length).toBeLessThanOrEqual(20);
    expect(pool.jobs.map((j) => j.id)).toContain(ownId);
    expect(pool.total).toBeGreaterThan(60);
    expect(pool.total).toBeLessThanOrEqual(10_000);
  });

  it("stops at the cap even when nothing is rare", async () => {
    const broad = searchTerms(["Python", "SQL"], null);
    const pool = await jobPool(handle.db, broad, ["Python", "SQL"], {}, { budget: 10, cap: 25, poolSize: 300 });
    expect(pool.jobs.length).toBeLessThanOrEqual(25);
    expect(pool.totalIsEstimate).toBe(true);
  });

  it("ranks the resume's own job first through the search with a bounded pool", async () => {
    const result = await computeResumeSearch(handle.db, { resume_text: resume, limit: 5 }, { pool: { budget: 30, cap: 60 } }, new Date("2026-12-01T00:00:00Z"));
    expect(result.jobs[0].job.id).toBe(ownId);
    expect(result.total_is_estimate).toBe(true);
  });

  it("bounds the candidate pool too, the one who shares most first", async () => {
    const people = await candidatePool(handle.db, ["Python", "SQL", "Kafka", "Airflow", "dbt"], { budget: 20, cap: 40, poolSize: 10 });
    expect(people.length).toBeGreaterThan(0);
    expect(people.length).toBeLessThanOrEqual(10);
    expect(people[0].fullName).toBe("C 7");
    expect(people[0].skills).toEqual(expect.arrayContaining(["Kafka", "Airflow", "dbt"]));
  });
});
