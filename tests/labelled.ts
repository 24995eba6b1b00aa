import { sql } from "drizzle-orm";
import type { Db } from "@/db";
import { candidates, companies, jobs, type NewCandidate, type NewJob } from "@/db/schema";
import { extractSkills } from "@/lib/etl/normalize";
import type { ScoreCandidate, ScoreJob } from "@/lib/matching/score";
import type { LabelledCandidate, LabelledJob } from "@/simulator/labelled";

// The labelled set as the catalogue and the candidate list hold it after transform: skills
// recognised the way lib/sources/job-fields.ts does (listed ones by alias, plus those in the text).

const canonical = (name: string) => extractSkills(name)[0] ?? name.trim();

export function jobRowOf(job: LabelledJob): NewJob & ScoreJob {
  const skills = [...new Set([...job.skills.map(canonical), ...extractSkills(`${job.title}\n${job.description}`)])];
  return {
    title: job.title,
    description: job.description,
    locationDisplay: `${job.city}, ${job.region}`,
    city: job.city,
    region: job.region,
    countryCode: job.countryCode,
    remote: job.remote,
    employmentType: job.employmentType,
    level: job.level,
    internship: job.employmentType === "internship",
    salaryMin: job.salaryMin,
    salaryMax: job.salaryMax,
    salaryCurrency: job.salaryCurrency,
    skills,
    skillRequirements: [],
    experienceYearsMin: job.experienceYearsMin,
    applyUrl: `https://jobs.example.com/${job.id}`,
    postedAt: new Date("2026-11-20T00:00:00Z"),
  };
}

export function candidateRowOf(c: LabelledCandidate): NewCandidate & ScoreCandidate {
  const levels: Record<string, LabelledCandidate["skills"][number]["level"]> = {};
  for (const s of c.skills) levels[canonical(s.name)] ??= s.level;
  return {
    firstName: c.firstName,
    lastName: c.lastName,
    fullName: `${c.firstName} ${c.lastName}`,
    headline: c.title,
    location: `${c.city}, ${c.region}`,
    city: c.city,
    region: c.region,
    countryCode: c.countryCode,
    skills: Object.keys(levels),
    skillLevels: levels,
    yearsExperience: c.yearsExperience,
    salaryExpectation: c.salaryExpectation,
    salaryCurrency: c.salaryCurrency,
  };
}

/** Inserts the jobs (with their companies) in batches; returns the database id of each labelled job id. */
export async function insertLabelledJobs(db: Db, list: readonly LabelledJob[], batch = 1000): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  const companyIds = new Map<string, string>();
  for (let i = 0; i < list.length; i += batch) {
    const chunk = list.slice(i, i + batch);
    const fresh = [...new Set(chunk.map((j) => j.company))].filter((name) => !companyIds.has(name));
    if (fresh.length > 0) {
      const rows = await db
        .insert(companies)
        .values(fresh.map((name) => ({ name, normalizedName: name.toLowerCase() })))
        .onConflictDoUpdate({ target: companies.normalizedName, set: { updatedAt: sql`now()` } })
        .returning({ id: companies.id, name: companies.name });
      for (const row of rows) companyIds.set(row.name, row.id);
    }
    const inserted = await db
      .insert(jobs)
      .values(chunk.map((j) => ({ ...jobRowOf(j), companyId: companyIds.get(j.company) ?? null })))
      .returning({ id: jobs.id });
    inserted.forEach((row, k) => ids.set(chunk[k].id, row.id));
  }
  return ids;
}

export async function insertLabelledCandidates(db: Db, list: readonly LabelledCandidate[], batch = 1000): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < list.length; i += batch) {
    const rows = await db.insert(candidates).values(list.slice(i, i + batch).map(candidateRowOf)).returning({ id: candidates.id });
    ids.push(...rows.map((r) => r.id));
  }
  return ids;
}
