import { sql } from "drizzle-orm";
import type { Db } from "@/db";
import { companies, jobs, jobSourceLinks, jobSources, type NewJob } from "@/db/schema";
import { Catalog } from "@/simulator/catalog/catalog";
import { resolveOptions } from "@/simulator/options";
import { descriptionFlat } from "@/simulator/description";
import { buildWorldJob, periodsPerYear } from "@/simulator/world";
import { benchVolumes } from "./etl-sources";

const levelOf = { intern: "intern", junior: "junior", middle: "mid", senior: "senior", lead: "lead" } as const;

/**
 * Writes about `count` distinct simulated jobs straight into the catalogue (companies, jobs and one
 * source link each), skipping the sync pipeline: the API bench measures reads, not loading.
 */
export async function loadCatalogue(db: Db, count: number, seed: number, now: Date): Promise<number> {
  const catalog = new Catalog(resolveOptions({ seed, now, volumes: benchVolumes(Math.ceil(count * 1.3)) }));
  const [source] = await db.insert(jobSources).values({ type: "adzuna", name: "Bench catalogue", config: {}, enabled: false }).returning();
  const companyIds = new Map<string, string>();
  const seen = new Set<string>();
  let batch: Array<{ job: NewJob; company: string; website: string | null; externalId: string }> = [];
  let loaded = 0;

  const flush = async () => {
    const fresh = [...new Set(batch.map((b) => b.company))].filter((name) => !companyIds.has(name));
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
      .values(batch.map((b) => ({ ...b.job, companyId: companyIds.get(b.company) ?? null })))
      .returning({ id: jobs.id });
    await db.insert(jobSourceLinks).values(inserted.map((row, i) => ({ jobId: row.id, sourceId: source.id, externalId: batch[i].externalId, url: batch[i].job.applyUrl, contentHash: "bench" })));
    loaded += batch.length;
    batch = [];
  };

  outer: for (const channel of catalog.channels) {
    const total = catalog.total(channel);
    for (let index = 0; index < total; index++) {
      const ref = catalog.record(channel, index);
      if (!ref) continue;
      const world = buildWorldJob(catalog, ref.world);
      if (seen.has(world.id)) continue;
      seen.add(world.id);
      const annual = (n: number) => Math.round(n * periodsPerYear[world.salary!.period]);
      batch.push({
        company: world.company.name,
        website: null,
        externalId: `${channel.id}-${index}`,
        job: {
          title: world.title,
          description: descriptionFlat(world.description),
          locationDisplay: `${world.city.name}, ${world.city.region}`,
          city: world.city.name,
          region: world.city.region,
          countryCode: world.country.code,
          remote: world.workplace === "remote",
          employmentType: world.employment,
          level: levelOf[world.seniority],
          internship: world.employment === "internship",
          salaryMin: world.salary ? annual(world.salary.min) : null,
          salaryMax: world.salary ? annual(world.salary.max) : null,
          salaryCurrency: world.salary?.currency ?? null,
          skills: world.skills,
          applyUrl: `https://jobs.example.com/${world.id}`,
          postedAt: new Date(ref.postedAt),
        },
      });
      if (batch.length >= 1000) await flush();
      if (loaded + batch.length >= count) break outer;
    }
  }
  if (batch.length > 0) await flush();
  return loaded;
}
