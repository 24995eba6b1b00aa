import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "@/db";
import { jobs, jobSourceLinks, jobSources } from "@/db/schema";
import { openTestDatabase } from "@/tests/db";
import type { CanonicalJob } from "./canonical";
import { expireStaleJobs, loadJobs } from "./load";

let handle: DatabaseHandle;
const sources: Record<string, string> = {};
const now = new Date("2026-11-01T12:00:00Z");
const day = 86_400_000;

beforeAll(async () => {
  handle = await openTestDatabase();
  for (const name of ["a", "b", "c", "d", "e", "f", "g", "h"]) {
    const [row] = await handle.db.insert(jobSources).values({ type: "adzuna", name, config: {} }).returning();
    sources[name] = row.id;
  }
});
afterAll(() => handle.close());

let seq = 0;
function job(over: Partial<CanonicalJob> & { city?: string } = {}): CanonicalJob {
  const { city = "London", ...rest } = over;
  seq += 1;
  return {
    externalId: `ext-${seq}`,
    title: "Senior Data Engineer",
    description: "Build pipelines with Python and SQL for our analytics platform, on call one week in six.",
    companyName: "Bluefin Payments Ltd",
    companyWebsite: null,
    applyUrl: `https://jobs.example/${seq}`,
    location: { display: city, city, region: null, countryCode: "GB", remote: false },
    salary: { minAnnual: 60000, maxAnnual: 70000, currency: "GBP", period: "year", predicted: false },
    employmentType: "full_time",
    level: "senior",
    internship: false,
    experienceYearsMin: null,
    skillRequirements: [],
    occupationCode: null,
    skills: ["Python", "SQL"],
    postedAt: now,
    sourceUpdatedAt: null,
    sourceGroupId: null,
    ...rest,
  };
}

const load = (source: string, list: CanonicalJob[], at = now) => loadJobs(handle.db, { sourceId: sources[source], runId: null, now: at }, list.map((j) => ({ externalId: j.externalId, job: j })));
const jobIdOf = async (source: string, externalId: string) =>
  (await handle.db.select().from(jobSourceLinks).where(eq(jobSourceLinks.sourceId, sources[source]))).find((l) => l.externalId === externalId)?.jobId;

describe("loadJobs", () => {
  it("inserts new records, leaves an unchanged one alone and rewrites a changed one", async () => {
    const first = job({ title: "Platform Engineer", companyName: "Alpha Co" });
    expect(await load("a", [first])).toMatchObject({ inserted: 1, duplicates: 0 });
    expect(await load("a", [first])).toMatchObject({ inserted: 0, unchanged: 1, updated: 0 });
    expect(await load("a", [{ ...first, title: "Staff Platform Engineer" }])).toMatchObject({ updated: 1 });
    const [row] = await handle.db.select().from(jobs).where(eq(jobs.id, (await jobIdOf("a", first.externalId))!));
    expect(row.title).toBe("Staff Platform Engineer");
  });

  it("writes the matching fields the transform extracted", async () => {
    const requirements = [
      { name: "Python", level: "advanced" as const, required: true },
      { name: "Kafka", level: "intermediate" as const, required: false },
    ];
    const record = job({ title: "Data Platform Engineer", companyName: "Matchable", experienceYearsMin: 5, skillRequirements: requirements, occupationCode: "15-1252.00" });
    await load("a", [record]);
    const id = (await jobIdOf("a", record.externalId))!;
    const [row] = await handle.db.select().from(jobs).where(eq(jobs.id, id));
    expect(row).toMatchObject({ experienceYearsMin: 5, skillRequirements: requirements, occupationCode: "15-1252.00" });
    await load("a", [{ ...record, experienceYearsMin: null, skillRequirements: [requirements[0]] }]);
    const [updated] = await handle.db.select().from(jobs).where(eq(jobs.id, id));
    expect(updated).toMatchObject({ experienceYearsMin: null, skillRequirements: [requirements[0]] });
  });

  it("merges across sources on the apply URL, keeping both source links", async () => {
    const original = job({ title: "Analytics Engineer", companyName: "Gamma", applyUrl: "https://gamma.example/jobs/7?utm_source=adzuna" });
    await load("a", [original]);
    const copy = job({ title: "Completely Different Title", companyName: "Other", applyUrl: "http://www.gamma.example/jobs/7/" });
    expect(await load("b", [copy])).toMatchObject({ inserted: 0, duplicates: 1 });
    expect(await jobIdOf("b", copy.externalId)).toBe(await jobIdOf("a", original.externalId));
  });

  it("merges the same title, company and place within 7 days, not 40 days later", async () => {
    const original = job({ title: "Sr. Backend Developer", companyName: "Delta Ltd" });
    await load("a", [original]);
    const copy = job({ title: "Senior Backend Developer - Remote", companyName: "Delta", postedAt: new Date(now.getTime() + 3 * day) });
    expect(await load("c", [copy])).toMatchObject({ duplicates: 1 });
    const later = job({ title: "Senior Backend Developer", companyName: "Delta", postedAt: new Date(now.getTime() + 40 * day) });
    expect(await load("d", [later])).toMatchObject({ inserted: 1, duplicates: 0 });
  });

  it("keeps different cities and different specialisms apart", async () => {
    await load("a", [job({ title: "QA Engineer (Selenium)", companyName: "Epsilon" })]);
    expect(await load("e", [job({ title: "QA Engineer (Selenium)", companyName: "Epsilon", city: "Leeds" })])).toMatchObject({ inserted: 1 });
    expect(await load("e", [job({ title: "QA Engineer (Cypress)", companyName: "Epsilon", description: "Something else entirely about mobile apps." })])).toMatchObject({ inserted: 1 });
  });

  it("merges a reworded copy with a near-identical title, but not another team's opening", async () => {
    const description = "You will design fraud detection models in Python and deploy them to production with our platform team.";
    await load("a", [job({ title: "Machine Learning Engineer, Fraud Detections", companyName: "Zeta", description })]);
    const copy = job({ title: "Machine Learning Engineer, Fraud Detection", companyName: "Zeta", description: "You will design fraud detection models in Python and ship them to production alongside our platform team." });
    expect(await load("f", [copy])).toMatchObject({ duplicates: 1, inserted: 0 });
    const otherTeam = job({ title: "Machine Learning Engineer, Fraud Detection Payments", companyName: "Zeta", description });
    expect(await load("f", [otherTeam])).toMatchObject({ duplicates: 0, inserted: 1 });
  });

  it("never merges a synced posting into a recruiter's own opening", async () => {
    const description = "You will design risk models in Python and deploy them to production with our platform team.";
    await load("g", [job({ title: "Risk Modelling Engineer", companyName: "Omega", description })]);
    const [synced] = await handle.db.select().from(jobs).where(eq(jobs.title, "Risk Modelling Engineer"));
    // As createOwnJob leaves it: no dedupe keys, so only the fuzzy stage could pick it.
    await handle.db.update(jobs).set({ origin: "own", dedupeKey: null, applyUrlKey: null }).where(eq(jobs.id, synced.id));
    expect(await load("h", [job({ title: "Risk Modelling Engineer", companyName: "Omega", description })])).toMatchObject({ duplicates: 0, inserted: 1 });
  });

  it("merges one opening's office posts by the source group id, and repeats within a batch", async () => {
    const ny = job({ title: "Account Executive", companyName: "Eta", city: "New York", sourceGroupId: "77" });
    const sf = job({ title: "Account Executive", companyName: "Eta", city: "San Francisco", sourceGroupId: "77" });
    expect(await load("g", [ny, sf, ny])).toMatchObject({ inserted: 1, duplicates: 2 });
    expect(await jobIdOf("g", sf.externalId)).toBe(await jobIdOf("g", ny.externalId));
  });

  it("reopens an expired job when its unchanged record is seen again, and stamps the link with the run", async () => {
    const record = job({ title: "Seasonal Picker", companyName: "Iota" });
    await load("h", [record], new Date(now.getTime() - 60 * day));
    await expireStaleJobs(handle.db, new Date(now.getTime() - day), 30);
    const runId = "00000000-0000-4000-8000-000000000001";
    expect(await loadJobs(handle.db, { sourceId: sources.h, runId, now }, [{ externalId: record.externalId, job: record }])).toMatchObject({ unchanged: 1 });
    const jobId = (await jobIdOf("h", record.externalId))!;
    const [row] = await handle.db.select().from(jobs).where(eq(jobs.id, jobId));
    expect(row).toMatchObject({ status: "open", lastSeenAt: now });
    const [link] = await handle.db.select().from(jobSourceLinks).where(eq(jobSourceLinks.jobId, jobId));
    expect(link).toMatchObject({ lastRunId: runId, lastSeenAt: now });
  });

  it("writes a seen job's last_seen_at again only when it is over an hour old", async () => {
    const record = job({ title: "Night Auditor", companyName: "Kappa" });
    await load("h", [record], now);
    const jobId = (await jobIdOf("h", record.externalId))!;
    const seenAt = async () => (await handle.db.select({ at: jobs.lastSeenAt }).from(jobs).where(eq(jobs.id, jobId)))[0].at;
    await load("h", [record], new Date(now.getTime() + 30 * 60_000));
    expect(await seenAt()).toEqual(now);
    const later = new Date(now.getTime() + 61 * 60_000);
    await load("h", [record], later);
    expect(await seenAt()).toEqual(later);
  });

  it("two sources loading the same posting at once make one job", async () => {
    const postings = Array.from({ length: 200 }, (_, n) => job({ title: `Courier ${n}`, companyName: "Lambda", applyUrl: `https://lambda.example/jobs/${n}` }));
    const copies = postings.map((p) => ({ ...p, externalId: `copy-${p.externalId}` }));
    const [first, second] = await Promise.all([load("c", postings), load("d", copies)]);
    expect(first.inserted + second.inserted).toBe(200);
    expect(first.duplicates + second.duplicates).toBe(200);
    const rows = await handle.db.select({ id: jobs.id }).from(jobs).where(eq(jobs.companyId, (await handle.db.select().from(jobs).where(eq(jobs.title, "Courier 0")))[0].companyId!));
    expect(rows).toHaveLength(200);
  });

  // PGlite has one connection, so only PostgreSQL can hold a lock while another load runs.
  it.runIf(process.env.DATABASE_URL)("a load waits for loads of the same employer only", async () => {
    await load("e", [job({ title: "Barista", companyName: "Mu Coffee" })]);
    await load("e", [job({ title: "Baker", companyName: "Nu Bakery" })]);
    let sameEmployerDone = false;
    let sameEmployer: Promise<unknown> = Promise.resolve();
    await handle.db.transaction(async (tx) => {
      // Another load of Mu Coffee, still open.
      await tx.execute(sql`select id from companies where normalized_name = 'mu coffee' for no key update`);
      expect(await load("f", [job({ title: "Pastry Chef", companyName: "Nu Bakery" })])).toMatchObject({ inserted: 1 });
      sameEmployer = load("f", [job({ title: "Barista Trainer", companyName: "Mu Coffee" })]).then(() => (sameEmployerDone = true));
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(sameEmployerDone).toBe(false);
    });
    await sameEmployer;
    expect(sameEmployerDone).toBe(true);
  });

  it("writes a chunk's jobs and source links together or not at all", async () => {
    const missingSource = "00000000-0000-4000-8000-0000000000ff";
    const record = job({ title: "Orphan Risk Analyst", companyName: "Kappa" });
    // The link's source does not exist, so its insert fails after the job's.
    await expect(loadJobs(handle.db, { sourceId: missingSource, runId: null, now }, [{ externalId: record.externalId, job: record }])).rejects.toThrow();
    expect(await handle.db.select().from(jobs).where(eq(jobs.title, "Orphan Risk Analyst"))).toEqual([]);
  });

  it("expires open jobs nobody has seen for the given days", async () => {
    await load("h", [job({ title: "Old Role", companyName: "Theta" })], new Date(now.getTime() - 45 * day));
    await load("h", [job({ title: "Old Own Role", companyName: "Theta" })], new Date(now.getTime() - 45 * day));
    await handle.db.update(jobs).set({ origin: "own" }).where(eq(jobs.title, "Old Own Role"));
    const expired = await expireStaleJobs(handle.db, now, 30);
    expect(expired.count).toBe(1);
    const [row] = await handle.db.select().from(jobs).where(eq(jobs.title, "Old Role"));
    expect(row.status).toBe("expired");
    const [own] = await handle.db.select().from(jobs).where(eq(jobs.title, "Old Own Role"));
    expect(own.status).toBe("open");
  });
});
