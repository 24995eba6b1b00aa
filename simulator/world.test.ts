import { describe, expect, it } from "vitest";
import { Catalog } from "./catalog/catalog";
import { sourceNames } from "./catalog/channels";
import { resolveOptions } from "./options";
import { groundTruthEntries, locateExternalId, publishedJob } from "./records";
import { companyAt, companyCapacity } from "./vocabulary/companies";
import type { CountryCode } from "./vocabulary/places";
import type { PublishedJob } from "./records";
import { benchVolumes } from "@/scripts/bench/etl-sources";

const DAY_MS = 86_400_000;

/**
 * Distinct world jobs that look like one posting to a title + company + city rule within `days`,
 * against the labelled duplicate pairs (records sharing a world job).
 */
function collisions(catalog: Catalog, days: number, keysOf: (job: PublishedJob) => string[] = worldKeys): { records: number; duplicatePairs: number; collidingPairs: number } {
  const perWorldJob = new Map<string, number>();
  const perKey = new Map<string, Array<{ at: number; worldJobId: string }>>();
  let records = 0;
  for (const entry of groundTruthEntries(catalog, sourceNames)) {
    const located = locateExternalId(catalog, entry.source, entry.externalId);
    const job = located && publishedJob(catalog, located.channel, located.index);
    if (!job) throw new Error(`unpublished ${entry.source} ${entry.externalId}`);
    expect(job.worldJobId).toBe(entry.worldJobId);
    records++;
    perWorldJob.set(entry.worldJobId, (perWorldJob.get(entry.worldJobId) ?? 0) + 1);
    for (const key of keysOf(job)) {
      const list = perKey.get(key) ?? [];
      list.push({ at: job.postedAt.getTime(), worldJobId: entry.worldJobId });
      perKey.set(key, list);
    }
  }
  let duplicatePairs = 0;
  for (const count of perWorldJob.values()) duplicatePairs += (count * (count - 1)) / 2;
  let collidingPairs = 0;
  for (const list of perKey.values()) {
    list.sort((a, b) => a.at - b.at);
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length && list[j].at - list[i].at <= days * DAY_MS; j++) {
        if (list[j].worldJobId !== list[i].worldJobId) collidingPairs++;
      }
    }
  }
  return { records, duplicatePairs, collidingPairs };
}

/** The world job's own title, company and city. */
function worldKeys(job: PublishedJob): string[] {
  return [`${job.job.title.toLowerCase()}|${job.job.company.name}|${job.job.city.name}`];
}

/**
 * The title as the source shows it, folded the way the app's dedupe folds it (case, "Sr.",
 * " - Remote", "(m/w/d)"; other parentheticals such as "(SQL)" kept), with the company and city;
 * and, since remote postings drop the city, the same title with "remote" and the country.
 */
function publishedKeys(job: PublishedJob): string[] {
  const title = job.variant.title.toLowerCase().replace(/\bsr\. /g, "senior ").replace(/\bjr\. /g, "junior ").replace(/ - remote$/, "").replace(/ \(m\/w\/d\)/g, "").trim();
  const company = job.job.company.name;
  const keys = [`${title}|${company}|${job.job.city.name}`];
  if (job.job.workplace === "remote") keys.push(`${title}|${company}|remote ${job.job.country.code}`);
  return keys;
}

describe("world", () => {
  it("distinct jobs almost never share title, company and city within a week, even at high volume", () => {
    const volumes = { adzuna: 20_000, jsearch: 20_000, hh: 20_000, greenhouse: 20_000, lever: 20_000, lamoda: 20_000 };
    const result = collisions(new Catalog(resolveOptions({ volumes })), 7);
    expect(result.records).toBe(120_000);
    expect(result.duplicatePairs).toBeGreaterThan(5_000);
    expect(result.collidingPairs).toBeLessThan(result.duplicatePairs * 0.005);
  });

  it("at the default volumes no two distinct jobs share title, company and city within 30 days", () => {
    const result = collisions(new Catalog(resolveOptions({})), 30);
    expect(result.duplicatePairs).toBeGreaterThan(100);
    expect(result.collidingPairs).toBe(0);
  });

  it("at the benchmark's 100k mix, distinct jobs never share a published title, company and city within 30 days", () => {
    const result = collisions(new Catalog(resolveOptions({ seed: 7, volumes: benchVolumes(100_000) })), 30, publishedKeys);
    expect(result.records).toBeGreaterThan(99_000);
    expect(result.duplicatePairs).toBeGreaterThan(2_500);
    expect(result.collidingPairs).toBe(0);
  });

  it("an ATS board's own channel, its duplicate groups and later segments never reuse a position within 30 days", () => {
    // Forty quick advances post each board's jobs at many times its history rate.
    const catalog = new Catalog(resolveOptions({ seed: 7, volumes: benchVolumes(100_000) }));
    for (let n = 0; n < 40; n++) catalog.advance({ jobs: 200, hours: 6, sources: ["adzuna", "jsearch", "greenhouse", "lever"] });
    const result = collisions(catalog, 30, publishedKeys);
    expect(result.duplicatePairs).toBeGreaterThan(5_000);
    expect(result.collidingPairs).toBe(0);
  });

  it("has thousands of distinct employer names per country, none carrying a legal form", () => {
    const legalForm = /(?<![\p{L}\p{N}])(incorporated|inc|llc|llp|ltd|limited|plc|gmbh|ag|se|corp|corporation|co|company|sa|sas|bv|nv|oy|ab|ооо|оао|зао|пао|ао|ип)(?![\p{L}\p{N}])/iu;
    for (const country of ["GB", "US", "DE", "RU"] as CountryCode[]) {
      const capacity = companyCapacity(country);
      expect(capacity).toBeGreaterThan(10_000);
      const names = new Set<string>();
      for (let index = 0; index < capacity; index++) {
        const company = companyAt(country, index);
        names.add(company.name.toLowerCase());
        if (index % 97 === 0) expect(company.name).not.toMatch(legalForm);
      }
      expect(names.size).toBe(capacity);
    }
  });
});
